"""Keeping the database task queue: retries, leases, pruning and wake-ups.

The worker (worker.py) calls these; `masthead prune_tasks` and the desk dashboard
use them too. Every side effect runs as a task that is safe to run again, so a job
is retried whole: FAILED is then the dead letter of a job that failed
MASTHEAD_TASK_ATTEMPTS times.
"""

from datetime import timedelta

from django.conf import settings
from django.db import connections, transaction
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from .models import EffectDone, TaskWorker

# The channel the trigger of migration 0003 notifies on every new job.
NOTIFY_CHANNEL = "masthead_tasks"
FINISHED = (TaskResultStatus.SUCCESSFUL, TaskResultStatus.FAILED)


def lease_seconds():
    return settings.MASTHEAD_TASK_LEASE_SECONDS


def retry_delay(attempt):
    """Return the wait after failed attempt number `attempt` (1, 2, ...)."""
    return timedelta(seconds=settings.MASTHEAD_TASK_RETRY_SECONDS * 2 ** (attempt - 1))


def retry_later(job):
    """Put a job that just failed back in the queue, later, unless it has had its
    attempts; then it stays FAILED with its traceback: a dead letter."""
    attempt = len(job.worker_ids)
    if attempt >= settings.MASTHEAD_TASK_ATTEMPTS:
        return False
    job.status = TaskResultStatus.READY
    job.run_after = timezone.now() + retry_delay(attempt)
    job.finished_at = None
    # The last error stays on the row (exception_class_path, traceback) until the
    # job succeeds, so the admin shows why it is waiting.
    job.save(update_fields=["status", "run_after", "finished_at"])
    return True


def dead_letters(backend_name=None):
    """Return the jobs that failed every attempt, newest first."""
    jobs = DBTaskResult.objects.failed()
    if backend_name:
        jobs = jobs.filter(backend_name=backend_name)
    return jobs.order_by("-finished_at")


def error_line(job):
    """Return the last line of a job's traceback: the exception and its message."""
    lines = job.traceback.strip().splitlines()
    return lines[-1] if lines else job.exception_class_path


def mark_seen(worker_id):
    TaskWorker.objects.update_or_create(
        worker_id=worker_id, defaults={"seen_at": timezone.now()}
    )


def forget_worker(worker_id):
    TaskWorker.objects.filter(worker_id=worker_id).delete()


@transaction.atomic
def release_expired_leases(backend_name):
    """Make READY again the running jobs whose worker has not been seen for the
    lease; return how many."""
    since = timezone.now() - timedelta(seconds=lease_seconds())
    alive = set(
        TaskWorker.objects.filter(seen_at__gte=since).values_list(
            "worker_id", flat=True
        )
    )
    running = DBTaskResult.objects.select_for_update().filter(
        backend_name=backend_name,
        status=TaskResultStatus.RUNNING,
        started_at__lt=since,
    )
    expired = [job.pk for job in running if not alive.intersection(job.worker_ids[-1:])]
    DBTaskResult.objects.filter(pk__in=expired).update(
        status=TaskResultStatus.READY, started_at=None
    )
    return len(expired)


def give_back(job_ids):
    """Make READY again those of `job_ids` still marked running; return how many."""
    return DBTaskResult.objects.filter(
        pk__in=list(job_ids), status=TaskResultStatus.RUNNING
    ).update(status=TaskResultStatus.READY, started_at=None)


def prune_finished(backend_name=None, now=None):
    """Delete jobs finished more than MASTHEAD_TASK_RETENTION_DAYS ago, the markers
    of effects done as long ago and workers gone as long; return jobs deleted."""
    before = (now or timezone.now()) - timedelta(
        days=settings.MASTHEAD_TASK_RETENTION_DAYS
    )
    jobs = DBTaskResult.objects.filter(status__in=FINISHED, finished_at__lt=before)
    if backend_name:
        jobs = jobs.filter(backend_name=backend_name)
    deleted, _ = jobs.delete()
    EffectDone.objects.filter(done_at__lt=before).delete()
    TaskWorker.objects.filter(seen_at__lt=before).delete()
    return deleted


def next_run_after(backend_name):
    """Return when the next job deferred to later (a retry) falls due, or None."""
    return (
        DBTaskResult.objects.filter(
            backend_name=backend_name,
            status=TaskResultStatus.READY,
            run_after__gt=timezone.now(),
        )
        .order_by("run_after")
        .values_list("run_after", flat=True)
        .first()
    )


def open_listener():
    """Return a connection of its own (autocommit) that LISTENs for new jobs."""
    connection = connections[DBTaskResult.objects.db]
    listener = connection.get_new_connection(connection.get_connection_params())
    listener.autocommit = True
    listener.execute(f"LISTEN {NOTIFY_CHANNEL}")
    return listener
