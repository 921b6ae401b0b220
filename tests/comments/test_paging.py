"""Approved comments come a page of threads at a time, oldest or newest first, each
thread whole on one page, so a busy story stays light on a phone."""

import gzip
import random

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from masthead.comments.models import Comment, CommentStatus
from masthead.comments.rendering import render_comment_html

pytestmark = pytest.mark.django_db


def varied_text(seed, words=30):
    """Return words that compress as a reader's prose does, not as a repeated line."""
    chance = random.Random(str(seed))
    letters = "abcdefghijklmnopqrstuvwxyz"
    return " ".join(
        "".join(chance.choices(letters, k=chance.randint(2, 9))) for _ in range(words)
    )


@pytest.fixture
def approve_many(article):
    """Approve `count` top-level comments, oldest first, `replies` under each."""

    def approve(count, replies=0, start=0):
        def made(number, parent=None):
            return Comment(
                article=article,
                parent=parent,
                display_name=f"Reader {number}",
                body=f"Comment number {number}: {varied_text(number)}",
                status=CommentStatus.APPROVED,
                edition="en",
            )

        tops = Comment.objects.bulk_create(made(start + n) for n in range(count))
        answers = Comment.objects.bulk_create(
            made(f"{top.pk}.{n}", top) for top in tops for n in range(replies)
        )
        for comment in tops + answers:
            comment.rendered_html = render_comment_html(comment)
        Comment.objects.bulk_update(tops + answers, ["rendered_html"])
        return tops

    return approve


@pytest.fixture
def per_page(settings):
    settings.MASTHEAD_COMMENT_THREADS_PER_PAGE = 2
    settings.MASTHEAD_LITE_COMMENT_THREADS_PER_PAGE = 2
    return 2


def section(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one("#comments")


def names(element):
    return [
        name.get_text()
        for name in element.select(".comment-list > li > article .comment-author")
    ]


def test_article_shows_the_first_page_of_threads_oldest_first(
    client, article, approve_many, per_page
):
    approve_many(5)
    assert names(section(client, article.url)) == ["Reader 0", "Reader 1"]


def test_next_page_link_leads_to_the_following_threads(
    client, article, approve_many, per_page
):
    approve_many(5)
    pager = section(client, article.url).select_one("nav.comment-pages")
    following = pager.select_one("a[rel=next]")["href"]
    assert names(section(client, following)) == ["Reader 2", "Reader 3"]


def test_newest_first_is_a_link_away(client, article, approve_many, per_page):
    approve_many(5)
    order = section(client, article.url).select_one("a.comment-order-newest")
    newest = section(client, order["href"])
    assert names(newest) == ["Reader 4", "Reader 3"]


def test_thread_is_kept_whole_on_its_page(client, article, approve_many, per_page):
    approve_many(3, replies=4)
    first = section(client, article.url)
    assert len(first.select(".comment-replies > li")) == 8
    assert len(first.select("article.comment")) == 10


def test_count_still_counts_every_comment_on_every_page(
    client, article, approve_many, per_page
):
    approve_many(5, replies=1)
    count = section(client, article.url).select_one(".comment-count").get_text()
    assert count.strip() == "10 comments"


def test_page_past_the_last_shows_the_last(client, article, approve_many, per_page):
    approve_many(5)
    assert names(section(client, article.url + "?comment_page=99")) == ["Reader 4"]


def test_few_comments_have_no_pager(client, article, approve_many):
    approve_many(3)
    assert section(client, article.url).select_one("nav.comment-pages") is None


def test_pages_cost_the_same_queries_whatever_the_number_of_comments(
    client, article, approve_many, per_page
):
    def queries(url):
        client.get(url)  # warm the per-process caches (site, settings)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    approve_many(3, replies=1)
    few = queries(article.url + "?comment_order=newest&comment_page=2")
    approve_many(300, replies=1, start=3)
    assert queries(article.url + "?comment_order=newest&comment_page=2") == few
    assert queries(article.url) == few


def test_article_with_1000_comments_is_under_100_kb_gzipped(
    client, article, approve_many
):
    approve_many(1000)
    response = client.get(article.url)
    size = len(gzip.compress(response.content))
    print(f"article with 1,000 comments: {size} B gzip")
    assert size < 100_000


def test_report_on_a_later_page_returns_to_that_page_at_the_comment(
    client, article, approve_many, per_page
):
    reported = approve_many(6)[4]  # page 3 of 3
    response = client.post(f"/comments/{reported.pk}/report/", {"reason": "spam"})
    assert response.status_code == 303
    assert response["Location"] == (
        f"{article.url}?comment_order=oldest&comment_page=3"
        f"&reported={reported.pk}#comment-{reported.pk}"
    )
    back = section(client, response["Location"])
    assert names(back) == ["Reader 4", "Reader 5"]
    assert back.select_one(f"#comment-{reported.pk}")
    assert "A moderator will look" in back.select_one(".comments-message").get_text()


def test_report_newest_first_returns_to_the_newest_first_page(
    client, article, approve_many, per_page
):
    reported = approve_many(6)[1]  # newest first: page 3 holds Readers 1 and 0
    response = client.post(
        f"/comments/{reported.pk}/report/?comment_order=newest", {"reason": "spam"}
    )
    assert names(section(client, response["Location"])) == ["Reader 1", "Reader 0"]


def test_reply_link_on_a_later_page_keeps_that_page(
    client, article, approve_many, per_page
):
    answered = approve_many(6)[4]
    shown = section(client, f"{article.url}?reply_to={answered.pk}")
    assert names(shown) == ["Reader 4", "Reader 5"]


def test_refused_reply_on_a_later_page_shows_that_page_with_the_form(
    client, article, approve_many, per_page
):
    from .test_views import form_data

    answered = approve_many(6)[4]
    action, data = form_data(
        client, f"{article.url}?reply_to={answered.pk}", name="", body="Agreed."
    )
    response = client.post(action, data)
    assert response.status_code == 400
    shown = BeautifulSoup(response.content, "html.parser").select_one("#comments")
    assert names(shown) == ["Reader 4", "Reader 5"]
    assert shown.select_one("#comment-form textarea").get_text().strip() == "Agreed."
