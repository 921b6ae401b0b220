"""The serving benchmark's site, built after `masthead demo --no-serve`: the demo's
flagship article topped up to 200 approved comments, its page baked again, and the
thread written out for Isso to load the same comments.

    python bench/serving_site.py OUT.json   (with MASTHEAD_DATA of the demo)

Run by bench/serving.py in its own process, with the same environment as the server.
"""

import json
import os
import sys

THREAD = 200


def top_up(article, moderator):
    """Give `article` exactly THREAD approved comments, one in ten of the new ones
    a reply, rendered by the project's own rerender function (bench/builders.py)."""
    import builders

    from masthead.comments.models import Comment, CommentStatus

    approved = Comment.objects.filter(article=article, status=CommentStatus.APPROVED)
    missing = THREAD - approved.count()
    if missing < 0:
        raise SystemExit(f"the flagship already has {approved.count()} comments")
    if missing:
        builders.add_approved_thread(
            article, moderator, count=missing, replies=missing // 10
        )
    return approved.order_by("created_at", "pk")


def main(out):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings.demo")
    import django

    django.setup()
    from django.contrib.auth import get_user_model

    from masthead.demo.launch import page_path
    from masthead.demo.loader import find_flagship
    from masthead.mirror.baking import bake

    article = find_flagship()
    moderator = get_user_model().objects.order_by("pk").first()
    thread = top_up(article, moderator)
    path = page_path(article)
    # The comments went in without the decision signals: bake the page again.
    if path not in bake([path]):
        raise SystemExit(f"{path} could not be baked")
    comments = [
        {"id": c.pk, "parent": c.parent_id, "name": c.display_name, "body": c.body}
        for c in thread
    ]
    data = {"path": path, "article_id": article.pk, "comments": comments}
    with open(out, "w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
