"""Build the benchmark's site through the project's own functions: migrate and
collectstatic as `masthead demo` does, editions and sections, published articles,
moderators with an API key, and a 500-comment thread whose HTML is rendered by the
project's rerender function.

Import only after django.setup().
"""

import random
import secrets
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import connection
from django.utils import timezone

from masthead.comments.models import Comment, CommentRevision, CommentStatus
from masthead.comments.rendering import rerender_approved
from masthead.demo.launch import prepare_database
from masthead.demo.publishing import stream_blocks
from masthead.moderation.accounts import assign_moderator
from masthead.moderation.keys import issue_token
from masthead.news.models import ArticlePage
from masthead.news.setup import ensure_edition, ensure_section

SECTIONS = {
    "en": ("World", "Business"),
    "ko": ("세계", "경제"),
    "ug": ("دۇنيا", "ئىقتىساد"),
}
PARAGRAPH = (
    "Fishing boats returned to the northern harbour on Tuesday after a week in "
    "which storms kept the fleet ashore, and the council said repairs would begin. "
)
THREAD_WORDS = (
    "the harbour council vote rail link fair report thanks but why not more people "
    "should know this is wrong right price water school road minister promised"
).split()


def fresh_database(reset=False):
    """Migrate and collect static files, like `masthead demo` does first."""
    if connection.vendor == "postgresql" and connection.introspection.table_names():
        name = connection.settings_dict["NAME"]
        if not (reset and "bench" in name):
            raise SystemExit(
                f"The database {name} is not empty. Give the benchmark one of its own, "
                "named *bench*, and pass --reset to empty its public schema first."
            )
        with connection.cursor() as cursor:
            cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    prepare_database()


def make_article(section, title, slug):
    """Publish a plain article (six paragraphs, no images) under `section`."""
    body = [("paragraph", PARAGRAPH * 3)] * 6 + [("subheading", title)]
    article = ArticlePage(
        title=title,
        slug=slug,
        locale=section.locale,
        standfirst=PARAGRAPH,
        body=list(stream_blocks(body, images={})),
    )
    section.add_child(instance=article)
    article.save_revision().publish()
    article.refresh_from_db()
    return article


def build_tree(articles_per_section=5):
    """Return {"flagship": article, "articles": {edition: [article, ...]}}.

    Editions en, ko and ug with two sections each; the flagship (en) is kept out of
    the big load so its thread stays at exactly 500 comments.
    """
    articles = {}
    for code, titles in SECTIONS.items():
        home = ensure_edition(code)
        articles[code] = []
        for number, title in enumerate(titles):
            section = ensure_section(home, title, f"section-{number}")
            for n in range(articles_per_section):
                slug = f"story-{number}-{n}"
                articles[code].append(make_article(section, f"Story {n}", slug))
    world = ensure_section(ensure_edition("en"), "World", "section-0")
    flagship = make_article(world, "Rail link opens", "rail-link-opens")
    return {"flagship": flagship, "articles": articles}


def make_people():
    """Return (the en desk's moderator, their API key, a site admin, every desk's)."""
    password = secrets.token_urlsafe(24)
    desks = [
        assign_moderator(f"bench-{code}", [code], password=password)[0]
        for code in SECTIONS
    ]
    admin = get_user_model().objects.create_superuser("bench-admin", password=password)
    return desks[0], issue_token("bench-en"), admin, desks


def add_approved_thread(article, moderator, count=500, replies=50):
    """Give `article` `count` approved comments, `replies` of them replies.

    Inserted in bulk with no HTML, then rendered by rerender_approved() as a
    template change would be; every 25th carries the moderators' edit marker.
    """
    start = timezone.now() - timedelta(days=2)
    common = {
        "article": article,
        "edition": article.locale.language_code,
        "section_id": article.get_parent().pk,
        "status": CommentStatus.APPROVED,
        "decided_by": moderator,
    }

    def insert(numbers, parents=()):
        made = Comment.objects.bulk_create(
            Comment(
                **common,
                parent=parents[n % len(parents)] if parents else None,
                display_name=f"Reader {n}",
                body=f"Comment {n}: " + " ".join(random.choices(THREAD_WORDS, k=40)),
                edited_by_moderators=n % 25 == 0,
                created_at=start + timedelta(minutes=n),
                decided_at=start + timedelta(minutes=n + 30),
            )
            for n in numbers
        )
        CommentRevision.objects.bulk_create(
            CommentRevision(comment=c, number=1, body=c.body, created_at=c.created_at)
            for c in made
        )
        return made

    top = insert(range(count - replies))
    insert(range(count - replies, count), parents=top)
    return rerender_approved()


def analyze():
    """Give the query planner statistics, as a maintained database has."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("ANALYZE")
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        else:
            cursor.execute("VACUUM ANALYZE")
