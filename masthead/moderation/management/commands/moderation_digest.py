"""`masthead moderation_digest`: mail the desks whose pending queue waits too long."""

from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from masthead.moderation.digest import default_threshold, overdue_desks, send_digest


class Command(BaseCommand):
    help = (
        "Mail each desk's moderators when its oldest pending comment is older than "
        "--older-than-minutes (default MASTHEAD_DIGEST_AFTER_MINUTES). Run it from "
        "cron; every run mails every desk still over the threshold."
    )

    def add_arguments(self, parser):
        parser.add_argument("--older-than-minutes", type=int, metavar="N")

    def handle(self, *args, older_than_minutes, **options):
        if older_than_minutes is not None and older_than_minutes < 0:
            raise CommandError("--older-than-minutes cannot be negative")
        threshold = (
            default_threshold()
            if older_than_minutes is None
            else timedelta(minutes=older_than_minutes)
        )
        now = timezone.now()
        failures = 0
        for backlog in overdue_desks(threshold, now):
            try:
                sent = send_digest(backlog, now)
            except OSError as error:  # SMTP and socket errors
                failures += 1
                self.stderr.write(f"{backlog.edition}: could not send: {error}")
                continue
            self.stdout.write(
                f"{backlog.edition}: {backlog.pending} pending, oldest since "
                f"{backlog.oldest:%Y-%m-%d %H:%M} UTC; mailed {sent} moderator(s)."
            )
        if failures:
            raise CommandError(f"the digest of {failures} desk(s) was not sent")
