"""An uncached article page costs the same queries with 1 or 200 approved comments."""

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from masthead.comments.models import Comment, CommentStatus
from masthead.comments.rendering import render_comment_html


def approve_many(article, count):
    comments = Comment.objects.bulk_create(
        Comment(
            article=article,
            display_name=f"Reader {n}",
            body=f"Comment number {n}.",
            status=CommentStatus.APPROVED,
            edition="en",
        )
        for n in range(count)
    )
    for comment in comments:
        comment.rendered_html = render_comment_html(comment)
    Comment.objects.bulk_update(comments, ["rendered_html"])


def queries_for(path):
    client = Client()
    client.get(path)  # site, settings and page caches warm, as on a live server
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    return len(captured), response


def test_article_with_200_approved_comments_costs_no_more_queries_than_with_1(
    article, en_section, make_article, settings
):
    settings.MASTHEAD_COMMENT_THREADS_PER_PAGE = 200
    other = make_article(en_section, title="Quiet story")
    approve_many(other, 1)
    approve_many(article, 200)
    one, _ = queries_for(other.url)
    many, response = queries_for(article.url)
    assert response.content.count(b'<article class="comment') == 200
    assert many == one


def test_byline_of_three_authors_costs_no_more_queries_than_of_one(
    en_section, make_article, make_person
):
    """The site, the byline and each author's names are looked up once per render,
    though the page, its Open Graph tags and its JSON-LD all show them."""
    people = [make_person(name) for name in ("Ana", "Bo", "Chen")]
    one, _ = queries_for(make_article(en_section, authors=people[:1]).url)
    three, response = queries_for(make_article(en_section, authors=people).url)
    assert b'"name": "Chen"' in response.content  # in the JSON-LD
    assert three == one


def test_site_is_looked_up_once_per_article_render(article):
    client = Client()
    client.get(article.url)
    with CaptureQueriesContext(connection) as captured:
        client.get(article.url)
    site_queries = [q for q in captured if "wagtailcore_site" in q["sql"]]
    assert len(site_queries) <= 2, [q["sql"] for q in site_queries]
