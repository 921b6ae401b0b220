"""Mail leaves through the task queue: queued with the change, retried, sent once."""

import pytest
from django.core import mail
from django.core.mail import get_connection
from django.core.mail.backends import locmem
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.test import override_settings
from django_tasks import task_backends
from django_tasks_db.models import DBTaskResult

from masthead.comments import confirmation, submission
from masthead.comments.mailing import deliver_mail, queue_mail, render_message
from masthead.moderation import actions
from tests.queues import DATABASE_QUEUE

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


class MailServerDownOnce(locmem.EmailBackend):
    """A mail server that refuses the first message, then delivers."""

    refused = []

    def send_messages(self, email_messages):
        if not self.refused:
            self.refused.append(email_messages)
            raise ConnectionRefusedError("mail server down")
        return super().send_messages(email_messages)


def run_worker():
    call_command("db_worker", "--batch", "--backend", "comments", "--no-startup-delay")


@pytest.mark.django_db(transaction=True)
def test_a_mail_that_fails_once_is_retried_and_then_sent_once(settings):
    settings.TASKS = DATABASE_QUEUE
    settings.EMAIL_BACKEND = "tests.comments.test_mailing.MailServerDownOnce"
    settings.MASTHEAD_TASK_RETRY_SECONDS = 0
    MailServerDownOnce.refused.clear()
    queue_mail(a_message(), ["mina@example.org"])
    run_worker()
    assert MailServerDownOnce.refused
    assert [m.to for m in mail.outbox] == [["mina@example.org"]]
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"


@pytest.mark.django_db
@override_settings(TASKS=DUMMY_QUEUE)
def test_a_mail_job_run_again_does_not_send_twice(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        queue_mail(a_message(), ["mina@example.org"])
    [job] = task_backends["comments"].results
    for _run in range(2):
        deliver_mail.call(*job.args)
    assert len(mail.outbox) == 1


@override_settings(EMAIL_BACKEND="tests.comments.test_mailing.BrokenMailServer")
def test_a_failed_delivery_fails_the_job_to_be_tried_again():
    with pytest.raises(ConnectionRefusedError):
        deliver_mail.call(a_message())


def test_smtp_connections_time_out_by_default():
    connection = get_connection("django.core.mail.backends.smtp.EmailBackend")
    assert connection.timeout == 10
