"""Jobs are queued with the change that calls for them, and a server killed outright
gives back the job its worker had taken."""

import pytest
from django.db import transaction
from django.test import override_settings
from django_tasks import task
from django_tasks.backends.immediate import ImmediateBackend
from django_tasks_db.models import DBTaskResult

from masthead.core.tasks import (
    enqueue_with_change,
    requeue_abandoned_jobs,
    serve_worker_id,
)
from masthead.triage.tasks import triage_comment
from tests.queues import DATABASE_QUEUE

pytestmark = pytest.mark.django_db


@pytest.fixture
def jobs():
    """Three triage jobs in the database queue, none run."""
    with override_settings(TASKS=DATABASE_QUEUE):
        for comment_id in (1, 2, 3):
            triage_comment.enqueue(comment_id)
        yield list(DBTaskResult.objects.order_by("enqueued_at"))


def test_job_taken_by_the_dead_worker_is_ready_again(jobs):
    worker = serve_worker_id("127.0.0.1", 8000)
    jobs[0].claim(worker)
    assert requeue_abandoned_jobs("comments", worker) == 1
    jobs[0].refresh_from_db()
    assert (jobs[0].status, jobs[0].started_at) == ("READY", None)
    assert DBTaskResult.objects.ready().count() == 3


def test_jobs_of_other_workers_are_left_running(jobs):
    jobs[0].claim(serve_worker_id("127.0.0.1", 8001))
    assert requeue_abandoned_jobs("comments", serve_worker_id("127.0.0.1", 8000)) == 0
    jobs[0].refresh_from_db()
    assert jobs[0].status == "RUNNING"


def test_finished_jobs_stay_finished(jobs):
    worker = serve_worker_id("127.0.0.1", 8000)
    jobs[0].claim(worker)
    jobs[0].set_successful("pending")
    assert requeue_abandoned_jobs("comments", worker) == 0
    jobs[0].refresh_from_db()
    assert jobs[0].status == "SUCCESSFUL"


def test_worker_id_is_the_same_for_the_same_address_and_fits_the_column():
    assert serve_worker_id("127.0.0.1", 8000) == serve_worker_id("127.0.0.1", 8000)
    assert serve_worker_id("127.0.0.1", 8000) != serve_worker_id("127.0.0.1", 8001)
    assert len(serve_worker_id("x" * 100, 8000)) <= 64


IMMEDIATE_QUEUE = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "comments": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}


class Rollback(Exception):
    pass


@pytest.mark.django_db(transaction=True)
def test_a_database_job_rolls_back_with_its_change():
    with override_settings(TASKS=DATABASE_QUEUE):
        with pytest.raises(Rollback), transaction.atomic():
            enqueue_with_change(triage_comment, 1)
            assert DBTaskResult.objects.count() == 1
            raise Rollback
        assert DBTaskResult.objects.count() == 0
        with transaction.atomic():
            enqueue_with_change(triage_comment, 2)
        assert [job.args_kwargs["args"] for job in DBTaskResult.objects.all()] == [[2]]


RAN = []


@task(backend="comments")
def remember(value):
    RAN.append(value)


@pytest.mark.django_db(transaction=True)
def test_another_queue_gets_the_job_only_once_the_change_is_committed():
    RAN.clear()
    with override_settings(TASKS=IMMEDIATE_QUEUE):
        with pytest.raises(Rollback), transaction.atomic():
            enqueue_with_change(remember, 1)
            raise Rollback
        with transaction.atomic():
            enqueue_with_change(remember, 2)
            assert RAN == []
    assert RAN == [2]


@pytest.mark.django_db(transaction=True)
def test_a_queue_refusing_a_committed_change_is_logged_not_raised(monkeypatch, caplog):
    def refuse(*args, **kwargs):
        raise ConnectionError("queue is down")

    monkeypatch.setattr(ImmediateBackend, "enqueue", refuse)
    with override_settings(TASKS=IMMEDIATE_QUEUE), transaction.atomic():
        enqueue_with_change(remember, 7)
    assert "Could not queue" in caplog.text and "queue is down" in caplog.text


def test_serve_runs_a_worker_for_each_queue_the_apps_register():
    from wagtail import hooks

    from masthead.core.tasks import worker_queues

    assert worker_queues() == ["comments"]
    with hooks.register_temporarily("masthead_worker_queues", lambda: ["mail"]):
        assert worker_queues() == ["comments", "mail"]
