"""`masthead moderator_token USERNAME [--list | --revoke ID|all]`: a moderator's API
keys."""

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from masthead.moderation.accounts import AccountError
from masthead.moderation.keys import issue_token, revoke_tokens, tokens_of

LISTING = "{:>6}  {:<10}  {:<16}  {:<16}  {}"


def key_ids(value):
    """Return None for "all", else the key ids in a comma-separated list."""
    if value == "all":
        return None
    try:
        return [int(part) for part in value.split(",")]
    except ValueError:
        raise CommandError(
            f"--revoke takes key numbers from --list (3 or 3,5) or all, not {value!r}"
        ) from None


def when(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M") if moment else "never"


class Command(BaseCommand):
    help = (
        "Print a new API key for a moderator (Authorization: Bearer KEY). It is "
        "shown once: only its digest is stored. --list shows their keys, --revoke "
        "ends some or all of them."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        actions = parser.add_mutually_exclusive_group()
        actions.add_argument(
            "--list",
            action="store_true",
            dest="show_list",
            help="list the moderator's keys: number, state, dates, last use",
        )
        actions.add_argument(
            "--revoke",
            metavar="ID|all",
            help="revoke these keys (numbers from --list, comma-separated) or all",
        )

    def handle(self, *args, username, show_list, revoke, **options):
        try:
            if show_list:
                self.list_tokens(username)
            elif revoke:
                self.revoke(username, key_ids(revoke))
            else:
                self.issue(username)
        except AccountError as error:
            raise CommandError(str(error)) from None

    def issue(self, username):
        key = issue_token(username)
        # The key alone on stdout, so a script can capture it; the advice on stderr.
        self.stdout.write(key)
        self.stderr.write("Keep this key now: it cannot be shown again.")

    def list_tokens(self, username):
        zone = timezone.get_current_timezone_name()
        self.stdout.write(
            LISTING.format("KEY", "STATE", "ISSUED", "EXPIRES", f"LAST USED ({zone})")
        )
        for token in tokens_of(username):
            self.stdout.write(
                LISTING.format(
                    token.pk,
                    token.state.label,
                    when(token.created_at),
                    when(token.expires_at),
                    when(token.last_used_at),
                )
            )

    def revoke(self, username, ids):
        revoked = revoke_tokens(username, ids)
        for pk in revoked:
            self.stdout.write(f"Revoked key {pk} of {username}.")
        if not revoked:
            self.stdout.write(f"{username} had no key left to revoke.")
