"""The steps of `masthead demo`, kept out of the command so tests can call them."""

from django.core.management import call_command


def prepare_database():
    """Bring the database schema and the collected static files up to date."""
    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)


def site_url(host, port):
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"


def page_path(page):
    return page.get_url_parts()[2]


def welcome(base_url, flagship, username, password, password_file):
    """Return the lines an operator needs to open the demo and sign in."""
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
    return "\n".join(lines)
