"""`masthead prune_tasks`: delete finished task jobs past their retention."""

from django.core.management.base import BaseCommand

from masthead.core.queue import prune_finished


class Command(BaseCommand):
    help = (
        "Delete finished task jobs older than MASTHEAD_TASK_RETENTION_DAYS "
        "(the task worker does this every hour by itself)"
    )

    def handle(self, *args, **options):
        deleted = prune_finished()
        self.stdout.write(f"Deleted {deleted} finished task job(s).")
