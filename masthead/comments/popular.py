"""The stories readers talk about most: the "Most commented" block of a front."""

from django.db.models import Count, Q

from masthead.comments.models import CommentStatus
from masthead.news.models import ArticlePage

MOST_COMMENTED_SIZE = 5


def most_commented(page, limit=MOST_COMMENTED_SIZE):
    """Return the live, public stories under `page` with the most approved comments.

    Only approved comments count: a story flooded with comments the desk has not
    read (or refused) must not climb the front.
    """
    approved = Count(
        "reader_comments", filter=Q(reader_comments__status=CommentStatus.APPROVED)
    )
    return list(
        ArticlePage.objects.live()
        .public()
        .descendant_of(page)
        .annotate(approved_comments=approved)
        .filter(approved_comments__gt=0)
        .order_by("-approved_comments", "-first_published_at")[:limit]
    )
