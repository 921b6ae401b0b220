"""Triage runs in a worker from a queue kept in the site's database."""

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from django_tasks_db.models import DBTaskResult

from masthead.comments import submission
from masthead.comments.models import Comment, CommentStatus
from masthead.triage.models import TriageVerdict, WordListEntry
from tests.queues import DATABASE_QUEUE

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def database_queue():
    with override_settings(TASKS=DATABASE_QUEUE):
        yield


def post(article, body="A fair report."):
    prepared = submission.prepare(
        article, display_name="Reader", body=body, address="203.0.113.9"
    )
    return submission.store(prepared)


def triage_jobs():
    """The triage jobs (publishing the article queued its index update too)."""
    return DBTaskResult.objects.filter(task_path="masthead.triage.tasks.triage_comment")


def run_worker():
    call_command("db_worker", "--batch", "--backend", "comments", "--no-startup-delay")


def test_new_comment_queues_its_triage_instead_of_running_it(database_queue, article):
    comment = post(article)
    job = triage_jobs().get()
    assert job.task_path == "masthead.triage.tasks.triage_comment"
    assert job.args_kwargs["args"] == [comment.pk]
    assert not TriageVerdict.objects.filter(comment=comment).exists()


def test_worker_records_the_verdicts_of_a_queued_comment(database_queue, article):
    comment = post(article)
    run_worker()
    assert TriageVerdict.objects.filter(comment=comment).exists()
    assert triage_jobs().get().status == "SUCCESSFUL"


def test_worker_rejects_a_banned_word_posted_before_it_ran(database_queue, article):
    WordListEntry.objects.create(edition="en", term="scoundrel", kind="banned")
    comment = post(article, body="The mayor is a scoundrel.")
    assert Comment.objects.get(pk=comment.pk).status == CommentStatus.PENDING
    run_worker()
    assert Comment.objects.get(pk=comment.pk).status == CommentStatus.REJECTED


def test_comment_rolled_back_leaves_no_triage_job(database_queue, article):
    with pytest.raises(RuntimeError), transaction.atomic():
        post(article)
        raise RuntimeError("the request failed after storing")
    assert not Comment.objects.exists()
    assert not triage_jobs().exists()


def test_job_for_an_erased_comment_finishes_without_error(database_queue, article):
    comment = post(article)
    Comment.objects.filter(pk=comment.pk).delete()
    run_worker()
    job = triage_jobs().get()
    assert job.status == "SUCCESSFUL"
    assert job.return_value == "gone"


def test_moderator_decision_before_the_worker_runs_is_kept(
    database_queue, article, moderator
):
    from masthead.moderation import actions

    WordListEntry.objects.create(edition="en", term="scoundrel", kind="banned")
    comment = post(article, body="The mayor is a scoundrel.")
    actions.approve(comment, user=moderator, revision=comment.revision)
    run_worker()
    assert Comment.objects.get(pk=comment.pk).status == CommentStatus.APPROVED


def test_triage_that_fails_once_is_retried_and_then_done(
    database_queue, article, monkeypatch, settings
):
    from masthead.triage import tasks

    settings.MASTHEAD_TASK_RETRY_SECONDS = 0
    real, calls = tasks.triage, []

    def failing_once(comment):
        calls.append(comment.pk)
        if len(calls) == 1:
            raise ConnectionError("database went away")
        return real(comment)

    monkeypatch.setattr(tasks, "triage", failing_once)
    comment = post(article)
    run_worker()
    assert len(calls) == 2
    assert TriageVerdict.objects.filter(comment=comment).exists()
    assert triage_jobs().get().status == "SUCCESSFUL"
