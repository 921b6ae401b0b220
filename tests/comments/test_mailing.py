"""Mail leaves through the task queue: queued with the change, retried, never lost."""

import logging
from datetime import timedelta

import pytest
from django.core import mail
from django.core.mail import get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks import task_backends
from django_tasks_db.models import DBTaskResult

from masthead.comments import confirmation, submission
from masthead.comments.mailing import deliver_mail, render_message
from masthead.moderation import actions

DATABASE_QUEUE = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "comments": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
DUMMY_QUEUE = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "comments": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"},
}


class BrokenMailServer(BaseEmailBackend):
    """A mail server that is down."""

    def send_messages(self, email_messages):
        raise ConnectionRefusedError("mail server down")


def confirmed_comment(article, email="reader@example.org"):
    confirmation.confirm(confirmation.request_token(email, "en"))
    prepared = submission.prepare(
        article, display_name="Reader", body="Fair.", email=email, notify=True
    )
    return submission.store(prepared)


def a_message():
    return render_message(
        "moderation/mail/digest",
        {"count": 3, "desk": "English", "age": "2 hours", "link": "http://x/"},
        "en",
    ) | {"to": ["mina@example.org"]}


@pytest.mark.django_db(transaction=True)
def test_decision_mail_is_queued_with_the_decision_and_sent_by_the_worker(
    article, admin_user
):
    with override_settings(TASKS=DATABASE_QUEUE):
        comment = confirmed_comment(article)
        DBTaskResult.objects.all().delete()  # the triage job
        actions.approve(comment, user=admin_user, revision=comment.revision)
        job = DBTaskResult.objects.get()
        assert job.task_path == "masthead.comments.mailing.deliver_mail"
        assert mail.outbox == []
        call_command(
            "db_worker", "--batch", "--backend", "comments", "--no-startup-delay"
        )
    assert [m.to for m in mail.outbox] == [["reader@example.org"]]


@pytest.mark.django_db(transaction=True)
def test_a_decision_that_fails_queues_no_mail(article, admin_user):
    with override_settings(TASKS=DATABASE_QUEUE):
        comment = confirmed_comment(article)
        DBTaskResult.objects.all().delete()
        with pytest.raises(actions.DecisionConflict):
            actions.approve(comment, user=admin_user, revision=comment.revision + 1)
        assert not DBTaskResult.objects.exists()


@override_settings(
    TASKS=DUMMY_QUEUE,
    EMAIL_BACKEND="tests.comments.test_mailing.BrokenMailServer",
    MASTHEAD_MAIL_RETRY_SECONDS=60,
)
def test_a_failed_delivery_is_tried_again_later_with_a_doubling_delay():
    before = timezone.now()
    assert deliver_mail.call(a_message(), 2) == "retrying"
    [retry] = task_backends["comments"].results
    assert retry.args == [a_message(), 3]
    delay = retry.task.run_after - before
    assert timedelta(seconds=119) < delay < timedelta(seconds=125)


@override_settings(
    TASKS=DUMMY_QUEUE,
    EMAIL_BACKEND="tests.comments.test_mailing.BrokenMailServer",
    MASTHEAD_MAIL_ATTEMPTS=3,
)
def test_the_last_failed_attempt_is_logged_and_fails_the_job(caplog):
    with caplog.at_level(logging.ERROR, logger="masthead.comments.mailing"):
        with pytest.raises(ConnectionRefusedError):
            deliver_mail.call(a_message(), 3)
    assert task_backends["comments"].results == []
    assert "Gave up mailing moderation/mail/digest to 1 recipient(s)" in caplog.text
    assert "mina@example.org" not in caplog.text


def test_smtp_connections_time_out_by_default():
    connection = get_connection("django.core.mail.backends.smtp.EmailBackend")
    assert connection.timeout == 10
