"""The steps of `masthead demo`, kept out of the command so tests can call them."""

from django.core.management import call_command

from masthead.core.editions import get_edition


def prepare_database():
    """Bring the database schema and the collected static files up to date."""
    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)


def site_url(host, port):
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"


def page_path(page):
    return page.get_url_parts()[2]


def welcome(base_url, flagship, username, password, password_file, moderators=()):
    """Return the lines an operator needs to open the demo and sign in.

    `moderators` holds (edition code, Login) for each desk's moderator.
    """
    lines = [
        "Masthead demo is ready.",
        "",
        f"  Site:      {base_url}/en/",
    ]
    if flagship is not None:
        lines.append(f"  Flagship:  {base_url}{page_path(flagship)}")
    lines += [
        f"  Admin:     {base_url}/admin/",
        f"  Username:  {username}",
        f"  Password:  {password}",
        f"             (kept in {password_file})",
    ]
    if moderators:
        lines += desk_lines(base_url, moderators)
    return "\n".join(lines)


def desk_lines(base_url, moderators):
    """Return the moderation desk's address and one login per language desk."""
    lines = ["", f"  Desk:      {base_url}/moderation/"]
    for code, login in moderators:
        desk = f"{get_edition(code).english_name}:"
        # At least one space, even after "Vietnamese:".
        lines.append(f"  {desk:<10} {login.username}  Password:  {login.password}")
    folder = moderators[0][1].path.parent
    lines.append(f"             (kept in {folder}/<username>_password)")
    return lines
