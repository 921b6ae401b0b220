"""Edition homes and sections are front pages the desk arranges."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from masthead.comments import submission
from masthead.comments.models import Comment, CommentStatus
from masthead.news.setup import ensure_section

pytestmark = pytest.mark.django_db


def soup_at(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def arrange(front_page, *articles, start=0):
    from masthead.news.models import FrontStory

    for order, article in enumerate(articles, start):
        FrontStory.objects.create(page=front_page, article=article, sort_order=order)


def comment_on(article, status, count=1):
    for _ in range(count):
        prepared = submission.prepare(
            article, display_name="Reader", body="A fair report.", address="203.0.113.9"
        )
        comment = submission.store(prepared)
        Comment.objects.filter(pk=comment.pk).update(status=status)


def lead_title(soup):
    return soup.select_one(".front-lead h3").get_text()


def top_titles(soup):
    return [h.get_text() for h in soup.select(".front-top .article-list h3")]


def test_edition_home_leads_with_the_story_the_desk_arranged(
    client, en_home, en_section, make_article
):
    older = make_article(en_section, title="Desk's choice")
    make_article(en_section, title="Newest story")
    arrange(en_home, older)
    assert lead_title(soup_at(client, "/en/")) == "Desk's choice"


def test_top_stories_follow_the_desk_order_then_fill_with_newest(
    client, en_home, en_section, make_article
):
    first = make_article(en_section, title="First")
    second = make_article(en_section, title="Second")
    make_article(en_section, title="Third")
    arrange(en_home, first, second)
    soup = soup_at(client, "/en/")
    assert lead_title(soup) == "First"
    assert top_titles(soup) == ["Second", "Third"]


def test_unarranged_front_fills_itself_with_the_newest_stories(
    client, en_home, en_section, make_article
):
    for title in ("One", "Two", "Three"):
        make_article(en_section, title=title)
    soup = soup_at(client, "/en/")
    assert lead_title(soup) == "Three"
    assert top_titles(soup) == ["Two", "One"]


def test_unpublished_arranged_story_leaves_the_front(
    client, en_home, en_section, make_article
):
    gone = make_article(en_section, title="Withdrawn")
    make_article(en_section, title="Still live")
    arrange(en_home, gone)
    gone.unpublish()
    soup = soup_at(client, "/en/")
    assert lead_title(soup) == "Still live"
    assert "Withdrawn" not in soup.get_text()


def test_lead_story_shows_its_picture(
    client, en_home, en_section, make_article, make_image
):
    make_article(en_section, title="Harbour", lead_image=make_image())
    img = soup_at(client, "/en/").select_one(".front-lead img")
    assert img is not None and img.get("srcset")


def test_edition_home_has_one_block_per_section_with_stories(
    client, en_home, en_section, make_article
):
    asia = ensure_section(en_home, "Asia", "asia")
    ensure_section(en_home, "Empty", "empty")
    make_article(asia, title="Asia story")
    for number in range(6):
        make_article(en_section, title=f"World {number}")
    soup = soup_at(client, "/en/")
    blocks = {
        block.h2.get_text(): [h.get_text() for h in block.select(".article-list h3")]
        for block in soup.select(".front-section")
    }
    assert list(blocks) == ["World", "Asia"]
    assert blocks == {"World": ["World 0"], "Asia": ["Asia story"]}


def test_section_front_shows_only_its_own_stories(
    client, en_home, en_section, make_article
):
    asia = ensure_section(en_home, "Asia", "asia")
    make_article(en_section, title="In world")
    make_article(asia, title="In asia")
    soup = soup_at(client, en_section.url)
    assert lead_title(soup) == "In world"
    assert "In asia" not in soup.select_one("main").get_text()


def test_most_commented_counts_only_approved_comments(
    client, en_home, en_section, make_article
):
    talked_about = make_article(en_section, title="Talked about")
    flooded = make_article(en_section, title="Flooded with pending")
    comment_on(talked_about, CommentStatus.APPROVED, count=2)
    comment_on(flooded, CommentStatus.PENDING, count=5)
    items = soup_at(client, "/en/").select(".most-commented li")
    assert [li.a.get_text() for li in items] == ["Talked about"]
    assert items[0].select_one(".comment-count").get_text() == "2 comments"


def test_empty_edition_says_it_has_no_stories_yet(client, en_home):
    soup = soup_at(client, "/en/")
    assert soup.select_one("main .empty").get_text() == "No stories yet."


def test_front_story_from_another_edition_is_refused(en_home, ko_home, make_article):
    from masthead.news.models import FrontStory

    korean = make_article(ensure_section(ko_home, "세계", "world"), title="기사")
    en_home.front_stories.add(FrontStory(article=korean))
    with pytest.raises(ValidationError, match="another edition"):
        en_home.full_clean()


def test_edition_home_queries_do_not_grow_with_stories_or_sections(
    client, en_home, en_section, make_article, make_image
):
    def count_queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/en/").status_code == 200
        return len(captured)

    lead = make_article(en_section, title="Lead", lead_image=make_image())
    comment_on(make_article(en_section, title="Discussed"), CommentStatus.APPROVED)
    arrange(en_home, lead)
    client.get("/en/")  # renditions are made on the first view
    few = count_queries()
    for name in ("Asia", "Africa", "Europe"):
        section = ensure_section(en_home, name, name.lower())
        for number in range(4):
            story = make_article(section, title=f"{name} {number}")
            comment_on(story, CommentStatus.APPROVED)
    arrange(en_home, story, start=1)
    client.get("/en/")  # the first view after a change finds the page again
    many = count_queries()
    assert many == few
    # The stories and sections, plus the page's frame: the edition menu's live
    # homes and the footer's policy pages.
    assert many <= 26
