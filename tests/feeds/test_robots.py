"""robots.txt, and the root addresses crawlers fetch without a language prefix."""

import pytest


def test_robots_points_at_the_sitemap_index_and_every_news_sitemap(
    client, ko_home, root
):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    sitemaps = [
        line.removeprefix("Sitemap: ")
        for line in response.content.decode().splitlines()
        if line.startswith("Sitemap: ")
    ]
    assert sitemaps == [
        f"{root}/sitemap.xml",
        f"{root}/sitemaps/news-en.xml",
        f"{root}/sitemaps/news-ko.xml",
    ]


def test_robots_keeps_crawlers_out_of_the_desk_and_admin(client, en_home):
    lines = client.get("/robots.txt").content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert {"Disallow: /admin/", "Disallow: /moderation/"} <= set(lines)


def test_robots_keeps_crawlers_out_of_every_path_not_for_readers(client, en_home):
    lines = set(client.get("/robots.txt").content.decode().splitlines())
    assert {"Disallow: /api/", "Disallow: /comments/"} <= lines
    assert not {"Disallow: /lite/", "Disallow: /static/"} & lines


def test_robots_uses_the_sites_address(client, site):
    site.hostname, site.port = "news.example.org", 443
    site.save()
    body = client.get("/robots.txt").content.decode()
    assert "Sitemap: https://news.example.org/sitemap.xml" in body


@pytest.mark.parametrize(
    "path",
    [
        "/robots.txt",
        "/sitemap.xml",
        "/sitemaps/pages-en.xml",
        "/sitemaps/news-en.xml",
    ],
)
def test_root_addresses_answer_without_a_language_redirect(client, en_home, path):
    response = client.get(path, HTTP_ACCEPT_LANGUAGE="ko")
    assert response.status_code == 200


def test_missing_root_sitemap_stays_a_404(client, en_home):
    response = client.get("/sitemaps/nothing.xml")
    assert response.status_code == 404
