"""`masthead moderation_digest`: mail the desks whose pending queue waits too long."""

from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from masthead.moderation.digest import (
    close_caught_up_desks,
    default_threshold,
    has_grown,
    overdue_desks,
    send_digest,
)


class Command(BaseCommand):
    help = (
        "Mail each desk's moderators when its oldest pending comment is older than "
        "--older-than-minutes (default MASTHEAD_DIGEST_AFTER_MINUTES). Run it from "
        "cron; a desk is mailed again only when its backlog has grown since its last "
        "digest, or after it caught up in between."
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
        backlogs = overdue_desks(threshold, now)
        close_caught_up_desks(backlogs, now)
        for backlog in backlogs:
            summary = (
                f"{backlog.edition}: {backlog.pending} pending, oldest since "
                f"{backlog.oldest:%Y-%m-%d %H:%M} UTC"
            )
            if not has_grown(backlog):
                self.stdout.write(f"{summary}; not grown since the last digest.")
                continue
            sent = send_digest(backlog, now)
            self.stdout.write(f"{summary}; mailed {sent} moderator(s).")
