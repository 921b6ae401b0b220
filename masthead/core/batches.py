"""Jobs a worker runs many at a time: one claim, one run, one record.

A burst of comments queues a triage job each. Run one by one, each job pays for its
claim, its imports, its own reads and its own record; run together, the rules read
the word list once, score the model once and write every verdict in one statement.

A task opts in with `runs_together(task)` on a function taking the jobs' argument
lists and returning their return values in the same order. The worker, having
claimed one job of such a task, claims up to MASTHEAD_TASK_BATCH more of it in the
same transaction. When that leaves room in the batch, it waits
MASTHEAD_TASK_GATHER_MS and claims again: during a burst, comments arrive one
by one, and a worker that kept up with each alone would pay the whole cost of a
run for every comment. If the batch fails, each job runs again on its own, so a job that
fails is retried and dead-lettered alone, as it would be without batches.
"""

import json

from django.conf import settings
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

_RUNNERS = {}


_GATHERING = set()


def runs_together(task, gather=True):
    """Register the decorated function as the way to run many jobs of `task`.

    `gather=False` for a task whose jobs must not wait for others to come (a purge
    the CDN is waiting for): what is waiting still runs together."""

    def register(function):
        _RUNNERS[task.module_path] = function
        if gather:
            _GATHERING.add(task.module_path)
        else:
            _GATHERING.discard(task.module_path)
        return function

    return register


def gathers(task_path):
    """Whether a worker waits a moment for more jobs of this task (it runs in
    batches, and may wait)."""
    return runner_for(task_path) is not None and task_path in _GATHERING


def runner_for(task_path):
    """Return the batch function of a task, or None when it runs one job at a time."""
    if task_path not in _RUNNERS:
        try:
            import_string(task_path)  # a task's module registers its batch function
        except ImportError:
            return None  # the worker's own run records the job as failed
    return _RUNNERS.get(task_path)


def batch_size():
    return max(1, settings.MASTHEAD_TASK_BATCH)


def gather_seconds():
    return max(0, settings.MASTHEAD_TASK_GATHER_MS) / 1000


def claim_alike(jobs, first, worker_id, room=None):
    """Claim, with `first`, more ready jobs of its task from `jobs` (the worker's
    ready queue, inside its claiming transaction), `room` jobs at most in all;
    return them, `first` first."""
    claimed = [first]
    if runner_for(first.task_path) is not None:
        claimed += waiting_alike(jobs, claimed, room)
    mark_claimed(claimed, worker_id)
    return claimed


def claim_more(jobs, claimed, worker_id, room=None):
    """Claim more ready jobs of the claimed jobs' task from `jobs`, up to the batch
    size (or `room`) in all; return them. Inside the worker's claiming transaction.
    """
    more = waiting_alike(jobs, claimed, room)
    mark_claimed(more, worker_id)
    return more


def room_left(claimed, room=None):
    """How many more jobs a batch holding `claimed` may take."""
    return min(batch_size(), room or batch_size()) - len(claimed)


def waiting_alike(jobs, claimed, room=None):
    """Return, locked, the ready jobs of the claimed jobs' task that fit the batch."""
    size = room_left(claimed, room)
    if size <= 0:
        return []
    alike = jobs.filter(task_path=claimed[0].task_path).exclude(
        pk__in=[job.pk for job in claimed]
    )
    return list(alike.select_for_update(skip_locked=True)[:size])


def mark_claimed(claimed, worker_id):
    started = timezone.now()
    for job in claimed:
        job.status = TaskResultStatus.RUNNING
        job.started_at = started
        job.worker_ids = [*job.worker_ids, worker_id]
    # One UPDATE per history of workers: nearly always one, for jobs never tried.
    for worker_ids, pks in group_by(claimed, lambda job: job.worker_ids):
        DBTaskResult.objects.filter(pk__in=pks).update(
            status=TaskResultStatus.RUNNING, started_at=started, worker_ids=worker_ids
        )


def group_by(jobs, value):
    """Return [(value, [pk, ...]), ...] for the jobs, values compared as JSON."""
    groups = {}
    for job in jobs:
        found = value(job)
        key = json.dumps(found, sort_keys=True, default=str)
        groups.setdefault(key, (found, []))[1].append(job.pk)
    return list(groups.values())


def run_together(jobs):
    """Run claimed jobs of one task with its batch function; record each success.

    Raises whatever the batch raised, with nothing recorded: the caller then runs
    each job on its own.
    """
    runner = runner_for(jobs[0].task_path)
    values = runner([job.args_kwargs["args"] for job in jobs])
    if len(values) != len(jobs):
        raise ValueError(f"{len(values)} results for {len(jobs)} jobs")
    record_successes(jobs, values)


def record_successes(jobs, values):
    """Mark the jobs successful with their return values: one statement per value."""
    returned = dict(zip(jobs, values, strict=True))
    finished = timezone.now()
    for value, pks in group_by(jobs, returned.get):
        DBTaskResult.objects.filter(pk__in=pks).update(
            status=TaskResultStatus.SUCCESSFUL,
            finished_at=finished,
            return_value=value,
            exception_class_path="",
            traceback="",
        )
    for job in jobs:
        job.status = TaskResultStatus.SUCCESSFUL
