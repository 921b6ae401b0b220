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

# Fixtures that start a site in a process of its own, which takes half a minute or
# more. With `--dist loadgroup` (CI) the tests sharing one run on the same xdist
# worker, so each is built once per run rather than once on every worker.
SHARED_SITES = {
    "demo_site": "session",
    "served_site": "session",
    "soak_site": "module",
    "hostile_site": "module",
    "site_env": "module",
}


def pytest_collection_modifyitems(config, items):
    for item in items:
        shared = [name for name in SHARED_SITES if name in item.fixturenames]
        if not shared:
            continue
        name = shared[0]
        group = (
            name
            if SHARED_SITES[name] == "session"
            else f"{name}@{item.module.__name__}"
        )
        item.add_marker(pytest.mark.xdist_group(group))


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


def restore_migrated_data():
    """Put back the rows migrations create: the page and collection roots, reasons.

    A transactional test (live server, threads) empties every table when it ends;
    later tests in the same process would then start without them.
    """
    from importlib import import_module

    from django.apps import apps
    from wagtail.models import Collection, Locale, Page

    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    if Page.get_first_root_node() is not None:
        return  # the tables were not emptied: everything migrations made is there
    locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    reasons = import_module("masthead.moderation.migrations.0002_default_reasons")
    reasons.add_reasons(apps, None)


@pytest.fixture
def en_home(db):
    restore_migrated_data()
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
def make_policy_page(db):
    """Publish a policy page of `kind` under an edition home; `clauses` is a list
    of (number, heading, text)."""
    from masthead.news.models import PolicyPage

    def make(home, kind="terms", title="Terms of Use", clauses=(), **fields):
        body = [
            ("clause", {"number": number, "heading": heading, "text": f"<p>{text}</p>"})
            for number, heading, text in clauses
        ]
        page = PolicyPage(
            title=title, slug=fields.pop("slug", kind), kind=kind, body=body, **fields
        )
        home.add_child(instance=page)
        page.save_revision().publish()
        page.refresh_from_db()
        return page

    return make


@pytest.fixture
def en_terms(en_home, make_policy_page):
    return make_policy_page(
        en_home,
        clauses=[
            ("3", "Comments", "What a comment may not contain."),
            ("3.3", "Spam", "No advertising."),
            ("3.4", "Off topic", "Stay on the story."),
        ],
    )


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
