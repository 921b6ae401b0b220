"""Queueing work with the change that calls for it, and the worker `masthead serve`
runs beside the server."""

import logging
import socket
from functools import partial

from django.db import transaction
from django.db.models import Case, F, Q, When
from django_tasks import TaskResultStatus
from django_tasks_db import DatabaseBackend
from django_tasks_db.compat import normalize_json, task_enqueued
from django_tasks_db.models import DBTaskResult, get_date_max
from wagtail import hooks

logger = logging.getLogger(__name__)


def keeps_jobs_in_database(backend):
    """Whether `backend` keeps its jobs in the site's own database (django-tasks-db):
    then a job queued inside a transaction commits or rolls back with it, and a
    worker must run it."""
    return isinstance(backend, DatabaseBackend)


def enqueue_with_change(task, *args, **kwargs):
    """Queue `task` as part of the change being made now.

    A queue kept in the database takes the job in the same transaction, so the job
    exists exactly when the change does. Any other backend (in tests, the immediate
    one) is handed the job once the change is committed, so it never reads a row
    that might still roll back.
    """
    if keeps_jobs_in_database(task.get_backend()):
        task.enqueue(*args, **kwargs)
    else:
        transaction.on_commit(partial(_enqueue_logged, task, args, kwargs))


def enqueue_all_with_change(jobs):
    """Queue each (task, arguments) of `jobs` as part of the change being made now.

    Jobs for one queue kept in the database go in with one INSERT, as django-tasks-db
    would write each of them (its `_task_to_db_task`), announced the same way.
    """
    backends = {task.get_backend() for task, _args in jobs}
    if len(backends) != 1 or not keeps_jobs_in_database(next(iter(backends))):
        for task, args in jobs:
            enqueue_with_change(task, *args)
        return
    backend = backends.pop()
    rows = []
    for task, args in jobs:
        backend.validate_task(task)
        rows.append(job_row(backend, task, args))
    DBTaskResult.objects.bulk_create(rows)
    for row in rows:
        task_enqueued.send(type(backend), task_result=row.task_result)


def job_row(backend, task, args):
    return DBTaskResult(
        id=backend._get_id(),
        args_kwargs=normalize_json({"args": list(args), "kwargs": {}}),
        priority=task.priority,
        task_path=task.module_path,
        queue_name=task.queue_name,
        # The library's pre_save receiver, which bulk_create does not send: a job
        # to run at once is stored with its far-off "never" date.
        run_after=task.run_after or get_date_max(),
        backend_name=backend.alias,
    )


def _enqueue_logged(task, args, kwargs):
    # The change is committed; a queue that will not take the job must not undo it.
    try:
        task.enqueue(*args, **kwargs)
    except Exception:
        logger.exception("Could not queue %s%r", task.name, args)


def drop_waiting_duplicates(task, *args):
    """Delete the jobs of `task` with these same arguments still waiting in the
    queue; return how many.

    For a task whose work reads the site as it is when it runs: a job queued with
    its change is committed with it, so the job running now sees every change of
    the jobs waiting behind it, and would only do again what they do.
    """
    deleted, _ = DBTaskResult.objects.filter(
        task_path=task.module_path,
        status=TaskResultStatus.READY,
        args_kwargs={"args": list(args), "kwargs": {}},
    ).delete()
    return deleted


def worker_queues():
    """Return the TASKS backends `masthead serve` runs a worker for, each once.

    Each app names the queues of its background work as the Wagtail hook
    `masthead_worker_queues`, a function returning backend names.
    """
    queues = []
    for registered in hooks.get_hooks("masthead_worker_queues"):
        queues += [name for name in registered() if name not in queues]
    return queues


def serve_worker_id(host, port):
    """Name the worker of the server at HOST:PORT on this machine, the same each run.

    A server killed outright (kill -9, power cut) leaves the job its worker had
    taken marked running; the next server on the same address knows it by this name.
    """
    return f"serve-{socket.gethostname()}-{host}:{port}"[-64:]


@transaction.atomic
def requeue_abandoned_jobs(backend_name, worker_id):
    """Put back the jobs `worker_id` had taken but never finished; return how many.

    Called before that worker starts again, so nobody runs them now. A job run twice
    is harmless here: triage replaces its own verdicts.
    """
    abandoned = [
        job.pk
        for job in DBTaskResult.objects.select_for_update().filter(
            backend_name=backend_name, status=TaskResultStatus.RUNNING
        )
        if job.worker_ids and job.worker_ids[-1] == worker_id
    ]
    DBTaskResult.objects.filter(pk__in=abandoned).update(
        status=TaskResultStatus.READY, started_at=None
    )
    return len(abandoned)


def due_jobs(now):
    """Return the jobs waiting for a worker now: ready, and due (a job retried later
    waits for its time without anyone being late), each with `waiting_since`.

    A job queued to run at once has no time of its own to run after: the library
    stores its far-off "never" date (django_tasks_db's get_date_max) instead, and
    such a job has waited since it was queued.
    """
    at_once = get_date_max()
    return (
        DBTaskResult.objects.filter(status=TaskResultStatus.READY)
        .filter(Q(run_after__lte=now) | Q(run_after=at_once))
        .annotate(
            waiting_since=Case(
                When(run_after=at_once, then=F("enqueued_at")), default=F("run_after")
            )
        )
    )


def longest_wait(now, task_path=None):
    """Return how long the longest-waiting due job has waited, or None."""
    jobs = due_jobs(now)
    if task_path is not None:
        jobs = jobs.filter(task_path=task_path)
    due = jobs.order_by("waiting_since").values_list("waiting_since", flat=True)
    due = due.first()
    return None if due is None else now - due
