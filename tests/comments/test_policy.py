"""The comment policy readers meet is stored on the article: a post or a render
reads no page above it, and a change above reaches the articles below."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from masthead.comments.policy import comments_open
from masthead.news.models import ArticlePage, CommentPolicy
from masthead.news.setup import ensure_section

pytestmark = pytest.mark.django_db


def fresh(article):
    """The article as a request reads it."""
    return ArticlePage.objects.get(pk=article.pk)


def test_publishing_an_article_stores_what_the_pages_above_say(article):
    stored = fresh(article)
    assert stored.inherited_comment_policy == CommentPolicy.OPEN
    with CaptureQueriesContext(connection) as queries:
        assert comments_open(stored) == (True, "")
    assert len(queries) == 0


def test_an_article_without_the_stored_policy_works_it_out_once(article):
    ArticlePage.objects.filter(pk=article.pk).update(inherited_comment_policy="")
    with CaptureQueriesContext(connection) as queries:
        assert comments_open(fresh(article))[0]
    assert len(queries) == 4  # the article, its section, its edition, the store
    with CaptureQueriesContext(connection) as queries:
        assert comments_open(fresh(article))[0]
    assert len(queries) == 1  # the article only


def test_closing_a_section_closes_its_articles_at_the_next_post(article, en_home):
    section = article.get_parent().specific
    section.comment_policy = CommentPolicy.CLOSED
    section.save_revision().publish()
    assert fresh(article).inherited_comment_policy == ""
    assert comments_open(fresh(article))[0] is False
    assert fresh(article).inherited_comment_policy == CommentPolicy.CLOSED


def test_the_articles_own_policy_wins_over_the_stored_one(article):
    stored = fresh(article)
    stored.comment_policy = CommentPolicy.CLOSED  # a draft or preview says closed
    assert comments_open(stored)[0] is False


def test_a_moved_article_follows_its_new_section(article, en_home):
    closed = ensure_section(en_home, "Opinion", "opinion")
    closed.comment_policy = CommentPolicy.CLOSED
    closed.save_revision().publish()
    assert comments_open(fresh(article))[0]
    fresh(article).move(closed, pos="last-child")
    assert comments_open(fresh(article))[0] is False


def test_a_copy_in_another_section_follows_that_section(article, en_home):
    closed = ensure_section(en_home, "Opinion", "opinion")
    closed.comment_policy = CommentPolicy.CLOSED
    closed.save_revision().publish()
    copy = fresh(article).copy(to=closed, update_attrs={"slug": "copied"})
    assert comments_open(fresh(copy))[0] is False
    assert comments_open(fresh(article))[0]
