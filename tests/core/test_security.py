"""CSRF on every form, login throttling, and the security headers on every page."""

import pytest
from django.test import Client

from masthead.comments import submission
from masthead.comments.forms import sign_target
from masthead.core.security import CONTENT_SECURITY_POLICY
from masthead.moderation import actions
from masthead.moderation.models import DeskAssignment

pytestmark = pytest.mark.django_db

LOGIN_URL = "/admin/login/"


@pytest.fixture
def article(en_section, make_article):
    return make_article(en_section, title="Rail link opens")


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user("mina", password="right-password")
    DeskAssignment.objects.create(user=user, edition="en")
    return user


@pytest.fixture
def pending_comment(article):
    prepared = submission.prepare(
        article, display_name="Reader", body="A fair report.", address="203.0.113.9"
    )
    return submission.store(prepared)


@pytest.fixture
def approved_comment(pending_comment, moderator):
    return actions.approve(
        pending_comment, user=moderator, revision=pending_comment.revision
    )


@pytest.fixture
def csrf_client():
    """A client that checks CSRF tokens the way a browser session meets them."""
    return Client(enforce_csrf_checks=True)


def test_comment_form_without_csrf_token_is_refused(csrf_client, article):
    data = {"name": "Reader", "body": "Hello", "security": sign_target(article)}
    response = csrf_client.post(f"/comments/post/{article.pk}/", data)
    assert response.status_code == 403


def test_report_form_without_csrf_token_is_refused(csrf_client, approved_comment):
    response = csrf_client.post(
        f"/comments/{approved_comment.pk}/report/", {"reason": "spam"}
    )
    assert response.status_code == 403


@pytest.mark.parametrize("decision", ["approve", "reject", "edit", "restore", "ban"])
def test_desk_decision_without_csrf_token_is_refused(
    csrf_client, moderator, pending_comment, decision
):
    csrf_client.force_login(moderator)
    response = csrf_client.post(
        f"/moderation/comments/{pending_comment.pk}/{decision}/",
        {"revision": pending_comment.revision, "reason": "spam"},
    )
    assert response.status_code == 403
    pending_comment.refresh_from_db()
    assert pending_comment.status == "pending"


def test_desk_bulk_action_without_csrf_token_is_refused(
    csrf_client, moderator, pending_comment
):
    csrf_client.force_login(moderator)
    response = csrf_client.post("/moderation/bulk/", {"comments": [pending_comment.pk]})
    assert response.status_code == 403


def test_comment_form_sent_from_our_own_page_is_accepted(csrf_client, article):
    data = {"name": "Reader", "body": "Hello", "security": sign_target(article)}
    response = csrf_client.post(
        f"/comments/post/{article.pk}/", data, HTTP_ORIGIN="http://testserver"
    )
    assert response.status_code == 303


def fail_login(client, username, address="198.51.100.7"):
    return client.post(
        LOGIN_URL,
        {"username": username, "password": "wrong"},
        REMOTE_ADDR=address,
    )


def test_five_failed_logins_lock_out_the_username_from_that_address(client, moderator):
    for _attempt in range(4):
        assert fail_login(client, "mina").status_code == 200
    assert fail_login(client, "mina").status_code == 429
    response = client.post(
        LOGIN_URL,
        {"username": "mina", "password": "right-password"},
        REMOTE_ADDR="198.51.100.7",
    )
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_lockout_does_not_reach_the_same_username_from_another_address(
    client, moderator
):
    for _attempt in range(5):
        fail_login(client, "mina")
    response = client.post(
        LOGIN_URL,
        {"username": "mina", "password": "right-password"},
        REMOTE_ADDR="198.51.100.8",
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(moderator.pk)


def test_four_failed_logins_still_let_the_right_password_in(client, moderator):
    for _attempt in range(4):
        fail_login(client, "mina")
    response = client.post(
        LOGIN_URL,
        {"username": "mina", "password": "right-password"},
        REMOTE_ADDR="198.51.100.7",
    )
    assert response.status_code == 302


def test_lockout_lasts_fifteen_minutes(settings):
    assert settings.AXES_FAILURE_LIMIT == 5
    assert settings.AXES_COOLOFF_TIME.total_seconds() == 15 * 60
    assert settings.AXES_LOCKOUT_PARAMETERS == [["username", "ip_address"]]


def test_sign_in_without_a_request_still_works(client, moderator):
    """Commands and test clients authenticate with no request to throttle by."""
    assert client.login(username="mina", password="right-password")


def test_article_page_sends_a_policy_without_unsafe_inline(client, article):
    response = client.get(article.url)
    policy = response["Content-Security-Policy"]
    assert policy == CONTENT_SECURITY_POLICY
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy


def test_desk_sends_the_policy(client, moderator):
    client.force_login(moderator)
    response = client.get("/moderation/")
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == CONTENT_SECURITY_POLICY


def test_wagtail_admin_keeps_its_inline_scripts(client):
    response = client.get(LOGIN_URL)
    assert "Content-Security-Policy" not in response


@pytest.mark.parametrize(
    "header, value",
    [
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "same-origin"),
        ("X-Frame-Options", "DENY"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
    ],
)
def test_article_page_sends_security_header(client, article, header, value):
    assert client.get(article.url)[header] == value


def test_permissions_policy_turns_off_device_features(client, article):
    policy = client.get(article.url)["Permissions-Policy"]
    assert "camera=()" in policy
    assert "geolocation=()" in policy
    assert "microphone=()" in policy


def test_public_pages_carry_no_inline_styles_or_scripts(client, article):
    html = client.get(article.url).content.decode()
    assert " style=" not in html
    assert " onclick=" not in html
    for tag in html.split("<script")[1:]:
        opening = tag.split(">", 1)[0]
        assert "src=" in opening or 'type="application/ld+json"' in opening
