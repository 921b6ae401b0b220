"""Lite pages: the same article, section and edition, light enough for any network."""

import gzip
import math

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from masthead.lite.paths import lite_path
from masthead.news.setup import ensure_section

from .conftest import soup_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def ko_section(ko_home):
    return ensure_section(ko_home, "한반도", "korea")


def test_lite_address_is_lite_prefix_before_the_full_path(article):
    assert lite_path(article.url) == f"/lite/en/world/{article.slug}/"


def test_lite_article_shows_headline_standfirst_byline_and_body(
    client, article, get_lite
):
    response, soup = get_lite(client, article)
    assert response.status_code == 200
    assert soup.h1.get_text() == article.title
    text = soup.main.get_text(" ", strip=True)
    assert "After two empty seasons, the catch is back." in text
    assert "By Ana Reyes" in text
    assert "The boats came back before dawn." in text
    assert soup.select_one("blockquote").get_text(strip=True) == (
        "The harbour is full again."
    )


def test_lite_article_shows_the_credits_line(client, article, get_lite):
    _, soup = get_lite(client, article)
    credits = soup.select_one(".credits").get_text()
    assert credits == "Additional reporting by Kim Ha-neul for the Korean Service."


def test_lite_page_has_no_script_and_no_picture(client, article, get_lite):
    _, soup = get_lite(client, article)
    assert soup.find_all(["script", "img", "picture", "iframe"]) == []
    assert soup.find("link", rel="stylesheet") is None


def test_picture_is_a_link_with_its_caption_and_weight(client, article, get_lite):
    _, soup = get_lite(client, article)
    lead = soup.select("figure")[0]
    assert lead.figcaption.get_text() == (
        "Boats in the harbour at first light. Photo: Sara Vo"
    )
    rendition = article.lead_image.get_rendition("width-800")
    link = lead.a
    assert link["href"] == rendition.url
    kilobytes = math.ceil(rendition.file.size / 1024)
    assert link.get_text() == f"Show picture ({kilobytes} KB)"


def test_picture_link_leads_to_the_picture_file(client, article, get_lite):
    _, soup = get_lite(client, article)
    href = soup.select("figure a")[1]["href"]
    assert href.startswith("/media/images/")
    rendition = article.body[2].value["image"].get_rendition("width-800")
    assert href == rendition.url
    assert rendition.file.size > 0


def test_lite_page_links_to_the_full_page(client, article, get_lite):
    _, soup = get_lite(client, article)
    assert soup.select_one("a.full-site")["href"] == article.url
    assert soup.select_one("a.full-site").get_text() == "View Full Site"


def test_lite_page_is_canonical_to_the_absolute_full_page(client, article, get_lite):
    _, soup = get_lite(client, article)
    canonical = soup.find("link", rel="canonical")["href"]
    assert canonical == article.full_url
    assert canonical.startswith("http")


@pytest.mark.parametrize("page_name", ["article", "en_section", "en_home"])
def test_full_page_footer_links_to_its_lite_version(client, request, page_name):
    page = request.getfixturevalue(page_name)
    soup = soup_of(client.get(page.url))
    assert soup.select_one("footer .lite-switch a")["href"] == lite_path(page.url)


def test_person_profile_has_no_lite_link(client, article):
    person = article.byline()[0]
    response = client.get(article.edition_home.person_url(person))
    assert response.status_code == 200
    assert soup_of(response).select_one(".lite-switch") is None


def test_person_profile_has_no_lite_page(client, article):
    person = article.byline()[0]
    url = lite_path(article.edition_home.person_url(person))
    assert client.get(url).status_code == 404


def test_lite_links_stay_on_lite_pages(client, article, get_lite):
    _, soup = get_lite(client, article)
    section_link = soup.select_one("main article p a")
    assert section_link["href"] == lite_path(article.get_parent().url)
    assert soup.select_one("header a")["href"] == "/lite/en/"


def test_lite_section_lists_its_articles_by_lite_address(
    client, article, en_section, get_lite
):
    response, soup = get_lite(client, en_section)
    assert response.status_code == 200
    assert soup.h1.get_text() == en_section.title
    hrefs = [link["href"] for link in soup.select("main li a")]
    assert hrefs == [lite_path(article.url)]


def test_lite_edition_home_links_its_articles(client, article, en_home, get_lite):
    response, soup = get_lite(client, en_home)
    assert response.status_code == 200
    assert lite_path(article.url) in [a["href"] for a in soup.select("main a")]


def test_lite_root_sends_readers_to_the_default_edition(client, en_home):
    response = client.get("/lite/")
    assert response.status_code == 302
    assert response["Location"] == "/lite/en/"


