"""A task that runs in batches: one claim and one run for many jobs, and each job
retried alone when its batch fails."""

import pytest
from django.core.management import call_command
from django_tasks import task
from django_tasks_db.models import DBTaskResult

from masthead.core import batches
from tests.queues import DATABASE_QUEUE

pytestmark = pytest.mark.django_db(transaction=True)

BATCHES = []  # the size of each batch run
ALONE = []  # the jobs run one at a time
BROKEN = set()  # values the batch function refuses, as a failing batch does


@task(backend="comments")
def double(number):
    ALONE.append(number)
    if number < 0:
        raise ValueError("negative")
    return number * 2


@batches.runs_together(double)
def double_many(arguments):
    BATCHES.append(len(arguments))
    if BROKEN & {args[0] for args in arguments}:
        raise RuntimeError("the batch broke")
    return [args[0] * 2 for args in arguments]


@task(backend="comments")
def shout(word):
    return word.upper()


@task(backend="comments")
def purge(path):
    return path


@batches.runs_together(purge, gather=False)
def purge_many(arguments):
    BATCHES.append(len(arguments))
    return [args[0] for args in arguments]


@pytest.fixture(autouse=True)
def database_queue(settings):
    settings.TASKS = DATABASE_QUEUE
    settings.MASTHEAD_TASK_RETRY_SECONDS = 3600
    settings.MASTHEAD_TASK_BATCH = 100
    for kept in (BATCHES, ALONE, BROKEN):
        kept.clear()


def run_worker():
    call_command("db_worker", "--batch", "--backend", "comments", "--no-startup-delay")


def returned(task_function):
    jobs = DBTaskResult.objects.filter(task_path=task_function.module_path)
    return sorted((job.status, job.return_value) for job in jobs)


def test_waiting_jobs_of_a_batched_task_run_in_one_batch():
    for number in range(5):
        double.enqueue(number)
    run_worker()
    assert BATCHES == [5] and ALONE == []
    assert returned(double) == [("SUCCESSFUL", n * 2) for n in range(5)]


def test_batches_are_no_larger_than_the_setting(settings):
    settings.MASTHEAD_TASK_BATCH = 2
    for number in range(5):
        double.enqueue(number)
    run_worker()
    assert BATCHES == [2, 2] and ALONE == [4]  # a job left alone runs as itself
    assert returned(double) == [("SUCCESSFUL", n * 2) for n in range(5)]


def test_other_tasks_are_not_swept_into_a_batch():
    double.enqueue(1)
    shout.enqueue("ok")
    double.enqueue(2)
    run_worker()
    assert sum(BATCHES) == 2
    assert returned(shout) == [("SUCCESSFUL", "OK")]


def test_a_failed_batch_runs_each_job_alone_and_retries_only_the_failing_one():
    for number in (1, -1, 2):
        double.enqueue(number)
    BROKEN.add(-1)
    run_worker()
    assert BATCHES == [3] and sorted(ALONE) == [-1, 1, 2]
    assert returned(double) == [("READY", None), ("SUCCESSFUL", 2), ("SUCCESSFUL", 4)]
    retried = DBTaskResult.objects.get(status="READY")
    assert retried.args_kwargs["args"] == [-1] and "negative" in retried.traceback


def test_a_claimed_batch_names_its_worker_on_every_job():
    for number in range(3):
        double.enqueue(number)
    run_worker()
    workers = {tuple(job.worker_ids) for job in DBTaskResult.objects.all()}
    assert len(workers) == 1 and len(next(iter(workers))) == 1


def test_jobs_queued_while_the_worker_gathers_join_its_batch(settings, monkeypatch):
    settings.MASTHEAD_TASK_GATHER_MS = 50
    waits = []

    def comments_arrive(seconds):
        waits.append(seconds)
        if len(waits) == 1:
            double.enqueue(2)
            double.enqueue(3)

    monkeypatch.setattr("masthead.core.worker.time.sleep", comments_arrive)
    double.enqueue(1)
    run_worker()
    assert BATCHES == [3] and waits[0] == 0.05
    assert returned(double) == [("SUCCESSFUL", n * 2) for n in (1, 2, 3)]


def test_a_full_batch_or_a_task_without_batches_does_not_wait(settings, monkeypatch):
    settings.MASTHEAD_TASK_GATHER_MS = 50
    settings.MASTHEAD_TASK_BATCH = 2
    waits = []
    monkeypatch.setattr("masthead.core.worker.time.sleep", waits.append)
    double.enqueue(1)
    double.enqueue(2)
    shout.enqueue("ok")
    run_worker()
    assert BATCHES == [2] and waits == []


def test_a_task_that_must_not_wait_runs_what_is_waiting_at_once(settings, monkeypatch):
    settings.MASTHEAD_TASK_GATHER_MS = 50
    waits = []
    monkeypatch.setattr("masthead.core.worker.time.sleep", waits.append)
    purge.enqueue("/en/")
    purge.enqueue("/ko/")
    run_worker()
    assert BATCHES == [2] and waits == []
    assert returned(purge) == [("SUCCESSFUL", "/en/"), ("SUCCESSFUL", "/ko/")]


def test_a_task_without_a_batch_function_has_no_runner():
    assert batches.runner_for(shout.module_path) is None
    assert batches.runner_for(double.module_path) is double_many
    assert batches.runner_for("masthead.nowhere.gone") is None
