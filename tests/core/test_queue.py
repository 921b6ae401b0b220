"""The task worker keeps its queue: failed jobs retried with back-off, then dead
letters; finished jobs pruned; jobs of dead workers given back; a cheap idle wait."""

import os
import time
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks import task
from django_tasks_db.models import DBTaskResult

from masthead.core import queue
from masthead.core.models import TaskWorker
from masthead.core.worker import IDLE_POLL_CAP_SECONDS, KeepingWorker
from tests.queues import DATABASE_QUEUE

CALLS = []
ON_POSTGRESQL = os.environ.get("DATABASE_URL", "").startswith("postgres")


@task(backend="comments")
def fails_until(attempts_needed):
    """Fail until called `attempts_needed` times."""
    CALLS.append(attempts_needed)
    if len(CALLS) < attempts_needed:
        raise ConnectionError(f"down (call {len(CALLS)})")
    return "done"


def run_worker():
    call_command("db_worker", "--batch", "--backend", "comments", "--no-startup-delay")


@pytest.fixture
def database_queue(settings):
    settings.TASKS = DATABASE_QUEUE
    settings.MASTHEAD_TASK_RETRY_SECONDS = 0
    settings.MASTHEAD_TASK_ATTEMPTS = 3
    CALLS.clear()


@pytest.mark.django_db(transaction=True)
def test_a_job_that_fails_once_is_retried_and_then_done(database_queue):
    fails_until.enqueue(2)
    run_worker()
    job = DBTaskResult.objects.get()
    assert (job.status, job.return_value, len(CALLS)) == ("SUCCESSFUL", "done", 2)


@pytest.mark.django_db(transaction=True)
def test_a_job_that_keeps_failing_is_a_dead_letter_after_its_attempts(
    database_queue,
):
    fails_until.enqueue(99)
    run_worker()
    [job] = queue.dead_letters()
    assert len(CALLS) == 3 and job.status == "FAILED"
    assert queue.error_line(job) == "ConnectionError: down (call 3)"


@pytest.mark.django_db
def test_a_failed_job_waits_twice_as_long_before_each_retry(settings):
    settings.TASKS = DATABASE_QUEUE
    settings.MASTHEAD_TASK_RETRY_SECONDS = 30
    fails_until.enqueue(99)
    job = DBTaskResult.objects.get()
    waits = []
    for worker in ("a", "b", "c"):
        job.claim(worker)
        before = timezone.now()
        assert queue.retry_later(job)
        waits.append(round((job.run_after - before).total_seconds()))
    assert waits == [30, 60, 120]
    assert job.status == "READY"


def finished_job(days_ago, status="SUCCESSFUL"):
    fails_until.enqueue(1)
    job = DBTaskResult.objects.order_by("-enqueued_at").first()
    finished_at = timezone.now() - timedelta(days=days_ago)
    DBTaskResult.objects.filter(pk=job.pk).update(
        status=status, finished_at=finished_at
    )
    return job.pk


@pytest.mark.django_db
def test_finished_jobs_older_than_the_retention_are_pruned(settings):
    settings.TASKS = DATABASE_QUEUE
    settings.MASTHEAD_TASK_RETENTION_DAYS = 7
    old = [finished_job(8), finished_job(30, "FAILED")]
    recent = finished_job(6)
    fails_until.enqueue(1)  # waiting to run: never pruned
    call_command("prune_tasks")
    left = set(DBTaskResult.objects.values_list("pk", flat=True))
    assert recent in left and not left.intersection(old) and len(left) == 2


@pytest.mark.django_db(transaction=True)
def test_the_worker_prunes_finished_jobs_by_itself(database_queue, settings):
    settings.MASTHEAD_TASK_RETENTION_DAYS = 1
    finished_job(2)
    run_worker()
    assert not DBTaskResult.objects.exists()


def running_job(worker_id, minutes_ago):
    fails_until.enqueue(1)
    job = DBTaskResult.objects.order_by("-enqueued_at").first()
    job.claim(worker_id)
    started = timezone.now() - timedelta(minutes=minutes_ago)
    DBTaskResult.objects.filter(pk=job.pk).update(started_at=started)
    return job


@pytest.mark.django_db
def test_a_job_of_a_worker_not_seen_for_the_lease_is_ready_again(settings):
    settings.TASKS = DATABASE_QUEUE
    settings.MASTHEAD_TASK_LEASE_SECONDS = 60
    TaskWorker.objects.create(
        worker_id="dead", seen_at=timezone.now() - timedelta(minutes=5)
    )
    job = running_job("dead", minutes_ago=5)
    assert queue.release_expired_leases("comments") == 1
    job.refresh_from_db()
    assert job.status == "READY"


@pytest.mark.django_db
def test_a_long_job_of_a_worker_still_beating_keeps_running(settings):
    settings.TASKS = DATABASE_QUEUE
    settings.MASTHEAD_TASK_LEASE_SECONDS = 60
    queue.mark_seen("alive")
    job = running_job("alive", minutes_ago=30)
    assert queue.release_expired_leases("comments") == 0
    job.refresh_from_db()
    assert job.status == "RUNNING"


