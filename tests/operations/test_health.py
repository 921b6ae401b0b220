import json
import os
from datetime import timedelta

import pytest
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from tests.core.test_settings import import_production

pytestmark = pytest.mark.django_db

TEST_REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/8")


def redis_caches(url):
    backend = "django.core.cache.backends.redis.RedisCache"
    return {
        "default": {"BACKEND": backend, "LOCATION": url},
        "triage": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }


def waiting_job(waited):
    due = timezone.now() - waited
    job = DBTaskResult.objects.create(
        status=TaskResultStatus.READY,
        args_kwargs={"args": [1], "kwargs": {}},
        task_path="masthead.triage.tasks.triage_comment",
        backend_name="comments",
        queue_name="default",
        run_after=due,
    )
    DBTaskResult.objects.filter(pk=job.pk).update(enqueued_at=due)
    return job


def readiness(client):
    answer = client.get("/readyz")
    return answer.status_code, json.loads(answer.content)


def test_healthz_answers_without_touching_the_database(
    client, django_assert_num_queries
):
    with django_assert_num_queries(0):
        answer = client.get("/healthz")
    assert answer.status_code == 200
    assert json.loads(answer.content) == {"status": "alive"}
    assert "no-store" in answer["Cache-Control"]


@pytest.mark.parametrize("path", ["/healthz", "/readyz"])
def test_health_paths_are_answered_outside_the_editions(client, path):
    answer = client.get(path)
    assert answer.status_code == 200 and "Location" not in answer


def test_readyz_names_each_check_when_all_is_well(client):
    status, answer = readiness(client)
    assert status == 200
    assert answer["status"] == "ready"
    assert set(answer["checks"]) == {"database", "cache", "task_queue"}
    assert all(check["ok"] for check in answer["checks"].values())


def test_readyz_is_not_cached(client):
    assert "no-store" in client.get("/readyz")["Cache-Control"]


def test_readyz_answers_503_when_a_job_has_waited_too_long(client, settings):
    settings.MASTHEAD_READY_QUEUE_MAX_AGE = 300
    waiting_job(timedelta(minutes=10))
    status, answer = readiness(client)
    assert status == 503 and answer["status"] == "not ready"
    queue = answer["checks"]["task_queue"]
    assert not queue["ok"] and "task worker" in queue["problem"]
    assert answer["checks"]["database"]["ok"]


def test_readyz_ignores_a_job_that_is_not_due_yet(client, settings):
    settings.MASTHEAD_READY_QUEUE_MAX_AGE = 300
    waiting_job(-timedelta(hours=1))
    assert readiness(client)[0] == 200


def test_readyz_reads_and_writes_redis_when_it_is_the_cache(client, settings):
    settings.CACHES = redis_caches(TEST_REDIS_URL)
    status, answer = readiness(client)
    assert status == 200 and answer["checks"]["cache"]["ok"]


def test_readyz_answers_503_when_redis_does_not_answer(client, settings):
    settings.CACHES = redis_caches("redis://127.0.0.1:9/0")  # discard: nobody there
    status, answer = readiness(client)
    assert status == 503
    assert not answer["checks"]["cache"]["ok"]
    assert "Redis" in answer["checks"]["cache"]["problem"]


@pytest.mark.parametrize("path", ["/healthz", "/readyz", "/metrics"])
def test_probes_over_plain_http_are_not_redirected_in_production(
    client, settings, monkeypatch, path
):
    """A load balancer or Prometheus asks the app server itself, over plain HTTP."""
    production = import_production(monkeypatch, "k" * 60)
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_REDIRECT_EXEMPT = production.SECURE_REDIRECT_EXEMPT
    settings.MASTHEAD_METRICS_ADDRESSES = ["127.0.0.1"]
    assert client.get(path).status_code == 200
    assert client.get("/en/").status_code == 301
