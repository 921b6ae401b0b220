"""Two moderators deciding the same comment at the same moment: exactly one wins."""

import threading

import pytest
from django.db import connection

from masthead.comments.models import Comment
from masthead.moderation import actions
from masthead.moderation.conflicts import DecisionConflict

pytestmark = pytest.mark.django_db(transaction=True)


def test_simultaneous_decisions_leave_one_decision(
    pending_comment, moderator, make_moderator
):
    other = make_moderator("jun")
    barrier = threading.Barrier(2)
    outcomes = []

    def decide(decision):
        barrier.wait()
        try:
            decision()
            outcomes.append("won")
        except DecisionConflict:
            outcomes.append("conflict")
        finally:
            connection.close()

    threads = [
        threading.Thread(
            target=decide,
            args=(
                lambda: actions.approve(pending_comment, user=moderator, revision=1),
            ),
        ),
        threading.Thread(
            target=decide,
            args=(
                lambda: actions.reject(
                    pending_comment, user=other, revision=1, reason="spam"
                ),
            ),
        ),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(outcomes) == ["conflict", "won"]
    comment = Comment.objects.get(pk=pending_comment.pk)
    from wagtail.models import ModelLogEntry

    assert ModelLogEntry.objects.for_instance(comment).count() == 1
    assert comment.status in {"approved", "rejected"}
