"""`masthead createmoderator USERNAME --edition ko`: seat a moderator at a desk."""

import getpass
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from masthead.moderation.accounts import AccountError, assign_moderator, desks


def desk_name(assignment):
    if assignment.section:
        return f"{assignment.edition}/{assignment.section.slug}"
    return assignment.edition


class Command(BaseCommand):
    help = (
        "Create a moderator, or seat an existing user at more desks. The password "
        "comes from the first line of --password-file, or is asked for."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument(
            "--edition",
            action="append",
            default=[],
            metavar="CODE",
            help="an edition whose desk they moderate (repeat for more)",
        )
        parser.add_argument(
            "--section",
            metavar="SLUG_OR_ID",
            help="limit them to this section of each edition given",
        )
        parser.add_argument("--email", default="", help="for the pending digest")
        parser.add_argument(
            "--password-file",
            type=Path,
            help="read the password from the first line of this file",
        )

    def handle(self, *args, username, edition, section, email, password_file, **opts):
        try:
            desks(edition, section)  # fail before asking for a password
            user, created, added = assign_moderator(
                username,
                edition,
                section=section,
                email=email,
                password=self.password(username, password_file),
            )
        except AccountError as error:
            raise CommandError(str(error)) from None
        verb = "Created moderator" if created else "Updated"
        names = ", ".join(desk_name(assignment) for assignment in added) or "none"
        self.stdout.write(f"{verb} {user.get_username()}; new desks: {names}.")

    def password(self, username, password_file):
        """Return the password from the file, a prompt, or None to keep theirs."""
        if password_file:
            try:
                lines = password_file.read_text(encoding="utf-8").splitlines()
            except OSError as error:
                raise CommandError(f"cannot read {password_file}: {error}") from None
            return lines[0] if lines else ""
        if self.user_exists(username):
            return None
        return self.prompt()

    def user_exists(self, username):
        return get_user_model().objects.filter(username=username).exists()

    def prompt(self):
        password = getpass.getpass("Password: ")
        if password != getpass.getpass("Password (again): "):
            raise CommandError("the passwords do not match")
        if not password:
            raise CommandError("the password is empty")
        return password
