"""Publishing a page every baked page links to (a policy page in the footer, a new
edition home in the switcher) bakes it, and the pages that link there again."""

from masthead.news.setup import ensure_edition

from .conftest import with_lite


def baked(mirror, path):
    return mirror / path.strip("/") / "index.html"


def test_published_policy_page_is_baked(
    article, en_home, make_policy_page, mirror, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        terms = make_policy_page(en_home, title="Terms of Use")
    assert "Terms of Use" in baked(mirror, terms.url).read_text()


def test_published_policy_page_is_in_the_footer_of_every_baked_page_of_its_edition(
    article,
    en_home,
    make_policy_page,
    mirror,
    front,
    django_capture_on_commit_callbacks,
):
    assert baked(mirror, article.url).exists()
    with django_capture_on_commit_callbacks(execute=True):
        make_policy_page(en_home)
    for path in [*with_lite(article.url), "/en/"]:
        assert 'href="/en/terms/"' in front.get(path).text, path
    assert 'href="/en/terms/"' in baked(mirror, "/en/").read_text()


def test_new_edition_home_is_baked_and_in_every_baked_switcher(
    article, mirror, front, django_capture_on_commit_callbacks
):
    assert 'href="/km/"' not in baked(mirror, article.url).read_text()
    with django_capture_on_commit_callbacks(execute=True):
        ensure_edition("km")
    assert baked(mirror, "/km/").exists()
    assert 'href="/km/"' in front.get(article.url).text
