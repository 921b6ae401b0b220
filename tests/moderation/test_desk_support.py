"""Fixtures shared by the desk tests (imported by each test_desk_* module).

Comments are stored the way the submission service stores them (the comment and its
first revision) but without its guards, so rate limits never get in a test's way.
"""

import itertools
from datetime import timedelta

import pytest
from django.utils import timezone

from masthead.comments.models import Comment, CommentRevision, Report
from masthead.comments.privacy import ip_hash

_seconds = itertools.count(1)


def store_comment(article, body="A fair report.", **fields):
    """Store a pending comment on `article`; each one a second younger than the last."""
    address = fields.pop("address", "203.0.113.9")
    fields.setdefault(
        "created_at",
        timezone.now() - timedelta(days=1) + timedelta(seconds=next(_seconds)),
    )
    fields.setdefault("display_name", "Reader")
    comment = Comment.objects.create(
        article=article,
        edition=article.locale.language_code,
        section_id=article.get_parent().pk,
        body=body,
        ip_hash=ip_hash(address),
        **fields,
    )
    CommentRevision.objects.create(
        comment=comment, number=1, body=body, created_at=comment.created_at
    )
    return comment


def report(comment, reason="abusive", note="", reader="198.51.100.1"):
    return Report.objects.create(
        comment=comment, reason=reason, note=note, ip_hash=ip_hash(reader)
    )


@pytest.fixture
def make_comment(article):
    def make(body="A fair report.", target=None, **fields):
        return store_comment(target or article, body, **fields)

    return make


@pytest.fixture
def korean_article(ko_home, make_article):
    from masthead.news.setup import ensure_section

    return make_article(ensure_section(ko_home, "세계", "world"), title="철도 개통")


@pytest.fixture
def admin(django_user_model):
    return django_user_model.objects.create_superuser("root", "root@example.org", "pw")


@pytest.fixture
def outsider(django_user_model):
    """Signed in, but moderates nothing."""
    return django_user_model.objects.create_user("editor", password="pw")


@pytest.fixture
def korean_desk(make_moderator):
    return make_moderator("hana", edition="ko")


@pytest.fixture
def desk_client(client, moderator):
    client.force_login(moderator)
    return client


def test_stored_comment_is_pending_with_its_first_revision(make_comment):
    comment = make_comment("Hello")
    assert comment.status == "pending"
    assert list(comment.revisions.values_list("number", "body")) == [(1, "Hello")]
