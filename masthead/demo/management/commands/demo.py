"""`masthead demo`: a working newsroom with sample stories, served on one machine."""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from masthead.core.management.commands.serve import add_addr_argument, parse_addr
from masthead.demo.editor import editor_login
from masthead.demo.launch import prepare_database, site_url, welcome
from masthead.demo.loader import load_demo_content
from masthead.demo.moderators import ensure_moderator_logins
from masthead.news.setup import configure_site


class Command(BaseCommand):
    help = (
        "Set up the database, load demo stories in English, Korean and Uyghur when "
        "there are none, print the editor's and each desk moderator's login (each "
        "password once, to a terminal) and "
        "serve the site."
    )

    def add_arguments(self, parser):
        add_addr_argument(parser)
        parser.add_argument(
            "--no-serve",
            action="store_true",
            help="set everything up and print the logins, but do not start the server",
        )

    def handle(self, *args, addr, no_serve, **options):
        host, port = parse_addr(addr)
        self.stdout.write("Preparing the database and static files...")
        prepare_database()
        summary = load_demo_content()
        editor = editor_login(settings.DATA_DIR)
        moderators = ensure_moderator_logins(settings.DATA_DIR)
        configure_site(host, port)
        base_url = site_url(host, port)
        on_terminal = self.stdout.isatty()
        self.stdout.write(
            welcome(base_url, summary.flagship, editor, moderators, on_terminal)
        )
        if not no_serve:
            self.stdout.write("\nServing; stop with Ctrl+C.")
            self.stdout.flush()
            call_command("serve", addr=addr)
