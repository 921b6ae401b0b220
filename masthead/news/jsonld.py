"""schema.org NewsArticle for an article page, with every credited person."""

import json

from django.utils.safestring import mark_safe

from masthead.news.credits import credit_role

from .addresses import page_full_url
from .seo import absolute, lead_image_preview


def person_json(page, person):
    return {
        "@type": "Person",
        "name": person.name_in(page.locale.language_code),
        "url": absolute(page, page.edition_home.person_url(person)),
    }


def news_article(page, request=None):
    """Return the NewsArticle JSON-LD dictionary for an article page."""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": page.get_full_url(request),
        "url": page.get_full_url(request),
        "headline": page.title,
        "description": page.standfirst,
        "inLanguage": page.edition.hreflang,
        "author": [person_json(page, person) for person in page.byline()],
        "publisher": _publisher(page),
        "articleSection": page.section.title,
        "keywords": [tag.name for tag in page.tags.all()],
    }
    data.update(_dates(page))
    data.update(_credits(page))
    image = lead_image_preview(page)
    if image:
        data["image"] = [
            {
                "@type": "ImageObject",
                "url": image["url"],
                "width": image["width"],
                "height": image["height"],
                "caption": page.lead_caption or image["alt"],
            }
        ]
    original = page.public_original
    if original is not None:
        data["translationOfWork"] = {
            "@type": "NewsArticle",
            "@id": page_full_url(original),
            "headline": original.title,
            "inLanguage": original.edition.hreflang,
        }
    return data


def _dates(page):
    dates = {}
    if page.first_published_at:
        dates["datePublished"] = page.first_published_at.isoformat()
    modified = page.updated_at or page.last_published_at or page.first_published_at
    if modified:
        dates["dateModified"] = modified.isoformat()
    return dates


def _credits(page):
    """Group credited people under the NewsArticle property their role maps to."""
    grouped = {}
    for credit in page.ordered_credits():
        prop = credit_role(credit.role).schema_property
        grouped.setdefault(prop, []).append(person_json(page, credit.person))
    return grouped


def _publisher(page):
    from masthead.core.models import PublisherSettings

    publisher = PublisherSettings.for_site(page.home_site)
    return {
        "@type": "NewsMediaOrganization",
        "name": publisher.publisher_name,
        "url": page.home_site.root_url + "/",
    }


def json_ld_script(data):
    """Return a <script> element whose JSON cannot close the element early."""
    text = json.dumps(data, ensure_ascii=False)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308