def test_lite_address_without_final_slash_is_redirected(client, article):
    response = client.get(lite_path(article.url).rstrip("/"))
    assert response.status_code == 301
    assert response["Location"] == lite_path(article.url)


def test_unknown_edition_has_no_lite_page(client, article):
    url = lite_path(article.url).replace("/lite/en/", "/lite/xx/")
    assert client.get(url).status_code == 404


def test_page_of_one_edition_is_not_served_under_another(client, article, ko_home):
    url = lite_path(article.url).replace("/lite/en/", "/lite/ko/")
    assert client.get(url).status_code == 404


def test_draft_article_has_no_lite_page(client, article):
    url = lite_path(article.url)
    article.unpublish()
    assert client.get(url).status_code == 404


def test_restricted_page_sends_the_reader_to_the_full_page(client, article):
    PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    response = client.get(lite_path(article.url))
    assert response.status_code == 302
    assert response["Location"] == article.url


def test_lite_page_is_compressed_when_the_reader_accepts_gzip(
    client, article, get_lite
):
    response, _ = get_lite(client, article, HTTP_ACCEPT_ENCODING="gzip")
    assert response["Content-Encoding"] == "gzip"
    assert b"View Full Site" in gzip.decompress(response.content)


def test_uyghur_lite_page_is_right_to_left_in_uyghur(
    client, ug_home, make_article, get_lite
):
    section = ensure_section(ug_home, "ئاسىيا", "asia")
    article = make_article(section, title="بېلىقچىلار قايتىپ كەلدى")
    response, soup = get_lite(client, article)
    assert soup.html["dir"] == "rtl"
    assert soup.html["lang"] == "ug"
    assert response["Content-Language"] == "ug"


def test_korean_lite_page_reads_in_korean(client, ko_section, make_article, get_lite):
    article = make_article(ko_section, title="철도 연결 개통")
    _, soup = get_lite(client, article)
    assert soup.html["lang"] == "ko"
    assert soup.select_one("#comments-title").get_text() == "댓글"


def test_read_in_links_lead_to_the_lite_translation(
    client, article, ko_section, make_article, get_lite
):
    translation = make_article(ko_section, title="어부들 귀환", translation_of=article)
    _, soup = get_lite(client, article)
    link = soup.select_one(".translations li a")
    assert link["href"] == lite_path(translation.url)
    assert link["hreflang"] == "ko"
    _, soup = get_lite(client, translation)
    original = soup.select_one(".translations p a")
    assert original["href"] == lite_path(article.url)


def test_lite_page_shows_approved_comments_only(
    client, article, approved_comment, get_lite
):
    approved_comment(article, body="Approved words.")
    approved_comment(article, body="Waiting words.", status="pending")
    _, soup = get_lite(client, article)
    bodies = [body.get_text() for body in soup.select(".comment-body")]
    assert bodies == ["Approved words."]
    assert soup.select_one(".comment-count").get_text() == "1 comment"


def test_lite_page_shows_the_comment_notice_of_the_full_page(client, article, get_lite):
    _, soup = get_lite(client, article)
    full = soup_of(client.get(article.url))
    lite_notice = soup.select_one(".comments-notice")
    assert lite_notice.get_text() == full.select_one(".comments-notice").get_text()
    assert lite_notice.a["href"] == "/terms/"


def queries_for(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


def test_lite_article_queries_do_not_grow_with_its_comments(
    client, article, approved_comment
):
    url = lite_path(article.url)
    approved_comment(article)
    client.get(url)  # renditions are made on the first visit
    few = queries_for(client, url)
    for number in range(5):
        approved_comment(article, body=f"Comment {number}")
    assert queries_for(client, url) == few


def test_article_with_a_slug_in_its_own_script_has_a_lite_page(
    client, ko_section, make_article, get_lite
):
    article = make_article(ko_section, title="어부들 귀환", slug="어부들-귀환")
    response, soup = get_lite(client, article)
    assert response.status_code == 200
    assert soup.select_one("a.full-site")["href"] == article.url
    form_next = soup.select_one("#comment-form input[name=next]")["value"]
    assert form_next == lite_path(article.url)


def test_lite_article_is_described_by_its_standfirst(client, article, get_lite):
    _response, soup = get_lite(client, article)
    description = soup.select_one('meta[name="description"]')
    assert description["content"] == "After two empty seasons, the catch is back."


def test_lite_edition_home_is_described_by_its_introduction(client, en_home, get_lite):
    en_home.intro = "News from the region, in English."
    en_home.save_revision().publish()
    _response, soup = get_lite(client, en_home)
    description = soup.select_one('meta[name="description"]')
    assert description["content"] == "News from the region, in English."
