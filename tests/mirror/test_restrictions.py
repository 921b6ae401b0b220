"""A view restriction (password, login, groups) takes a page out of the mirror at
once, with everything under it and every listing, feed and sitemap naming it; taking
the restriction off bakes them all again."""

import re

import pytest
from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from wagtail.models import PageViewRestriction

from masthead.mirror.baking import keepable, mark_bakeable
from masthead.news.models import RelatedArticle
from masthead.news.setup import ensure_section

from .conftest import feeds_installed, with_lite

SITE = "http://127.0.0.1:8000"
LOGIN = PageViewRestriction.LOGIN


def baked(mirror, path):
    return mirror / path.strip("/") / "index.html"


@pytest.fixture
def restrict(django_capture_on_commit_callbacks):
    """Put a view restriction on a page as the admin's privacy dialog does."""

    def run(page, restriction_type=LOGIN, **fields):
        with django_capture_on_commit_callbacks(execute=True):
            return PageViewRestriction.objects.create(
                page=page, restriction_type=restriction_type, **fields
            )

    return run


@pytest.fixture
def lift(django_capture_on_commit_callbacks):
    def run(restriction):
        with django_capture_on_commit_callbacks(execute=True):
            restriction.delete()

    return run


@pytest.fixture
def ko_article(ko_home, article, make_article, django_capture_on_commit_callbacks):
    """The article's Korean translation, published (and baked) after it."""
    section = ensure_section(ko_home, "세계", "world")
    with django_capture_on_commit_callbacks(execute=True):
        return make_article(section, title="철도 개통", translation_of=article)


def test_restricting_an_article_removes_its_baked_files(article, mirror, restrict):
    pages = [baked(mirror, path) for path in with_lite(article.url)]
    assert all(page.exists() for page in pages)
    restrict(article)
    for page in pages:
        for suffix in ("", ".gz", ".br"):
            assert not page.with_name(page.name + suffix).exists()


def test_restricted_article_is_gone_from_its_baked_listings_and_feeds(
    article, mirror, restrict
):
    restrict(article, PageViewRestriction.PASSWORD, password="harbour")
    for path in with_lite("/en/world/", "/en/"):
        assert "Rail link opens" not in baked(mirror, path).read_text()
    if feeds_installed():
        assert "Rail link opens" not in (mirror / "en" / "rss.xml").read_text()
        assert article.url not in (mirror / "sitemaps" / "pages-en.xml").read_text()


def test_restricting_a_section_removes_the_baked_articles_under_it(
    article, en_section, mirror, restrict
):
    restrict(en_section)
    for path in with_lite(article.url):
        assert not baked(mirror, path).exists()
    assert not baked(mirror, "/en/world/").exists()
    assert "Rail link opens" not in baked(mirror, "/en/").read_text()


def test_restricting_a_section_purges_its_articles_translations(
    article, ko_article, en_section, mirror, restrict
):
    restrict(en_section)
    for path in with_lite(ko_article.url):
        page = baked(mirror, path).read_text()
        # The edition menu still offers the English home, never the article.
        assert not re.search(r'<link[^>]+hreflang="en"', page)
        assert article.url not in page


def test_restricted_translation_is_not_offered_on_the_baked_original(
    article, ko_article, mirror, restrict
):
    assert "/ko/world/" in baked(mirror, article.url).read_text()
    restrict(ko_article)
    for path in with_lite(article.url):
        assert "/ko/world/" not in baked(mirror, path).read_text()
    if feeds_installed():
        sitemap = (mirror / "sitemaps" / "pages-en.xml").read_text()
        assert "/ko/world/" not in sitemap


def test_restricted_original_is_not_named_on_its_translation(
    article, ko_article, mirror, restrict
):
    restrict(article)
    for path in with_lite(ko_article.url):
        page = baked(mirror, path).read_text()
        assert "Rail link opens" not in page and article.url not in page


def test_restricted_related_article_is_not_listed_on_the_baked_page(
    article,
    en_section,
    make_article,
    mirror,
    restrict,
    django_capture_on_commit_callbacks,
):
    related = make_article(en_section, title="Ferry fares rise")
    article.related_links.add(RelatedArticle(article=related))
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    assert "Ferry fares rise" in baked(mirror, article.url).read_text()
    restrict(related)
    assert "Ferry fares rise" not in baked(mirror, article.url).read_text()


def test_restricting_an_article_purges_it_and_its_listings_at_the_cdn(
    article, cdn, restrict
):
    restrict(article)
    feeds = ["/en/rss.xml"] if feeds_installed() else []
    for path in [*with_lite(article.url), "/en/world/", *feeds]:
        assert SITE + path in cdn


def test_lifting_a_restriction_bakes_the_article_and_its_listings_again(
    article, mirror, restrict, lift
):
    restriction = restrict(article)
    lift(restriction)
    for path in with_lite(article.url):
        assert baked(mirror, path).exists()
    assert "Rail link opens" in baked(mirror, "/en/world/").read_text()
    if feeds_installed():
        assert "Rail link opens" in (mirror / "en" / "rss.xml").read_text()


def test_lifting_a_section_restriction_bakes_its_articles_again(
    article, en_section, mirror, restrict, lift
):
    lift(restrict(en_section))
    assert baked(mirror, article.url).exists()
    assert "Rail link opens" in baked(mirror, "/en/").read_text()


def test_changing_a_restriction_purges_the_page_at_the_cdn(
    article, cdn, restrict, django_capture_on_commit_callbacks
):
    restriction = restrict(article, PageViewRestriction.PASSWORD, password="one")
    cdn.clear()
    restriction.restriction_type = LOGIN
    with django_capture_on_commit_callbacks(execute=True):
        restriction.save()
    assert SITE + article.url in cdn


def test_restricted_article_is_not_answered_from_the_fronts_memory(
    article, front, restrict
):
    for _ in range(2):  # the second answer comes from the front's memory
        assert "ETag" in front.get(article.url).headers
    restrict(article)
    answer = front.get(article.url)
    assert answer.status_code == 302 and "ETag" not in answer.headers
    assert "Rail link opens" not in answer.text


@pytest.mark.parametrize("copy", with_lite(""))
def test_restricted_pages_answer_is_never_cacheable_nor_kept(
    article, front, mirror, restrict, copy
):
    restrict(article)
    answer = front.get(copy + article.url)
    cache_control = answer["Cache-Control"]
    assert "private" in cache_control and "no-store" in cache_control
    assert not baked(mirror, copy + article.url).exists()


def test_page_read_after_giving_the_password_is_never_cacheable_nor_kept(
    article, client, front, mirror, restrict
):
    restriction = restrict(article, PageViewRestriction.PASSWORD, password="harbour")
    url = reverse(
        "wagtailcore_authenticate_with_password", args=[restriction.pk, article.pk]
    )
    client.post(url, {"password": "harbour", "return_url": article.url})
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    answer = front.get(article.url, cookie=f"{settings.SESSION_COOKIE_NAME}={session}")
    assert answer.status_code == 200 and "Rail link opens" in answer.text
    assert "private" in answer["Cache-Control"]
    assert not baked(mirror, article.url).exists()


def test_answer_marked_private_is_never_kept_even_if_its_view_said_it_may_be(rf):
    request = rf.get("/en/world/")
    mark_bakeable(request)
    response = HttpResponse("<p>For one reader</p>")
    add_never_cache_headers(response)
    assert not keepable(request, response)
