"""A decision's purge, CDN purge and re-bake are one task queued with it: the
moderator's request neither mails nor calls the CDN, and a failure is retried."""

from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import OperationalError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django_tasks_db.models import DBTaskResult

from masthead.comments import confirmation, submission
from masthead.mirror import purging
from masthead.mirror.models import PurgeRecord
from masthead.moderation import actions
from tests.queues import DATABASE_QUEUE

from .conftest import PURGED, RecordingBackend

pytestmark = pytest.mark.django_db(transaction=True)


class FailingOnceBackend(RecordingBackend):
    """A CDN whose API fails the first call, then works."""

    failed = []

    def purge_batch(self, urls):
        if not self.failed:
            self.failed.append(urls)
            raise ConnectionError("CDN API down")
        super().purge_batch(urls)


@pytest.fixture
def queued(settings, article):
    """The database queue, with the mirror's work in it (as in production)."""
    settings.TASKS = DATABASE_QUEUE
    settings.MASTHEAD_MIRROR_TASKS = "comments"
    settings.MASTHEAD_TASK_RETRY_SECONDS = 0
    FailingOnceBackend.failed.clear()


def run_worker():
    call_command("db_worker", "--batch", "--backend", "comments", "--no-startup-delay")


def notified_comment(article):
    confirmation.confirm(confirmation.request_token("reader@example.org", "en"))
    prepared = submission.prepare(
        article,
        display_name="Reader",
        body="Fair.",
        email="reader@example.org",
        notify=True,
    )
    comment = submission.store(prepared)
    run_worker()  # its triage
    mail.outbox.clear()
    return comment


def test_a_decision_request_sends_no_mail_and_calls_no_cdn(
    queued, article, cdn, decide, settings
):
    comment = notified_comment(article)
    decide("approve", comment)
    assert mail.outbox == [] and cdn == []
    run_worker()
    assert [m.to for m in mail.outbox] == [["reader@example.org"]]
    assert settings.SITE_URL + article.url in cdn


def test_a_cdn_purge_that_fails_once_is_retried_and_then_done(
    queued, article, post_comment, decide, settings
):
    settings.WAGTAILFRONTENDCACHE = {
        "test": {"BACKEND": "tests.mirror.test_queued_effects.FailingOnceBackend"}
    }
    PURGED.clear()
    decide("approve", post_comment(article))
    run_worker()
    assert FailingOnceBackend.failed and settings.SITE_URL + article.url in PURGED
    job = DBTaskResult.objects.get(task_path__endswith="refresh_change")
    assert job.status == "SUCCESSFUL" and len(job.worker_ids) == 2


def test_a_bake_that_fails_once_is_retried_and_then_done(
    queued, article, post_comment, decide, monkeypatch, mirror
):
    real_bake, calls = purging.bake, []

    def bake_failing_once(paths):
        calls.append(paths)
        if len(calls) == 1:
            raise OSError("disk full")
        return real_bake(paths)

    monkeypatch.setattr(purging, "bake", bake_failing_once)
    decide("approve", post_comment(article, body="Seen after a retry."))
    run_worker()
    assert len(calls) == 2
    baked = [path.read_bytes() for path in mirror.rglob("*") if path.is_file()]
    assert any(b"Seen after a retry." in page for page in baked)


def test_a_decision_queues_its_purge_in_its_own_transaction(
    queued, article, post_comment, admin_user
):
    """So a server killed right after the commit still leaves the purge queued."""
    comment = post_comment(article)
    with transaction.atomic():
        actions.approve(comment, user=admin_user, revision=comment.revision)
        queued_now = DBTaskResult.objects.filter(task_path__endswith="refresh_change")
        assert queued_now.exists()


def test_a_decisions_purge_reaches_the_purge_log_as_it_commits_before_the_job(
    queued, article, post_comment, admin_user, settings, tmp_path
):
    """The other servers drop the page within a poll of the log, however many jobs
    wait ahead of the decision's own."""
    settings.MASTHEAD_MIRROR = True
    settings.MASTHEAD_MIRROR_ROOT = tmp_path / "mirror"
    comment = post_comment(article)
    before = PurgeRecord.objects.count()
    actions.approve(comment, user=admin_user, revision=comment.revision)
    assert DBTaskResult.objects.filter(
        task_path__endswith="refresh_change", status="READY"
    ).exists()
    logged = PurgeRecord.objects.order_by("pk")[before:]
    assert [article.url in record.paths for record in logged] == [True]


