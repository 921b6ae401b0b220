"""The demo's moderators and reader comments, on a newsroom loaded once per module."""

import stat

import pytest
from django.core.management import call_command
from wagtail.models import ModelLogEntry

from masthead.comments.models import Comment, CommentStatus, Report
from masthead.demo.comments import COMMENTS
from masthead.demo.loader import load_demo_content
from masthead.demo.moderators import (
    DESK_EDITIONS,
    ensure_moderator_logins,
    moderator_username,
)
from masthead.guards.models import Ban
from masthead.moderation.models import DeskAssignment, RejectionReason

from .terminal import Terminal


@pytest.fixture
def flagship(demo_newsroom, db):
    return demo_newsroom.flagship


@pytest.fixture
def logins(flagship, settings, tmp_path):
    settings.DATA_DIR = tmp_path
    return dict(ensure_moderator_logins(tmp_path))


def moderator(django_user_model, edition):
    return django_user_model.objects.get(username=moderator_username(edition))


def statuses(comments):
    return {comment.status for comment in comments}


@pytest.mark.parametrize("edition", DESK_EDITIONS)
def test_each_desk_has_a_moderator_who_is_not_an_administrator(
    flagship, django_user_model, edition
):
    user = moderator(django_user_model, edition)
    assert not user.is_superuser
    assert user.has_perm("wagtailadmin.access_admin")
    desks = DeskAssignment.objects.filter(user=user)
    assert [(desk.edition, desk.section) for desk in desks] == [(edition, None)]


@pytest.mark.parametrize("edition", DESK_EDITIONS)
def test_moderator_signs_in_on_the_wagtail_login_page_and_opens_the_desk(
    logins, client, edition
):
    login = logins[edition]
    response = client.post(
        "/admin/login/?next=/moderation/",
        {
            "username": login.username,
            "password": login.password,
            "next": "/moderation/",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == "/moderation/"
    assert client.get("/moderation/").status_code == 200


def test_moderator_passwords_are_readable_by_their_owner_only(logins):
    for login in logins.values():
        assert stat.S_IMODE(login.path.stat().st_mode) == 0o600
        assert login.path.read_text().strip() == login.password


@pytest.mark.parametrize("edition", DESK_EDITIONS)
def test_every_desk_has_comments_in_every_state(flagship, edition):
    comments = Comment.objects.filter(edition=edition)
    assert statuses(comments) == set(CommentStatus.values)


def test_demo_comments_are_written_in_the_past_after_their_article(flagship, now):
    for comment in Comment.objects.select_related("article"):
        assert comment.article.first_published_at < comment.created_at < now
        assert comment.revisions.get(number=1).created_at == comment.created_at


def test_demo_decisions_come_after_the_comment_by_the_desks_moderator(
    flagship, now, django_user_model
):
    decided = Comment.objects.exclude(status=CommentStatus.PENDING)
    for comment in decided.select_related("decided_by"):
        assert comment.created_at < comment.decided_at <= now
        assert comment.decided_by == moderator(django_user_model, comment.edition)


def test_flagship_has_five_approved_comments_with_a_reply_and_an_edit(flagship):
    approved = Comment.objects.approved().filter(article=flagship)
    assert approved.count() >= 5
    assert approved.exclude(parent=None).exists()
    assert approved.filter(edited_by_moderators=True).exists()


def test_a_moderator_edit_is_a_second_revision_with_its_reason(
    flagship, django_user_model
):
    edited = Comment.objects.get(edited_by_moderators=True)
    reader, moderators = edited.revisions.order_by("number")
    assert (reader.editor, reader.reason) == (None, "")
    assert moderators.editor == moderator(django_user_model, "en")
    assert moderators.reason == "personal-data"
    assert edited.body == moderators.body != reader.body


def test_every_rejection_names_a_terms_of_use_reason(flagship):
    rejected = Comment.objects.filter(status=CommentStatus.REJECTED)
    assert rejected.count() >= 5
    for comment in rejected:
        entry = ModelLogEntry.objects.for_instance(comment).get(
            action="masthead.comment.reject"
        )
        assert RejectionReason.objects.filter(code=entry.data["reason"]).exists()


def test_one_approved_comment_waits_in_the_reported_queue(flagship):
    report = Report.objects.get(resolved_at=None)
    assert report.comment.status == CommentStatus.APPROVED
    assert report.ip_hash and report.note


def test_the_banned_spammer_has_nothing_left_waiting(flagship):
    ban = Ban.objects.get()
    theirs = Comment.objects.filter(email=ban.email)
    assert theirs.count() == 2
    assert statuses(theirs) == {CommentStatus.REJECTED}


def test_flagship_page_shows_approved_comments_and_the_edit_marker_only(
    flagship, client
):
    page = client.get(flagship.url).content.decode()
    for comment in Comment.objects.filter(article=flagship):
        shown = f'id="comment-{comment.pk}"' in page
        assert shown == (comment.status == CommentStatus.APPROVED), comment.body
    assert "[Edited by the moderators in accordance with the Terms of Use]" in page


def test_every_demo_comment_was_stored(flagship):
    assert Comment.objects.count() == len(COMMENTS)


def test_loading_twice_adds_no_comments_reports_or_bans(flagship):
    def counts():
        models = (Comment, Report, Ban, DeskAssignment)
        return [model.objects.count() for model in models]

    before = counts()
    load_demo_content()
    assert counts() == before


def test_demo_command_prints_each_moderator_login_and_the_desk(
    flagship, settings, tmp_path
):
    settings.DATA_DIR = tmp_path
    terminal = Terminal()
    call_command("demo", "--no-serve", "--addr", "127.0.0.1:8124", stdout=terminal)
    output = terminal.getvalue()
    assert "Desk:      http://127.0.0.1:8124/moderation/\n" in output
    for edition in DESK_EDITIONS:
        username = moderator_username(edition)
        password = (tmp_path / f"{username}_password").read_text().strip()
        assert f"{username}  Password:  {password}\n" in output
