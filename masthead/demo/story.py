"""The shape of a demo story, written as data so the text reads like an article."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Story:
    """One article: where it goes, who wrote it, and its body as simple blocks.

    `image` and the image blocks name pictures from `masthead.demo.images`; people are
    keys of `masthead.demo.people.PEOPLE`; `related` and `translation_of` are keys of
    stories listed earlier, so each story can be published in a single pass.
    """

    key: str
    edition: str
    section: str
    title: str
    slug: str
    standfirst: str
    dateline: str
    image: str
    caption: str
    authors: tuple
    body: tuple
    hours_ago: float
    credits: tuple = ()
    tags: tuple = ()
    related: tuple = ()
    translation_of: str = ""
    updated_hours_ago: float | None = None
    # The lead picture's credit, when the picture is another edition's.
    credit: str = ""


def paragraph(text):
    return ("paragraph", text)


def subheading(text):
    return ("subheading", text)


def quote(text, attribution):
    return ("quote", text, attribution)


def image(key, caption, credit=""):
    """A picture in the body; `credit` when it is another edition's picture."""
    return ("image", key, caption, credit)
