"""Fixtures that build the smallest page tree a test needs (never the demo data)."""

import contextlib
import functools
import io
import itertools
import os
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.files.images import ImageFile
from django.db import connections
from django.utils import timezone, translation
from PIL import Image as PILImage

from masthead.comments import submission
from masthead.moderation.models import DeskAssignment
from masthead.news.models import (
    ArticleAuthor,
    ArticleCredit,
    ArticlePage,
    NewsImage,
    Person,
)
from masthead.news.setup import ensure_edition, ensure_section

_counter = itertools.count(1)

# Fixtures that take half a minute or more to build: a site started in a process of
# its own, or the demo newsroom. Under xdist the tests sharing a session-wide one
# run on the same worker, and a module using a module-wide one stays whole, so each
# is built once per run rather than once on every worker that gets one of its tests.
SESSION_SITES = ("demo_site", "served_site")
MODULE_SITES = ("soak_site", "hostile_site", "site_env", "demo_newsroom", "cluster_run")


@functools.cache
def shared_site_group(module):
    """Return the work unit `module`'s tests go in together, or None."""
    text = (Path(__file__).resolve().parent.parent / module).read_text("utf-8")
    for name in SESSION_SITES:
        if name in text:
            return name
    if any(name in text for name in MODULE_SITES):
        return module
    return None


def pytest_xdist_make_scheduler(config, log):
    from xdist.scheduler import LoadScopeScheduling

    class SharedSiteScheduling(LoadScopeScheduling):
        """Every other test is a work unit of its own, as with `--dist load`."""

        def _split_scope(self, nodeid):
            return shared_site_group(nodeid.split("::", 1)[0]) or nodeid

    return SharedSiteScheduling(config, log)


# Tests that start servers or run long loops, each a minute or more, but never flush
# the database: started first, so the run does not end with one worker busy for
# minutes while the other waits. (Live-server tests flush it, so they stay last.)
SLOW_FIRST = (
    "tests/reliability/",
    "tests/core/test_serve.py",
    "tests/browser/test_hostile_pages.py",
)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    hand_out_slow_first(items)
    refuse_database_tests_marked_independent(items)
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        stop_if_chromium_is_missing(item.nodeid for item in items)


def hand_out_slow_first(items):
    """Move the slow tests to the front, keeping every other order as it was."""
    items.sort(key=lambda item: not item.nodeid.startswith(SLOW_FIRST))


def refuse_database_tests_marked_independent(items):
    """Stop the run naming each test marked `database_independent` that asks for
    the database: CI's PostgreSQL pass leaves those out, so it would never run there."""
    wrong = [
        item.nodeid
        for item in items
        if item.get_closest_marker("database_independent")
        and (
            "_django_db_helper" in item.fixturenames
            or item.get_closest_marker("django_db")
        )
    ]
    if wrong:
        raise pytest.UsageError(
            "Marked database_independent but asks for the database; remove the "
            "mark:\n" + "\n".join(wrong)
        )


def pytest_xdist_node_collection_finished(node, ids):
    # Under xdist the workers collect; a worker that stopped the run would leave an
    # internal error, so the controller stops it once a worker has said what it has.
    stop_if_chromium_is_missing(ids)


# Every test marked `browser` is in this folder.
BROWSER_TESTS = "tests/browser/"
CHROMIUM_MISSING = (
    "The browser tests need Debian's Chromium and Noto fonts: run `apt-get install "
    "chromium fonts-noto-core fonts-noto-cjk` as root, or leave them out with "
    "-m 'not browser'."
)


def stop_if_chromium_is_missing(nodeids):
    """Stop the run with one line saying what to install, rather than fail each
    browser test in turn, when the run has browser tests and no Chromium."""
    if shutil.which("chromium") is None and any(
        nodeid.startswith(BROWSER_TESTS) for nodeid in nodeids
    ):
        pytest.exit(CHROMIUM_MISSING, returncode=pytest.ExitCode.USAGE_ERROR)


@pytest.fixture(scope="session")
def django_db_setup(
    request,
    django_test_environment,
    django_db_blocker,
    django_db_modify_db_settings,
    tmp_path_factory,
):
    """Migrate once per run: xdist workers copy the first one's test database."""
    from django.test.utils import teardown_databases
    from pytest_django.fixtures import _get_databases_for_setup

    from tests import migrated
    from tests.flush import delete_rather_than_truncate

    delete_rather_than_truncate(connections["default"])
    aliases, serialized_aliases = _get_databases_for_setup(request.session.items)
    # Asked for by a fixture (the demo site copies the newsroom from the test
    # database) in a run of tests that use no database themselves: migrate it anyway.
    aliases = aliases or {"default"}
    verbosity = request.config.option.verbose
    with django_db_blocker.unblock():
        config = migrated.setup_test_databases(
            tmp_path_factory,
            verbosity=verbosity,
            interactive=False,
            aliases=aliases,
            serialized_aliases=serialized_aliases,
        )
    yield
    with django_db_blocker.unblock():
        for connection, _name, destroy in config:
            if destroy:
                migrated.end_sessions_left_on(connection)
        teardown_databases(config, verbosity=verbosity)


