"""`masthead db_worker`: django-tasks-db's worker, with retries, leases, pruning
and a cheap idle wait (masthead/core/worker.py)."""

from django_tasks_db.management.commands import db_worker

from masthead.core.worker import KeepingWorker


class Command(db_worker.Command):
    help = (
        "Run a database task worker that retries failed jobs, gives back the jobs "
        "of dead workers and prunes finished ones"
    )

    def handle(self, *args, **options):
        # The library's command builds its Worker by name; build ours instead.
        original, db_worker.Worker = db_worker.Worker, KeepingWorker
        try:
            super().handle(*args, **options)
        finally:
            db_worker.Worker = original
