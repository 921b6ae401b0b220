"""The steps of `masthead demo`, kept out of the command so tests can call them."""

from django.core.management import call_command

from masthead.core.editions import get_edition
from masthead.core.staticfiles import static_files_current


def prepare_database():
    """Bring the database schema and the collected static files up to date."""
    call_command("migrate", interactive=False, verbosity=0)
    if not static_files_current():
        call_command("collectstatic", interactive=False, verbosity=0)


def site_url(host, port):
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"


def page_path(page):
    return page.get_url_parts()[2]


def welcome(base_url, flagship, editor, moderators=(), on_terminal=False):
    """Return the lines an operator needs to open the demo and sign in.

    `editor` is a Login; `moderators` holds (edition code, Login) for each desk's
    moderator. A password is shown once, on the run that made it and only to a
    terminal: output that is not one usually ends in a log file, which outlives
    the run and is read by more people. Otherwise the lines say where it is kept.
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
        f"  Username:  {editor.username}",
        f"  Password:  {shown_password(editor, on_terminal)}",
        f"             (kept in {editor.path})",
    ]
    if moderators:
        lines += desk_lines(base_url, moderators, on_terminal)
    return "\n".join(lines)


def shown_password(login, on_terminal):
    return login.password if login.new and on_terminal else "(in the file below)"


def desk_lines(base_url, moderators, on_terminal=False):
    """Return the moderation desk's address and one login per language desk."""
    lines = ["", f"  Desk:      {base_url}/moderation/"]
    for code, login in moderators:
        desk = f"{get_edition(code).english_name}:"
        password = shown_password(login, on_terminal)
        # At least one space, even after "Vietnamese:".
        lines.append(f"  {desk:<10} {login.username}  Password:  {password}")
    folder = moderators[0][1].path.parent
    lines.append(f"             (kept in {folder}/<username>_password)")
    return lines
