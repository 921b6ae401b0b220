"""Telling a commenter what became of their comment, when they asked to be told.

`queue_decision_mail` is called by the decision itself (actions.py), inside its
transaction, so the mail is queued exactly when the decision commits. The mail is in
the comment's edition language, and goes only to a mailbox its owner confirmed
(masthead.comments.confirmation): anyone can type anyone's address. It never quotes
a rejected comment, which may be abuse aimed at that address, and puts headlines and
names on one line, so a line break in them can neither break the subject header nor
forge a line of the message.
"""

from django.conf import settings
from django.utils import translation
from django.utils.html import format_html

from masthead.comments.confirmation import is_confirmed
from masthead.comments.mailing import queue_mail, render_message
from masthead.core.formatting import format_local_datetime, one_line
from masthead.core.links import absolute_url
from masthead.core.models import PublisherSettings
from masthead.news.policies import terms_clause_url

from .models import RejectionReason

TEMPLATES = {
    "approve": "moderation/mail/approved",
    "reject": "moderation/mail/rejected",
}


def queue_decision_mail(comment, action, reason=""):
    """Queue the mail of an approval or a rejection the commenter asked to hear of."""
    if action not in TEMPLATES or not (comment.email and comment.notify_on_decision):
        return
    if not is_confirmed(comment.email):
        return
    queue_mail(decision_message(comment, action, reason), [comment.email])


def decision_message(comment, action, reason=""):
    """Return the rendered message telling the commenter of `action`."""
    given = RejectionReason.objects.filter(code=reason).first() if reason else None
    with translation.override(comment.edition):
        context = _context(comment, given)
        label = reason_label(reason, given)
    # The HTML mail links the reason itself to the clause it cites.
    linked = given and context["terms"]
    if linked:
        linked = format_html('<a href="{}">{}</a>', context["terms"], label)
    context.update(reason=label, reason_html=linked or label)
    return render_message(TEMPLATES[action], context, comment.edition)


def _context(comment, reason=None):
    article = comment.article
    site = article.get_site()
    publisher = PublisherSettings.for_site(site) if site else None
    # The rejection links to the clause its reason cites, in the comment's edition.
    clause = reason.terms_clause if reason else ""
    terms = terms_clause_url(article.edition_home, clause, site)
    return {
        "name": one_line(comment.display_name),
        "title": one_line(article.title),
        "date": format_local_datetime(comment.created_at, comment.edition),
        "site": publisher.publisher_name if publisher else settings.WAGTAIL_SITE_NAME,
        "terms": absolute_url(terms, site) if terms else "",
        "link": absolute_url(comment.get_absolute_url(), site),
    }


def reason_label(code, reason=None):
    """Return a reason code as "label (§clause)" for the commenter."""
    if reason is None:
        return code or translation.gettext("not given")
    return str(reason)