def pytest_sessionfinish(session):
    """Drop the PostgreSQL templates the workers of this run copied, once they end."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        return
    from pytest_django.plugin import blocking_manager_key

    from tests import migrated, newsroom

    with session.config.stash[blocking_manager_key].unblock():
        migrated.drop_test_template(session.config._tmp_path_factory)
        newsroom.drop_newsroom_template(session.config._tmp_path_factory)


@pytest.fixture(autouse=True)
def reference_index_off(request):
    """Leave Wagtail's reference index (the admin's "used in" lists) unwritten.

    Every save of a page, image or snippet indexes what it refers to, a sixth of the
    time a test spends building its pages; no test reads the index unless marked
    `reference_index`. Only the test's own thread is affected.
    """
    if request.node.get_closest_marker("reference_index"):
        yield
        return
    from wagtail.signal_handlers import disable_reference_index_auto_update

    with disable_reference_index_auto_update():
        yield


@pytest.fixture(autouse=True)
def search_index_off(request):
    """Leave Wagtail's own search index (the admin's page and person search) unwritten.

    Every save of a page, image or person indexes it, a tenth of the time a test
    spends building its pages; no test searches that index unless marked
    `search_index` (readers' search has an index of its own, masthead.search).
    """
    if request.node.get_closest_marker("search_index"):
        yield
        return
    with search_index_updates_off():
        yield


@contextlib.contextmanager
def search_index_updates_off():
    from django.db.models.signals import post_delete, post_save
    from modelsearch import index, signal_handlers

    # The models modelsearch connected in ready(): those that update on save.
    models = [
        model
        for model in index.get_indexed_models()
        if getattr(model, "search_auto_update", True)
    ]
    handlers = (
        (post_save, signal_handlers.post_save_signal_handler),
        (post_delete, signal_handlers.post_delete_signal_handler),
    )
    for model in models:
        for signal, handler in handlers:
            signal.disconnect(handler, sender=model)
    try:
        yield
    finally:
        for model in models:
            for signal, handler in handlers:
                signal.connect(handler, sender=model)


@pytest.fixture(autouse=True)
def no_kept_parts():
    """Start every test without kept parts of pages (masthead/core/fragments.py).

    A rolled-back test's page ids and revision ids come back in the next test (SQLite
    takes them again), so a part kept by one test could be shown by another.
    """
    caches["fragments"].clear()


@pytest.fixture(autouse=True)
def no_kept_bans():
    """Start every test with bans read afresh: a rolled-back test's bans leave no
    signal behind (masthead/guards/bans.py)."""
    from masthead.guards.bans import kept_bans

    kept_bans.forget()
    kept_bans.generation = None


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


@pytest.fixture
def article(en_section, make_article):
    return make_article(en_section, title="Rail link opens")


@pytest.fixture
def illustrated_article(en_section, make_article, make_person, make_image):
    """An English article with a lead picture, a body picture and a byline."""
    author = make_person("Ana Reyes", slug="ana-reyes")
    return make_article(
        en_section,
        title="Fishermen return to the northern harbour",
        standfirst="After two empty seasons, the catch is back.",
        authors=[author],
        credits=[("additional_reporting", make_person("Kim Ha-neul"), "ko")],
        lead_image=make_image(description="Boats moored at dawn", credit="Sara Vo"),
        lead_caption="Boats in the harbour at first light.",
        body=[
            ("paragraph", "<p>The boats came back before dawn.</p>"),
            ("quote", {"text": "The harbour is full again.", "attribution": "Mina"}),
            ("image", {"image": make_image(), "caption": "Mending nets."}),
        ],
    )


@pytest.fixture
def pending_comment(article):
    prepared = submission.prepare(
        article,
        display_name="Reader",
        body="A fair report.",
        address="203.0.113.9",
        email="reader@example.org",
    )
    return submission.store(prepared)


@pytest.fixture
def make_moderator(django_user_model):
    def make(username, edition="en", section=None):
        user = django_user_model.objects.create_user(username, password="pw")
        DeskAssignment.objects.create(user=user, edition=edition, section=section)
        return user

    return make


@pytest.fixture
def moderator(make_moderator):
    return make_moderator("mina")
