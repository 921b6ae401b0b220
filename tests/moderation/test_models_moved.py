"""Bans and verdicts moved apps without moving a row.

The test database is migrated back to where the moderation app still held Ban,
TriageCounter, TriageVerdict and WordListEntry, rows are written through those
historical models, and the database is migrated forward again.
"""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks_db.models import DBTaskResult

from masthead.guards.models import Ban
from masthead.triage.models import TriageVerdict
from masthead.triage.tasks import triage_comment

BEFORE_THE_MOVE = [
    ("moderation", "0007_desk_digest_mail"),
    ("guards", None),
    ("triage", None),
]
OLD_TASK = "masthead.moderation.tasks.triage_comment"


def migrate(targets=None):
    """Migrate to `targets`, or to every app's latest migration; return the
    migrated models."""
    executor = MigrationExecutor(connection)
    targets = targets or executor.loader.graph.leaf_nodes()
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state(targets[:1]).apps


def queued_triage_job(comment):
    return DBTaskResult.objects.create(
        task_path=OLD_TASK,
        args_kwargs={"args": [comment.pk], "kwargs": {}},
        backend_name="comments",
        run_after=timezone.now(),
    )


@pytest.fixture
def moved_back():
    """The database as it was before the move; forward again after the test."""
    old_apps = migrate(BEFORE_THE_MOVE)
    ContentType.objects.clear_cache()
    yield old_apps
    migrate()
    ContentType.objects.clear_cache()


@pytest.mark.django_db(transaction=True)
def test_rows_written_before_the_move_are_read_through_the_moved_models(
    pending_comment, moderator, moved_back
):
    old_ban = moved_back.get_model("moderation", "Ban").objects.create(
        email="flooder@example.org", reason="spam", created_by_id=moderator.pk
    )
    old_verdict = moved_back.get_model("moderation", "TriageVerdict").objects.create(
        comment_id=pending_comment.pk,
        rule="words",
        outcome="hold",
        explanation="Suspect word: ferry.",
    )
    migrate()
    ban = Ban.objects.get(pk=old_ban.pk)
    assert (ban.email, ban.reason, ban.created_by) == (
        "flooder@example.org",
        "spam",
        moderator,
    )
    verdict = pending_comment.triage_verdicts.get(pk=old_verdict.pk)
    assert (verdict.rule, verdict.outcome) == ("words", "hold")
    assert verdict.explanation_text == "Suspect word: ferry."


@pytest.mark.django_db(transaction=True)
def test_content_types_and_queued_jobs_follow_the_moved_models(
    pending_comment, moved_back
):
    old_ban_type = ContentType.objects.get(app_label="moderation", model="ban")
    old_verdict_type = ContentType.objects.get(
        app_label="moderation", model="triageverdict"
    )
    job = queued_triage_job(pending_comment)
    migrate()
    ContentType.objects.clear_cache()
    assert ContentType.objects.get_for_model(Ban).pk == old_ban_type.pk
    assert ContentType.objects.get_for_model(TriageVerdict).pk == old_verdict_type.pk
    job.refresh_from_db()
    assert import_string(job.task_path) is triage_comment
