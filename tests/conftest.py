"""Fixtures that build the smallest page tree a test needs (never the demo data)."""

import io
import itertools

import pytest
from django.conf import settings
from django.core.files.images import ImageFile
from django.utils import timezone, translation
from PIL import Image as PILImage

from masthead.news.models import (
    ArticleAuthor,
    ArticleCredit,
    ArticlePage,
    NewsImage,
    Person,
)
from masthead.news.setup import ensure_edition, ensure_section

_counter = itertools.count(1)


@pytest.fixture(autouse=True)
def default_language():
    """Start and leave every test in the default language.

    Requests activate their edition's language on the test's thread and Django does
    not switch it back, so one test's Uyghur page would otherwise change the next
    test's messages.
    """
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def en_home(db):
    return ensure_edition("en")


@pytest.fixture
def ko_home(en_home):
    return ensure_edition("ko")


@pytest.fixture
def ug_home(en_home):
    return ensure_edition("ug")


@pytest.fixture
def en_section(en_home):
    return ensure_section(en_home, "World", "world")


@pytest.fixture
def make_person(db):
    def make(name, **fields):
        slug = fields.pop("slug", f"person-{next(_counter)}")
        return Person.objects.create(name=name, slug=slug, **fields)

    return make


@pytest.fixture
def make_image(db):
    def make(title="Harbour at dawn", size=(1200, 800), **fields):
        buffer = io.BytesIO()
        PILImage.new("RGB", size, (30, 90, 140)).save(buffer, format="JPEG")
        image_file = ImageFile(buffer, name=f"test-{next(_counter)}.jpg")
        return NewsImage.objects.create(title=title, file=image_file, **fields)

    return make


@pytest.fixture
def make_article(db):
    """Publish an article under `parent` with the given authors and credits.

    `credits` is a list of (role, person, desk) tuples in editorial order.
    """

    def make(parent, title="Fishermen return to the northern harbour", **fields):
        authors = fields.pop("authors", [])
        credits = fields.pop("credits", [])
        fields.setdefault("slug", f"article-{next(_counter)}")
        article = ArticlePage(title=title, locale=parent.locale, **fields)
        for person in authors:
            article.authors.add(ArticleAuthor(person=person))
        for role, person, desk in credits:
            article.credits.add(ArticleCredit(role=role, person=person, desk=desk))
        parent.add_child(instance=article)
        article.save_revision().publish()
        if fields.get("first_published_at"):
            ArticlePage.objects.filter(pk=article.pk).update(
                first_published_at=fields["first_published_at"]
            )
        article.refresh_from_db()
        return article

    return make


@pytest.fixture
def now():
    return timezone.now()
