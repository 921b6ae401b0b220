"""The soak's two looks at the database, run with the server's own settings.

`python bench/soak_site.py setup N_ARTICLES N_MODERATORS [PASSWORD]` builds a section
with live articles, and moderators with API keys (and that desk password);
`python bench/soak_site.py verify` reads what the database holds. Both print one JSON
object. They run in a process of their own (with the server's DJANGO_SETTINGS_MODULE,
MASTHEAD_DATA and DATABASE_URL), so the soak driver itself never imports Django.
"""

import json
import re
import sys
from collections import Counter

import django

MARKER = re.compile(r"soak-[0-9a-f]+-[fa]\d+-\d+")
DECISIONS = ("approve", "reject", "edit")


def setup(articles, moderators, password=None):
    from django.contrib.auth import get_user_model

    from masthead.moderation.accounts import desk_group
    from masthead.moderation.models import (
        DeskAssignment,
        ModeratorToken,
        RejectionReason,
    )
    from masthead.news.models import ArticlePage
    from masthead.news.setup import ensure_edition, ensure_section

    section = ensure_section(ensure_edition("en"), "Soak", "soak")
    pages = []
    for number in range(articles):
        page = ArticlePage(title=f"Soak article {number}", slug=f"soak-{number}")
        page.locale = section.locale
        section.add_child(instance=page)
        page.save_revision().publish()
        pages.append(page.specific)
    keys = []
    for number in range(moderators):
        username = f"soak-moderator-{number}"
        user = get_user_model().objects.create_user(username, password=password)
        DeskAssignment.objects.create(user=user, edition="en")
        if password:
            user.groups.add(desk_group())  # signs in at the desk's HTML pages
        keys.append(ModeratorToken.issue(user))
    reason = RejectionReason.objects.filter(active=True).values_list("code", flat=True)
    return {
        "articles": [{"id": page.pk, "url": page.url} for page in pages],
        "keys": keys,
        "reason": reason.first(),
    }


def verify():
    """Return what every check of the soak needs from the database, in one pass."""
    from wagtail.models import ModelLogEntry

    from masthead.comments.models import Comment, CommentRevision

    firsts = Counter()
    for body in CommentRevision.objects.filter(number=1).values_list("body", flat=True):
        for marker in MARKER.findall(body):
            firsts[marker] += 1
    comments = Comment.objects.values_list("pk", "status", "revision", "body")
    revisions = Counter(CommentRevision.objects.values_list("comment_id", flat=True))
    statuses = Counter(status for _pk, status, _revision, _body in comments)
    entries = ModelLogEntry.objects.filter(
        action__in=[f"masthead.comment.{name}" for name in DECISIONS],
        user__username__startswith="soak-moderator-",
    ).values_list("action", "object_id")
    decided_twice = Counter(
        object_id for action, object_id in entries if not action.endswith(".edit")
    )
    return {
        "waiting_jobs": waiting_jobs(),
        "markers": {marker: count for marker, count in firsts.items()},
        "ids": [pk for pk, *_rest in comments],
        "statuses": dict(statuses),
        "audit": dict(Counter(action.rsplit(".", 1)[1] for action, _id in entries)),
        "decided_more_than_once": [pk for pk, n in decided_twice.items() if n > 1],
        "revision_gaps": [
            pk for pk, _s, revision, _b in comments if revisions[pk] != revision
        ],
    }


def waiting_jobs():
    """Return how many background jobs (triage of new comments) are not done yet."""
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(status__in=["READY", "RUNNING"]).count()


def main(arguments):
    django.setup()
    if arguments[0] == "setup":
        result = setup(int(arguments[1]), int(arguments[2]), *arguments[3:4])
    elif arguments[0] == "waiting":
        result = {"waiting_jobs": waiting_jobs()}
    else:
        result = verify()
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1:])
