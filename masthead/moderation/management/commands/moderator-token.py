"""`masthead moderator-token USERNAME`: print a new API key for a moderator."""

from django.core.management.base import BaseCommand, CommandError

from masthead.moderation.accounts import AccountError, issue_token


class Command(BaseCommand):
    help = (
        "Print a new API key for a moderator (Authorization: Bearer KEY). It is "
        "shown once: only its digest is stored."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        try:
            key = issue_token(username)
        except AccountError as error:
            raise CommandError(str(error)) from None
        # The key alone on stdout, so a script can capture it; the advice on stderr.
        self.stdout.write(key)
        self.stderr.write("Keep this key now: it cannot be shown again.")
