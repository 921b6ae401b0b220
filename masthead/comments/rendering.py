"""Approved comments as HTML: rendered once when decided, reused on every page view."""

from django.template.loader import render_to_string
from django.utils import translation


def render_comment_html(comment):
    """Return the public HTML of one approved comment in its edition's language."""
    with translation.override(comment.edition):
        return render_to_string("comments/comment.html", {"comment": comment})
