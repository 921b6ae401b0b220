"""Index updates are tasks queued with the editor's change, and retried."""

import pytest
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from masthead.search import indexing
from masthead.search.models import SearchDocument
from tests.queues import DATABASE_QUEUE

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def index_at_once():
    """The queue itself, not the shortcut the other search tests take."""


@pytest.fixture
def queued(settings):
    settings.TASKS = DATABASE_QUEUE
    settings.MASTHEAD_TASK_RETRY_SECONDS = 0


def run_worker():
    call_command("db_worker", "--batch", "--backend", "comments", "--no-startup-delay")


def test_publishing_queues_the_index_update_instead_of_doing_it(queued, publish):
    article = publish("en", "Harbour reopens", "Boats are back.")
    assert not SearchDocument.objects.filter(page=article).exists()
    assert DBTaskResult.objects.filter(task_path__endswith="index_page").exists()
    run_worker()
    assert SearchDocument.objects.get(page=article).text == "Boats are back."


def test_an_index_update_that_fails_once_is_retried_and_then_done(
    queued, publish, monkeypatch
):
    real, calls = indexing.index_page, []

    def failing_once(page):
        calls.append(page.pk)
        if len(calls) == 1:
            raise ConnectionError("index is busy")
        return real(page)

    monkeypatch.setattr(indexing, "index_page", failing_once)
    article = publish("en", "Harbour reopens", "Boats are back.")
    assert article.live
    run_worker()
    assert len(calls) == 2
    assert SearchDocument.objects.filter(page=article).exists()
