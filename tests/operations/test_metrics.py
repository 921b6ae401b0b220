from datetime import timedelta

import pytest
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from prometheus_client.parser import text_string_to_metric_families

from masthead.comments import submission
from masthead.mirror.purging import bake_change
from masthead.moderation import actions
from masthead.triage.tasks import triage_comment
from tests.queues import DATABASE_QUEUE

pytestmark = pytest.mark.django_db

TOKEN = "scraper-token-" + "x" * 20  # noqa: S105


@pytest.fixture
def metrics_open(settings):
    settings.MASTHEAD_METRICS_ADDRESSES = ["127.0.0.1"]


def scrape(client, **headers):
    answer = client.get("/metrics", **headers)
    assert answer.status_code == 200, answer.status_code
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(answer.content.decode())
        for sample in family.samples
    }


def post(article, body):
    prepared = submission.prepare(
        article, display_name="Reader", body=body, address="203.0.113.9"
    )
    return submission.store(prepared)


def job(status, task_path, waited=0):
    return DBTaskResult.objects.create(
        status=status,
        args_kwargs={"args": [], "kwargs": {}},
        task_path=task_path,
        backend_name="comments",
        queue_name="default",
        run_after=timezone.now() - timedelta(seconds=waited),
    )


def test_metrics_are_refused_to_an_address_not_listed(client, settings):
    settings.MASTHEAD_METRICS_ADDRESSES = ["10.0.0.0/8"]
    assert client.get("/metrics").status_code == 403


def test_metrics_are_refused_by_default(client):
    assert client.get("/metrics").status_code == 403


def test_metrics_answer_a_listed_network(client, settings):
    settings.MASTHEAD_METRICS_ADDRESSES = ["127.0.0.0/8"]
    assert client.get("/metrics").status_code == 200


def test_metrics_answer_the_bearer_token_from_anywhere(client, settings):
    settings.MASTHEAD_METRICS_TOKEN = TOKEN
    assert client.get("/metrics", HTTP_AUTHORIZATION="Bearer wrong").status_code == 403
    scrape(client, HTTP_AUTHORIZATION=f"Bearer {TOKEN}")


def test_pending_comment_is_in_the_backlog_until_decided(
    client, metrics_open, article, moderator
):
    comment = post(article, "A fair report on the rail link.")
    figures = scrape(client)
    assert figures[("masthead_pending_comments", (("edition", "en"),))] == 1
    assert (
        figures[("masthead_oldest_pending_comment_seconds", (("edition", "en"),))] >= 0
    )
    actions.approve(comment, user=moderator, revision=1)
    figures = scrape(client)
    assert ("masthead_pending_comments", (("edition", "en"),)) not in figures
    assert figures[("masthead_decisions_last_minute", (("action", "approve"),))] == 1


def test_requests_are_counted_by_status(client, metrics_open):
    key = (
        "masthead_http_requests_total",
        (("answered_by", "django"), ("status", "404")),
    )
    before = scrape(client).get(key, 0)
    client.get("/comments/no-such-thing/")
    assert scrape(client)[key] == before + 1


def test_failed_job_is_counted(client, metrics_open):
    job(TaskResultStatus.FAILED, "masthead.triage.tasks.triage_comment")
    figures = scrape(client)
    task = (("task", "masthead.triage.tasks.triage_comment"),)
    assert figures[("masthead_task_failures", task)] == 1


def test_bake_lag_is_how_long_a_bake_has_waited(client, metrics_open):
    job(TaskResultStatus.READY, bake_change.module_path, waited=90)
    assert 90 <= scrape(client)[("masthead_bake_lag_seconds", ())] < 120


def test_jobs_queued_to_run_at_once_are_the_backlog_from_when_they_were_queued(
    client, metrics_open, settings
):
    """Queued without a time to run after, as every comment's triage is: the
    library stores a far-off date, which must not hide the job or its age."""
    settings.TASKS = DATABASE_QUEUE
    for _ in range(3):
        triage_comment.enqueue(1)
    queued = timezone.now() - timedelta(seconds=40)
    DBTaskResult.objects.update(enqueued_at=queued)
    figures = scrape(client)
    task = (("task", triage_comment.module_path),)
    assert figures[("masthead_task_queue_due_jobs", task)] == 3
    assert 40 <= figures[("masthead_task_queue_oldest_seconds", task)] < 70


def test_bake_lag_counts_a_bake_queued_to_run_at_once(client, metrics_open, settings):
    settings.TASKS = DATABASE_QUEUE
    bake_change.using(backend="comments").enqueue({"paths": [], "trees": []})
    DBTaskResult.objects.update(enqueued_at=timezone.now() - timedelta(seconds=90))
    assert 90 <= scrape(client)[("masthead_bake_lag_seconds", ())] < 120