@pytest.mark.django_db(transaction=True)
def test_another_worker_runs_the_job_a_dead_worker_left(database_queue):
    """Whatever address the next worker has: no worker id in common."""
    running_job("serve-old-host-10.0.0.1:8000", minutes_ago=5)
    run_worker()
    job = DBTaskResult.objects.get()
    assert job.status == "SUCCESSFUL" and len(job.worker_ids) == 2


def idle_worker():
    return KeepingWorker(
        queue_names=["default"],
        interval=0.2,
        batch=False,
        backend_name="comments",
        startup_delay=False,
        max_tasks=None,
        worker_id="idle",
        excluded_queue_names=[],
    )


@pytest.mark.skipif(ON_POSTGRESQL, reason="on PostgreSQL the worker LISTENs: below")
@pytest.mark.django_db
def test_an_idle_worker_on_sqlite_polls_less_often_up_to_a_cap(settings, monkeypatch):
    settings.TASKS = DATABASE_QUEUE
    slept = []
    monkeypatch.setattr("masthead.core.worker.time.sleep", slept.append)
    worker = idle_worker()
    worker.next_housekeeping = float("inf")
    for _ in range(8):
        worker.wait_for_work()
    assert slept[:4] == [0.2, 0.4, 0.8, 1.6]
    assert slept[-1] == IDLE_POLL_CAP_SECONDS


@pytest.mark.django_db(transaction=True)
def test_an_idle_worker_polls_quickly_again_once_work_arrives(database_queue):
    worker = idle_worker()
    worker.idle_wait, worker.max_tasks = IDLE_POLL_CAP_SECONDS, 1
    fails_until.enqueue(1)
    worker.work()
    assert CALLS and worker.idle_wait == 0.2


@pytest.mark.skipif(
    not ON_POSTGRESQL, reason="LISTEN/NOTIFY is PostgreSQL's; on SQLite: above"
)
@pytest.mark.django_db(transaction=True)
def test_a_job_queued_on_postgresql_wakes_the_idle_worker_at_once(database_queue):
    worker = idle_worker()
    worker.listen(timeout=0)  # starts listening
    fails_until.enqueue(1)  # committed: autocommit
    started = time.monotonic()
    worker.listen(timeout=10)
    assert time.monotonic() - started < 1
    worker.listener.close()


@pytest.mark.django_db(transaction=True)
def test_a_worker_waits_out_a_database_restart_instead_of_ending(
    database_queue, monkeypatch
):
    from django.db.utils import OperationalError

    worker = idle_worker()
    worker.max_tasks = 1
    real_claim, claims = worker.claim_next, []

    def unreachable_once():
        claims.append(1)
        if len(claims) == 1:
            raise OperationalError("server closed the connection unexpectedly")
        return real_claim()

    monkeypatch.setattr(worker, "claim_next", unreachable_once)
    monkeypatch.setattr(worker, "wait_for_work", lambda: None)
    fails_until.enqueue(1)
    worker.work()
    assert CALLS == [1] and len(claims) == 2


@pytest.mark.django_db(transaction=True)
def test_a_job_whose_outcome_the_database_did_not_take_runs_again_once_it_is_back(
    database_queue, monkeypatch
):
    """The database restarts while the worker writes a job's outcome: the worker
    waits instead of ending, and the job, left marked running, is run again."""
    from django.db.utils import OperationalError

    real_success, writes = DBTaskResult.set_successful, []

    def restarting_once(job, value):
        writes.append(value)
        if len(writes) == 1:
            raise OperationalError("the database system is shutting down")
        return real_success(job, value)

    def still_down(job, error):
        # The library's worker records the failed write as a failure: still down.
        raise OperationalError("the database system is starting up")

    monkeypatch.setattr(DBTaskResult, "set_successful", restarting_once)
    monkeypatch.setattr(DBTaskResult, "set_failed", still_down)
    worker = idle_worker()
    worker.max_tasks = 2
    monkeypatch.setattr(worker, "wait_for_work", lambda: None)
    fails_until.enqueue(1)
    worker.work()
    job = DBTaskResult.objects.get()
    assert (job.status, len(CALLS), len(writes)) == ("SUCCESSFUL", 2, 2)


@pytest.mark.django_db
def test_an_idle_worker_waits_out_the_database_going_away_while_it_waits(
    settings, monkeypatch
):
    from django.db.utils import OperationalError

    settings.TASKS = DATABASE_QUEUE
    slept = []
    monkeypatch.setattr("masthead.core.worker.time.sleep", slept.append)
    worker = idle_worker()

    def unreachable():
        raise OperationalError("connection to server failed")

    monkeypatch.setattr(worker, "seconds_to_next_due", unreachable)
    worker.wait_for_work()
    assert slept == [worker.interval]
