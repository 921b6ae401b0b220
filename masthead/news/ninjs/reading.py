"""Read a schema-valid ninjs document into a Story: plain values, no database.

What can be wrong with a document is found here (or, for its picture, while
fetching it) before anything is written, so bad input leaves no half article.
"""

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

from django.conf import settings
from django.utils.text import slugify
from django.utils.translation import gettext as _

from masthead.core.editions import UnknownEdition, get_edition

from .errors import invalid
from .html import html_to_blocks, text_to_blocks
from .people import ROLE_FOR_REL
from .pictures import Picture, read_picture
from .texts import media_type, one_line, pick, text_of

TITLE_LIMIT = 255
URI_LIMIT = 500
TAG_LIMIT = 100
BY_SEPARATORS = re.compile(r"\s*(?:,|;|&|\band\b)\s*", re.IGNORECASE)


@dataclass
class Story:
    uri: str
    edition: str
    title: str
    standfirst: str = ""
    body: list = field(default_factory=list)
    authors: list = field(default_factory=list)  # names, in byline order
    credits: list = field(default_factory=list)  # (credit role, name)
    section: tuple | None = None  # (title, slug)
    tags: list = field(default_factory=list)
    picture: Picture | None = None
    first_created: datetime | None = None
    version_created: datetime | None = None


def read_story(document):
    """Return the Story a ninjs text item tells, or raise an ImportFailure."""
    _check_type(document)
    uri = document["uri"]
    if len(uri) > URI_LIMIT:
        raise invalid(
            "uri", _("longer than %(limit)d characters") % {"limit": URI_LIMIT}
        )
    authors, credits = read_people(document)
    section, tags = read_subjects(document.get("subjects", []))
    return Story(
        uri=uri,
        edition=read_edition(document),
        title=read_title(document),
        standfirst=text_of(pick(document.get("descriptions", []), {"summary"})),
        body=read_body(document.get("bodies", [])),
        authors=authors,
        credits=credits,
        section=section,
        tags=tags,
        picture=read_picture(document.get("associations", [])),
        first_created=read_datetime(document, "firstCreated"),
        version_created=read_datetime(document, "versionCreated"),
    )


def _check_type(document):
    kind = document.get("type", "text")
    if kind != "text":
        message = _("only text items become articles, this one is %(type)r")
        raise invalid("type", message % {"type": kind})


def read_edition(document):
    code = document.get("language") or settings.LANGUAGE_CODE
    try:
        return get_edition(code).code
    except UnknownEdition as error:
        raise invalid("language", str(error)) from None


def read_title(document):
    headlines = document.get("headlines", [])
    headline = pick(headlines, {"main"})
    title = ""
    if headline is not None:
        field = f"headlines[{headlines.index(headline)}].value"
        title = one_line(text_of(headline), field, document["uri"]).strip()
    if not title:
        title = one_line(document.get("title", ""), "title", document["uri"]).strip()
    if not title:
        raise invalid("headlines", _("a headline is required"))
    if len(title) > TITLE_LIMIT:
        message = _("the headline is longer than %(limit)d characters")
        raise invalid("headlines", message % {"limit": TITLE_LIMIT})
    return title


def read_body(bodies):
    """Return body blocks from the richest body: HTML first, then plain text."""
    for kind in ("text/html", "text/plain", ""):
        for body in bodies:
            if media_type(body) == kind:
                reader = html_to_blocks if kind == "text/html" else text_to_blocks
                return reader(body["value"])
    return []


def read_people(document):
    """Return (author names, (credit role, name) pairs) in the document's order."""
    authors, credits = [], []
    for person in document.get("people", []):
        name = person.get("name", "").strip()
        rel = person.get("rel", "").lower()
        if name and rel == "author":
            authors.append(name)
        elif name and rel in ROLE_FOR_REL:
            credits.append((ROLE_FOR_REL[rel], name))
    if not authors:
        authors = split_by(document.get("by", ""))
    return authors, credits


def split_by(statement):
    """Return the names in a byline statement: "By A, B and C" gives A, B, C."""
    statement = re.sub(r"^\s*by\s+", "", statement, flags=re.IGNORECASE)
    return [name for name in BY_SEPARATORS.split(statement) if name.strip()]


def read_subjects(subjects):
    """Return (section title and slug, or None; tag names) from the subjects."""
    section, tags = None, []
    for subject in subjects:
        name = (subject.get("name") or subject.get("literal") or "").strip()
        if subject.get("rel") == "section" and section is None and name:
            slug = slugify(subject.get("literal") or name, allow_unicode=True)
            section = (name, slug or None)
        elif name and name.lower() not in {tag.lower() for tag in tags}:
            tags.append(name[:TAG_LIMIT])
    return section, tags


def read_datetime(document, key):
    value = document.get(key)
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        message = _("not a date and time: %(value)r")
        raise invalid(key, message % {"value": value}) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
