"""Approved comments as HTML: rendered once when decided, reused on every page view."""

from django.template.loader import render_to_string
from django.utils import translation

from masthead.core.fragments import content_changed


def render_comment_html(comment):
    """Return the public HTML of one approved comment in its edition's language."""
    with translation.override(comment.edition):
        return render_to_string("comments/comment.html", {"comment": comment})


def rerender_approved(batch_size=500):
    """Render every approved comment's HTML again; return how many were rendered.

    Run after a template or translation change: stored HTML is what readers see.
    """
    from .models import Comment

    rendered = 0
    approved = Comment.objects.approved().order_by("pk")
    for comment in approved.iterator(chunk_size=batch_size):
        html = render_comment_html(comment)
        # Only onto the revision rendered: a moderator may have edited it meanwhile.
        rendered += (
            Comment.objects.approved()
            .filter(pk=comment.pk, revision=comment.revision)
            .update(rendered_html=html)
        )
    # Every kept list of comments shows the old HTML.
    content_changed()
    return rendered


def forget_rendered_html(sender, edition_code, **kwargs):
    """Drop the stored HTML of an edition's approved comments, so each is rendered
    again when next shown (its dates follow the edition's digits)."""
    from .models import Comment

    Comment.objects.approved().filter(edition=edition_code).update(rendered_html="")
