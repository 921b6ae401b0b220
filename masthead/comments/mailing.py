"""Mail leaves through the comment system's task queue, never from a request.

A message is rendered where the change happens, from templates (a subject, a plain
text body and an HTML one) in the recipient's language, and its delivery is queued
in the same transaction: with the database queue the job row commits or rolls back
with the change, so a decision is never mailed that did not happen and never
committed without its mail. Any other queue is handed the job once the change has
committed. Delivery uses the SMTP timeout (EMAIL_TIMEOUT); a failure fails the job,
which the worker tries again later like any task (core/queue.py). Each message
carries a key, marked once it is sent, so a job run again never mails twice.
"""

import uuid

from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task

from masthead.core.formatting import one_line
from masthead.core.models import EffectDone
from masthead.core.tasks import enqueue_with_change

TASK_BACKEND = "comments"


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
    key = uuid.uuid4().hex
    enqueue_with_change(deliver_mail, {**message, "to": list(to), "key": key})


@task(backend=TASK_BACKEND)
def deliver_mail(message):
    """Send a rendered message once; a mail server error fails the job, to be
    tried again."""
    key = message.get("key")
    if key and EffectDone.objects.filter(key=key).exists():
        return "sent already"
    send(message)
    if key:
        EffectDone.objects.get_or_create(key=key)
    return "sent"


def send(message):
    mail = EmailMultiAlternatives(message["subject"], message["text"], to=message["to"])
    mail.attach_alternative(message["html"], "text/html")
    mail.send()
