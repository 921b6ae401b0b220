"""The article page as a reader, a link preview and a search engine see it."""

import json
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup

from masthead.news.models import ArticlePage

pytestmark = pytest.mark.django_db

QUOTE = {
    "text": "The harbour is full again.",
    "attribution": "Dr Mina Cho, marine biologist",
}


@pytest.fixture
def full_article(en_section, make_article, make_person, make_image):
    """An English article using every element the page shows."""
    ana, ben = (
        make_person("Ana Reyes", slug="ana-reyes"),
        make_person("Ben Ito", slug="ben-ito"),
    )
    kim, lee = make_person("Kim Ha-neul"), make_person("Lee Do-yun")
    photographer = make_person("Sara Vo")
    image = make_image(description="Boats moored at dawn", credit="Sara Vo/Masthead")
    body_image = make_image(title="Net mending", description="Hands mending a net")
    return make_article(
        en_section,
        title="Fishermen return to the northern harbour",
        standfirst="After two empty seasons, the catch is back.",
        dateline="Sokcho",
        authors=[ana, ben],
        credits=[
            ("additional_reporting", kim, "ko"),
            ("additional_reporting", lee, "ko"),
            ("photos", photographer, ""),
        ],
        lead_image=image,
        lead_caption="Boats in the harbour at first light.",
        body=[
            ("paragraph", "<p>The boats came back before dawn.</p>"),
            ("subheading", "What changed"),
            ("quote", QUOTE),
            ("image", {"image": body_image, "caption": "Mending nets on the quay."}),
        ],
    )


