"""An article as an IPTC ninjs 3.1 text item, the shape the importer reads back.

ninjs 3.x has no version property of its own: an item names the standard it follows
in `standard` ({"name": "ninjs", "version": "3.1", "schema": ...}).
"""

import mimetypes

from masthead.core.formatting import format_people_list

from .html import blocks_to_html
from .people import rel_for_role
from .schema import SCHEMA_URI

NINJS_VERSION = "3.1"


def export_article(page, request=None):
    """Return the ninjs dictionary for an article; `request` makes URLs absolute."""

    def absolute(url):
        if url.startswith(("http://", "https://")):
            return url
        if request is not None:
            return request.build_absolute_uri(url)
        return page.get_site().root_url + url

    edition = page.locale.language_code
    document = {
        "uri": page.external_uri or page.get_full_url(request),
        "type": "text",
        "standard": {"name": "ninjs", "version": NINJS_VERSION, "schema": SCHEMA_URI},
        "language": edition,
        **_dates(page),
        "headlines": [{"role": "main", "value": page.title}],
        "descriptions": _descriptions(page),
        **_people(page, edition, absolute),
        "subjects": _subjects(page, request),
        "bodies": _bodies(page, absolute),
        "associations": _associations(page, absolute),
    }
    return {key: value for key, value in document.items() if value}


def _descriptions(page):
    if not page.standfirst:
        return []
    return [{"role": "summary", "contentType": "text/plain", "value": page.standfirst}]


def _bodies(page, absolute):
    markup = blocks_to_html(page.body, absolute)
    if not markup:
        return []
    return [{"role": "main", "contentType": "text/html", "value": markup}]


def _people(page, edition, absolute):
    """Return `by` (the byline as readers see it) and `people`, byline first."""
    home = page.edition_home
    authors = page.byline()

    def entry(person, rel):
        url = absolute(home.person_url(person))
        return {"name": person.name_in(edition), "rel": rel, "uri": url}

    people = [entry(person, "author") for person in authors]
    people += [
        entry(credit.person, rel_for_role(credit.role))
        for credit in page.ordered_credits()
    ]
    names = [person.name_in(edition) for person in authors]
    by = format_people_list(names, edition) if names else ""
    return {"by": by, "people": people}


def _subjects(page, request):
    section = page.get_parent().specific
    subjects = [
        {
            "name": section.title,
            "rel": "section",
            "literal": section.slug,
            "uri": section.get_full_url(request),
        }
    ]
    return subjects + [{"name": tag.name} for tag in page.tags.order_by("name")]


def _dates(page):
    # The current version of a story that was never "updated" is its last publication.
    version = page.updated_at or page.last_published_at or page.first_published_at
    moments = {"firstCreated": page.first_published_at, "versionCreated": version}
    return {key: moment.isoformat() for key, moment in moments.items() if moment}


def _associations(page, absolute):
    image = page.lead_image
    if image is None:
        return []
    href = absolute(image.file.url)
    descriptions = [
        ("caption", page.lead_caption),
        ("alt", image.description),
        ("creditline", page.lead_picture_credit()),
    ]
    return [
        {
            "name": "lead",
            "rel": "lead",
            "type": "picture",
            "uri": href,
            "headlines": [{"role": "main", "value": image.title}],
            "descriptions": [
                {"role": role, "value": value} for role, value in descriptions if value
            ],
            "renditions": [_original(image, href)],
        }
    ]


def _original(image, href):
    rendition = {
        "name": "original",
        "href": href,
        "width": image.width,
        "height": image.height,
    }
    content_type, _encoding = mimetypes.guess_type(image.file.name)
    if content_type:
        rendition["contentType"] = content_type
    if image.file_size:
        rendition["sizeInBytes"] = image.file_size
    return rendition
