"""Mail leaves through the comment system's task queue, never from a request.

A message is rendered where the change happens, from templates (a subject, a plain
text body and an HTML one) in the recipient's language, and its delivery is queued
in the same transaction: with the database queue the job row commits or rolls back
with the change, so a decision is never mailed that did not happen and never
committed without its mail. Any other queue is handed the job once the change has
committed. Delivery uses the SMTP timeout (EMAIL_TIMEOUT) and is tried again with
a doubling delay (MASTHEAD_MAIL_ATTEMPTS, MASTHEAD_MAIL_RETRY_SECONDS); after the last
attempt the failure is logged and the job is marked failed with its traceback.
A queue that cannot defer jobs (the immediate one of the tests) retries at once.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django_tasks import task

from masthead.core.formatting import one_line
from masthead.core.tasks import enqueue_with_change

TASK_BACKEND = "comments"
logger = logging.getLogger(__name__)


def render_message(template, context, language):
    """Return a message (JSON-ready) from `template`_subject.txt, .txt and .html."""
    with translation.override(language):
        context = {
            **context,
            "language": language,
            "bidi": translation.get_language_bidi(),
        }
        return {
            "template": template,
            "subject": one_line(render_to_string(f"{template}_subject.txt", context)),
            "text": render_to_string(f"{template}.txt", context).strip() + "\n",
            "html": render_to_string(f"{template}.html", context),
        }


def queue_mail(message, to):
    """Queue `message` for the addresses `to` with the change being made now."""
    enqueue_with_change(deliver_mail, {**message, "to": list(to)})


@task(backend=TASK_BACKEND)
def deliver_mail(message, attempt=1):
    """Send a rendered message; on a mail server error, queue the next attempt."""
    try:
        send(message)
    except OSError:  # smtplib's errors and socket timeouts are OSErrors
        if attempt >= settings.MASTHEAD_MAIL_ATTEMPTS:
            logger.exception(
                "Gave up mailing %s to %d recipient(s) after %d attempts",
                message["template"],
                len(message["to"]),
                attempt,
            )
            raise
        retry(message, attempt)
        return "retrying"
    return "sent"


def send(message):
    mail = EmailMultiAlternatives(message["subject"], message["text"], to=message["to"])
    mail.attach_alternative(message["html"], "text/html")
    mail.send()


def retry_delay(attempt):
    """Return how long to wait after failed attempt number `attempt` (1, 2, ...)."""
    return timedelta(seconds=settings.MASTHEAD_MAIL_RETRY_SECONDS * 2 ** (attempt - 1))


def retry(message, attempt):
    logger.warning(
        "Mailing %s failed (attempt %d); trying again later",
        message["template"],
        attempt,
    )
    next_attempt = deliver_mail
    if next_attempt.get_backend().supports_defer:
        run_after = timezone.now() + retry_delay(attempt)
        next_attempt = deliver_mail.using(run_after=run_after)
    next_attempt.enqueue(message, attempt + 1)
