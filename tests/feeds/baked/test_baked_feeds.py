"""Feeds and sitemaps are kept like pages and purged with the articles they show."""


def test_publishing_an_article_bakes_its_edition_feed(article, mirror, front):
    assert article.title in (mirror / "en" / "rss.xml").read_text()
    answer = front.get("/en/rss.xml")
    assert answer["Content-Type"].startswith("application/rss+xml")
    assert "ETag" in answer.headers


def test_unpublished_article_leaves_the_section_feed(
    article, mirror, front, django_capture_on_commit_callbacks
):
    assert article.title in front.get("/en/world/atom.xml").text
    with django_capture_on_commit_callbacks(execute=True):
        article.unpublish()
    assert article.title not in front.get("/en/world/atom.xml").text


def test_edition_sitemap_lists_a_newly_published_article(
    article, en_section, make_article, front, django_capture_on_commit_callbacks
):
    front.get("/sitemaps/pages-en.xml")  # kept by the first reader
    with django_capture_on_commit_callbacks(execute=True):
        later = make_article(en_section, title="Bridge reopens")
    assert later.url in front.get("/sitemaps/pages-en.xml").text