def test_a_purge_log_the_database_refuses_at_commit_leaves_the_decision_answered(
    queued, article, post_comment, admin_user, settings, tmp_path, caplog
):
    """PostgreSQL restarting just as a decision commits: the decision stands, its
    request is answered, and the queued job purges everywhere later."""
    settings.MASTHEAD_MIRROR = True
    settings.MASTHEAD_MIRROR_ROOT = tmp_path / "mirror"
    comment = post_comment(article)
    shutdown = OperationalError("terminating connection due to administrator command")
    with mock.patch.object(purging, "record_purge", side_effect=shutdown):
        actions.approve(comment, user=admin_user, revision=comment.revision)
    comment.refresh_from_db()
    assert comment.status == "approved"
    assert "purge_everywhere_now" in caplog.text
    assert DBTaskResult.objects.filter(
        task_path__endswith="refresh_change", status="READY"
    ).exists()


def test_a_bake_job_does_the_same_change_queued_again_behind_it(
    queued, article, post_comment, admin_user
):
    """Three approvals on one article: the first job bakes for all three."""
    for _ in range(3):
        comment = post_comment(article)
        actions.approve(comment, user=admin_user, revision=comment.revision)
    other = {"paths": ["/en/elsewhere/"], "trees": []}
    purging.bake_change.using(
        backend="comments", priority=purging.BAKE_PRIORITY
    ).enqueue(other)
    bakes = DBTaskResult.objects.filter(task_path__endswith="bake_change")
    waiting = [job.args_kwargs["args"][0] for job in bakes.filter(status="READY")]
    assert len(waiting) == 4 and waiting.count(other) == 1
    purging.bake_change.call(waiting[0])
    left = [job.args_kwargs["args"][0] for job in bakes.filter(status="READY")]
    assert left == [other]


def test_a_bake_waits_behind_triage_and_the_purge_goes_ahead_of_it(
    queued, article, post_comment, admin_user
):
    """A burst of decisions must not keep new comments from being triaged."""
    comment = post_comment(article)
    actions.approve(comment, user=admin_user, revision=comment.revision)
    priority = {
        job.task_path.rsplit(".", 1)[1]: job.priority
        for job in DBTaskResult.objects.filter(status="READY")
    }
    assert priority["refresh_change"] > priority["triage_comment"]
    assert priority["bake_change"] < priority["triage_comment"]


def test_waiting_bakes_and_purges_run_together_each_page_once(
    queued, article, en_section, make_article, post_comment, decide, monkeypatch, cdn
):
    """A burst of decisions on many articles: the fronts above them all are baked
    again once, and the CDN is told once."""
    other = make_article(en_section, title="Ferry timetable changes")
    baked = []
    monkeypatch.setattr(purging, "bake", lambda paths: baked.append(list(paths)))
    run_worker()  # the articles' own publication
    baked.clear()
    cdn.clear()
    for target in (article, other, article):
        decide("approve", post_comment(target, body=f"On {target.title}."))
    run_worker()
    assert len(baked) == 1
    assert sorted(baked[0]) == sorted(set(baked[0]))
    assert {article.url, other.url, "/en/", "/en/world/"} <= set(baked[0])
    jobs = DBTaskResult.objects.filter(task_path__endswith="bake_change")
    assert set(jobs.values_list("status", flat=True)) == {"SUCCESSFUL"}
    told = [settings_url for settings_url in cdn if settings_url.endswith("/en/")]
    assert len(told) == len(set(told))


def test_a_decision_is_six_statements_with_its_effects_queued(
    queued, article, post_comment, admin_user, settings, tmp_path
):
    """The decision: the comment locked and changed, its audit entry and its two
    jobs (purge, bake) in one INSERT. Only the purge log follows its commit (so other
    servers drop the page within a second); nothing is rendered, mailed or sent."""
    settings.MASTHEAD_MIRROR = True
    settings.MASTHEAD_MIRROR_ROOT = tmp_path / "mirror"
    first, second = post_comment(article), post_comment(article)
    actions.approve(first, user=admin_user, revision=first.revision)  # warm caches
    with CaptureQueriesContext(connection) as captured:
        actions.approve(second, user=admin_user, revision=second.revision)
    statements = [query["sql"] for query in captured.captured_queries]
    # SQLite's BEGIN and COMMIT are among them; PostgreSQL's NOTIFY of the workers.
    *decision, after = statements
    assert len(decision) <= 6, decision
    assert after.startswith('INSERT INTO "mirror_purgerecord"')
    second.refresh_from_db()
    assert second.status == "approved"
    waiting = DBTaskResult.objects.filter(status="READY")
    for task in (purging.refresh_change, purging.bake_change):
        assert waiting.filter(task_path=task.module_path).count() == 2
