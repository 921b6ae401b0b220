"""Wagtail's frontend cache (a CDN) is told of the same URLs as the baked pages."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tasks import task_backends

from .conftest import feeds_installed, with_lite

SITE = "http://127.0.0.1:8000"


def test_approval_purges_the_article_its_fronts_and_their_copies_at_the_cdn(
    article, post_comment, decide, cdn
):
    decide("approve", post_comment(article))
    # The fronts above the article count its comments ("Most commented").
    paths = [article.url, "/en/", "/en/world/"]
    assert sorted(cdn) == sorted(SITE + path for path in with_lite(*paths))


def test_publication_purges_the_article_its_listings_and_feeds_at_the_cdn(
    en_section, make_article, cdn, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        article = make_article(en_section, title="Port strike ends")
    feeds = ["/en/rss.xml", "/sitemap.xml"] if feeds_installed() else []
    for path in [article.url, "/en/world/", "/en/", *feeds]:
        assert SITE + path in cdn


def test_unpublication_purges_the_article_at_the_cdn(
    article, cdn, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        article.unpublish()
    assert SITE + article.url in cdn and SITE + "/en/world/" in cdn


def test_section_publication_purges_its_edition_folder_at_the_cdn(
    en_home, cdn, django_capture_on_commit_callbacks
):
    from masthead.news.setup import ensure_section

    section = ensure_section(en_home, "Sport", "sport")
    with django_capture_on_commit_callbacks(execute=True):
        section.save_revision().publish()
    assert SITE + "/en/" in cdn and SITE + "/en/sport/" in cdn


def test_cdn_alone_is_told_when_baked_pages_are_off(
    article, post_comment, decide, cdn, settings, mirror
):
    settings.MASTHEAD_MIRROR = False
    decide("approve", post_comment(article))
    assert SITE + article.url in cdn


def test_korean_address_is_sent_to_the_cdn_percent_encoded(
    ko_home, make_article, cdn, django_capture_on_commit_callbacks
):
    from masthead.news.setup import ensure_section

    section = ensure_section(ko_home, "세계", "세계")
    with django_capture_on_commit_callbacks(execute=True):
        article = make_article(section, title="철도 개통", slug="철도-개통")
    assert SITE + article.url in cdn and "%EC%B2%A0" in article.url


def test_cdn_purge_waits_in_the_mirror_task_backend(
    article, post_comment, decide, cdn, settings
):
    """A slow CDN API never holds up the moderator's answer: the purge is a job."""
    settings.TASKS = {
        **settings.TASKS,
        "queued": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"},
    }
    settings.MASTHEAD_MIRROR_TASKS = "queued"
    decide("approve", post_comment(article))
    assert cdn == []
    jobs = task_backends["queued"].results
    refreshes = [job for job in jobs if job.task.name == "refresh_change"]
    assert len(refreshes) == 1 and article.url in refreshes[0].args[0]["paths"]


def test_publication_purges_its_own_edition_address_only(
    en_section, make_article, cdn, django_capture_on_commit_callbacks
):
    """Wagtail's purge would add the path under every other language prefix
    (WAGTAILFRONTENDCACHE_LANGUAGES): an edition's pages have paths of their own."""
    with django_capture_on_commit_callbacks(execute=True):
        article = make_article(en_section, title="Port strike ends")
    assert SITE + article.url in cdn
    assert not [url for url in cdn if url.startswith(SITE + "/ko/")]


def test_a_desk_working_through_a_thread_works_out_its_addresses_once(
    article, post_comment, decide, cdn, en_section, django_capture_on_commit_callbacks
):
    first, second = post_comment(article), post_comment(article, body="Another.")
    with CaptureQueriesContext(connection) as one:
        decide("approve", first)
    told_first = sorted(cdn)
    cdn.clear()
    with CaptureQueriesContext(connection) as again:
        decide("approve", second)
    assert sorted(cdn) == told_first
    assert len(again) <= len(one) - 4  # the article and its fronts not looked up
    # A publication may change the addresses: they are worked out again.
    with django_capture_on_commit_callbacks(execute=True):
        en_section.save_revision().publish()
    cdn.clear()
    decide("reject", second, reason="spam", seen_status="approved")
    assert sorted(cdn) == told_first
