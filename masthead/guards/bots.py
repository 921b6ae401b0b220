"""Bots the comment form turned away, counted per day and edition.

The form (masthead.comments.forms) refuses a filled honeypot, a form sent sooner than
MASTHEAD_MIN_FORM_SECONDS after it was shown, and one too old to trust; nothing is
stored. It sends `bot_refused`, and this receiver, connected in
GuardsConfig.ready(), keeps the count the desk can show.
"""

from .models import count_event


def count_bot(sender, edition, kind, **kwargs):
    count_event(edition, kind)
