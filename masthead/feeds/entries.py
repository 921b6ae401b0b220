"""What a feed says about each article: one FeedEntry per live article, newest first."""

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import F, Prefetch
from django.template.loader import render_to_string
from django.utils.html import escape

from masthead.core.editions import get_edition
from masthead.news.credits import credit_sentences
from masthead.news.models import ArticleAuthor, ArticleCredit, ArticlePage

from .text import feed_html, xml_safe


@dataclass
class FeedEntry:
    title: str
    link: str
    guid: str
    summary: str
    published: datetime
    updated: datetime
    authors: list = field(default_factory=list)  # (name, profile URL)
    contributors: list = field(default_factory=list)
    content: str | None = None


def live_articles(listing, limit):
    """Return the newest live, public articles under a home or section page."""
    return (
        ArticlePage.objects.live()
        .public()
        .descendant_of(listing)
        .select_related("locale", "lead_image")
        .prefetch_related(
            Prefetch("authors", ArticleAuthor.objects.select_related("person")),
            Prefetch("credits", ArticleCredit.objects.select_related("person")),
            "authors__person__localized_names",
            "credits__person__localized_names",
            "lead_image__renditions",
        )
        # PostgreSQL would put an article without a date first; SQLite last.
        .order_by(F("first_published_at").desc(nulls_last=True), "-pk")[:limit]
    )


def stable_guid(article):
    """Return an identifier that survives a new slug, a move and a database copy.

    A translation key with a locale names exactly one page in Wagtail.
    """
    name = article.locale.language_code
    return f"urn:uuid:{uuid.uuid5(article.translation_key, name)}"


def _in_order(rows):
    # Rows added in code rather than the admin have no sort_order: pk breaks ties.
    return sorted(rows, key=lambda row: (row.sort_order or 0, row.pk))


def _people(rows, edition_code, profile_url):
    seen, people = set(), []
    for row in _in_order(rows):
        if row.person_id not in seen:
            seen.add(row.person_id)
            name = xml_safe(row.person.name_in(edition_code))
            people.append((name, profile_url(row.person)))
    return people


def full_text(article, link, credits, edition_code):
    """Return the article's lead image, standfirst, body and credits as clean HTML."""
    html = render_to_string(
        "feeds/item_content.html",
        {
            "article": article,
            "edition": get_edition(edition_code),
            "credit_sentences": credit_sentences(credits, edition_code),
        },
    )
    return feed_html(html, link)


def feed_entry(article, request, home, with_full_text):
    code = article.locale.language_code
    home_url = home.get_full_url(request)

    def profile_url(person):
        return home_url + home.reverse_subpage("person", kwargs={"slug": person.slug})

    link = article.get_full_url(request)
    credits = _in_order(article.credits.all())
    published = article.first_published_at
    return FeedEntry(
        title=xml_safe(article.title),
        link=link,
        guid=stable_guid(article),
        summary=escape(xml_safe(article.standfirst)),
        published=published,
        # Atom's "updated" is a change the publisher thinks significant: the
        # editor's "Updated" time, not every republish of a typo fix.
        updated=article.updated_at or published,
        authors=_people(article.authors.all(), code, profile_url),
        contributors=_people(credits, code, profile_url),
        content=full_text(article, link, credits, code) if with_full_text else None,
    )