def get_page(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def json_ld(soup):
    return json.loads(soup.find("script", type="application/ld+json").string)


def test_article_page_shows_headline_standfirst_and_ordered_byline(
    client, full_article
):
    soup = get_page(client, full_article)
    assert soup.h1.get_text() == "Fishermen return to the northern harbour"
    assert (
        soup.select_one(".standfirst").get_text()
        == "After two empty seasons, the catch is back."
    )
    assert soup.select_one(".byline").get_text() == "By Ana Reyes and Ben Ito"
    assert [a["href"] for a in soup.select(".byline a")] == [
        "/en/people/ana-reyes/",
        "/en/people/ben-ito/",
    ]


def test_html_element_carries_edition_language_and_direction(
    client, full_article, ug_home
):
    soup = get_page(client, full_article)
    assert (soup.html["lang"], soup.html["dir"]) == ("en", "ltr")


def test_uyghur_article_is_right_to_left(client, ug_home, make_article):
    from masthead.news.setup import ensure_section

    article = make_article(
        ensure_section(ug_home, "خەۋەر", "news"), title="يېڭى كۆۋرۈك"
    )
    soup = get_page(client, article)
    assert (soup.html["lang"], soup.html["dir"]) == ("ug", "rtl")


def test_credits_line_groups_people_by_role_and_desk(client, full_article):
    soup = get_page(client, full_article)
    assert soup.select_one(".credits").get_text() == (
        "Additional reporting by Kim Ha-neul and Lee Do-yun for the Korean Service. "
        "Photos by Sara Vo."
    )


def test_lead_image_has_alt_caption_credit_and_renditions(client, full_article):
    soup = get_page(client, full_article)
    img = soup.select_one("figure.lead img")
    assert img["alt"] == "Boats moored at dawn"
    assert len(img["srcset"].split(",")) == 3
    caption = soup.select_one("figure.lead figcaption").get_text()
    assert "Boats in the harbour at first light." in caption
    assert "Sara Vo/Masthead" in caption


def test_body_renders_paragraph_subheading_quote_and_image(client, full_article):
    soup = get_page(client, full_article)
    body = soup.select_one(".body")
    assert body.p.get_text() == "The boats came back before dawn."
    assert body.select_one("h2.subheading").get_text() == "What changed"
    assert body.blockquote.get_text(strip=True) == QUOTE["text"]
    assert QUOTE["attribution"] in body.select_one(".quote figcaption").get_text()
    assert body.select_one(".body-image img")["alt"] == "Hands mending a net"


def test_dates_are_machine_readable_and_localised(client, full_article):
    soup = get_page(client, full_article)
    published = soup.select_one(".dateline time")
    assert published["datetime"] == full_article.first_published_at.isoformat()
    assert str(full_article.first_published_at.year) in published.get_text()
    assert "Sokcho" in soup.select_one(".dateline").get_text()


def test_share_links_are_plain_urls_with_title_and_address(client, full_article):
    soup = get_page(client, full_article)
    links = {a["class"][0]: a["href"] for a in soup.select(".share a")}
    assert set(links) == {
        "share-whatsapp",
        "share-telegram",
        "share-facebook",
        "share-x",
        "share-line",
        "share-email",
    }
    page_url = full_article.full_url
    whatsapp = parse_qs(urlsplit(links["share-whatsapp"]).query)["text"][0]
    assert whatsapp == f"{full_article.title} {page_url}"
    assert links["share-whatsapp"].startswith("https://wa.me/?text=")
    telegram = parse_qs(urlsplit(links["share-telegram"]).query)
    assert telegram["url"] == [page_url] and telegram["text"] == [full_article.title]
    assert links["share-email"].startswith("mailto:?subject=")
    # No network's SDK: the only script is our own (the comment form's counter).
    scripts = [script["src"] for script in soup.find_all("script", src=True)]
    assert all(src.startswith("/static/") for src in scripts), scripts


def test_open_graph_describes_the_article(client, full_article):
    soup = get_page(client, full_article)
    og = {m["property"]: m["content"] for m in soup.find_all("meta", property=True)}
    assert og["og:type"] == "article"
    assert og["og:title"] == full_article.title
    assert og["og:locale"] == "en_US"
    assert og["og:image"].startswith("http://localhost/media/")
    assert (og["og:image:width"], og["og:image:height"]) == ("1200", "630")
    assert og["og:image:alt"] == "Boats moored at dawn"
    assert og["article:published_time"] == full_article.first_published_at.isoformat()
    assert og["article:section"] == "World"
    authors = [m["content"] for m in soup.find_all("meta", property="article:author")]
    assert authors == [
        "http://localhost/en/people/ana-reyes/",
        "http://localhost/en/people/ben-ito/",
    ]
    assert (
        soup.find("meta", attrs={"name": "twitter:card"})["content"]
        == "summary_large_image"
    )


def test_json_ld_names_authors_contributors_and_publisher(client, full_article):
    data = json_ld(get_page(client, full_article))
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == full_article.title
    assert [a["name"] for a in data["author"]] == ["Ana Reyes", "Ben Ito"]
    assert data["author"][0]["url"] == "http://localhost/en/people/ana-reyes/"
    assert [c["name"] for c in data["contributor"]] == [
        "Kim Ha-neul",
        "Lee Do-yun",
        "Sara Vo",
    ]
    assert data["inLanguage"] == "en"
    assert data["datePublished"] == full_article.first_published_at.isoformat()
    assert data["dateModified"].endswith("+00:00")
    assert data["image"][0]["url"].startswith("http://localhost/media/")
    assert data["publisher"]["@type"] == "NewsMediaOrganization"
    assert "translator" not in data and "translationOfWork" not in data


def test_canonical_link_is_the_full_url(client, full_article):
    soup = get_page(client, full_article)
    assert (
        soup.find("link", rel="canonical")["href"]
        == "http://localhost" + full_article.url
    )


def test_page_has_landmarks_and_skip_link(client, full_article):
    soup = get_page(client, full_article)
    assert soup.select_one("a.skip-link")["href"] == "#main"
    assert soup.find("main", id="main")
    assert soup.find("header", role="banner") and soup.find(
        "footer", role="contentinfo"
    )


def test_comment_section_place_names_the_article(client, full_article):
    soup = get_page(client, full_article)
    section = soup.select_one("article section#comments")
    assert section["data-article-id"] == str(full_article.pk)
    assert section.find_previous_sibling(class_="credits")


def test_no_asset_or_script_points_to_another_host(client, full_article):
    soup = get_page(client, full_article)
    asset_urls = [tag.get("src") for tag in soup.find_all(["img", "script", "iframe"])]
    asset_urls += [tag["href"] for tag in soup.find_all("link", rel="stylesheet")]
    asset_urls += [
        s.strip().split(" ")[0]
        for img in soup.find_all("img")
        for s in img["srcset"].split(",")
    ]
    asset_urls = [url for url in asset_urls if url]
    assert asset_urls
    assert all(url.startswith("/") and not url.startswith("//") for url in asset_urls)
    scripts = [tag["src"] for tag in soup.find_all("script", src=True)]
    assert all(src.startswith("/static/") for src in scripts)


def test_tags_and_related_articles_are_listed(client, en_section, make_article):
    other = make_article(en_section, title="Ice returns to the lagoon")
    article = make_article(en_section, title="A quiet winter")
    article.tags.add("fisheries", "climate")
    from masthead.news.models import RelatedArticle

    RelatedArticle.objects.create(page=article, article=other)
    article.save_revision().publish()
    soup = get_page(client, ArticlePage.objects.get(pk=article.pk))
    assert {t.get_text() for t in soup.select(".tags .tag")} == {"fisheries", "climate"}
    assert [a.get_text() for a in soup.select(".related a")] == [
        "Ice returns to the lagoon"
    ]
