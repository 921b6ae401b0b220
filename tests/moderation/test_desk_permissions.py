"""Who may open each desk page: the permission matrix, for every URL of the desk."""

# Fixtures are imported from test_desk_support and named again as arguments.
# ruff: noqa: F401, F811

import pytest
from django.http import QueryDict
from django.urls import get_resolver, reverse

from masthead.comments.models import CommentStatus
from masthead.moderation import urls as desk_urls

from .test_desk_support import (
    admin,
    korean_desk,
    make_comment,
    outsider,
    report,
)

pytestmark = pytest.mark.django_db

DECISION = {"revision": "1", "seen_status": "pending"}

# Every URL name of the desk: (method, takes the comment id, POST data).
DESK_URLS = {
    "dashboard": ("get", False, None),
    "queue": ("get", False, None),
    "bulk": ("post", False, {"action": "approve"}),
    "bulk_matching": ("get", False, None),
    "undo": ("post", False, {}),
    "comment": ("get", True, None),
    "approve": ("post", True, DECISION),
    "reject": ("post", True, {**DECISION, "reason": "spam"}),
    "edit": ("get", True, None),
    "restore": ("post", True, DECISION),
    "dismiss_reports": ("post", True, DECISION),
    "ban": ("get", True, None),
    "audit": ("get", False, None),
    "audit_csv": ("get", False, None),
    "audit_xlsx": ("get", False, None),
    "audit_json": ("get", False, None),
    "word_list": ("get", False, None),
    "language": ("post", False, {"language": "ko"}),
}
COMMENT_PAGES = sorted(name for name, (_m, own, _d) in DESK_URLS.items() if own)
DESK_PAGES = sorted(name for name, (_m, own, _d) in DESK_URLS.items() if not own)


def content(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def desk_url_names():
    return {pattern.name for pattern in desk_urls.urlpatterns}


def test_every_desk_url_is_in_the_permission_matrix():
    assert desk_url_names() == set(DESK_URLS)


def test_the_desk_is_mounted_under_moderation():
    assert "moderation" in get_resolver().namespace_dict
    assert reverse("moderation:dashboard") == "/moderation/"


def request(client, name, comment):
    method, own, data = DESK_URLS[name]
    kwargs = {"pk": comment.pk} if own else {}
    if name == "queue":
        kwargs = {"queue": "pending"}
    url = reverse(f"moderation:{name}", kwargs=kwargs)
    if name == "bulk":
        data = {**data, "selected": [f"{comment.pk}:1:pending"]}
    if name == "undo":
        data = {"decision": [f"{comment.pk}:1:pending"]}
    if method == "post":
        return url, client.post(url, data)
    return url, client.get(url)


@pytest.fixture
def comment(make_comment):
    return make_comment("Only the English desk may read this.")


@pytest.mark.parametrize("name", sorted(DESK_URLS))
def test_anonymous_visitor_is_sent_to_the_admin_login(client, comment, name):
    url, response = request(client, name, comment)
    assert response.status_code == 302
    login, _sep, query = response["Location"].partition("?")
    assert login == reverse("wagtailadmin_login")
    assert QueryDict(query)["next"] == url


@pytest.mark.parametrize("name", sorted(DESK_URLS))
def test_signed_in_non_moderator_is_refused(client, comment, outsider, name):
    client.force_login(outsider)
    _url, response = request(client, name, comment)
    assert response.status_code == 403
    comment.refresh_from_db()
    assert comment.status == CommentStatus.PENDING


@pytest.mark.parametrize("name", COMMENT_PAGES)
def test_another_desks_moderator_cannot_open_or_decide_the_comment(
    client, comment, korean_desk, name
):
    client.force_login(korean_desk)
    _url, response = request(client, name, comment)
    assert response.status_code in (403, 404)
    comment.refresh_from_db()
    assert comment.status == CommentStatus.PENDING


@pytest.mark.parametrize("name", DESK_PAGES)
def test_another_desks_moderator_sees_nothing_of_the_comment(
    client, comment, korean_desk, name
):
    client.force_login(korean_desk)
    _url, response = request(client, name, comment)
    assert response.status_code in (200, 303)
    assert b"Only the English desk" not in content(response)
    comment.refresh_from_db()
    assert comment.status == CommentStatus.PENDING


@pytest.mark.parametrize("name", sorted(DESK_URLS))
def test_the_desks_moderator_may_use_every_page(client, comment, moderator, name):
    client.force_login(moderator)
    _url, response = request(client, name, comment)
    assert response.status_code == (303 if DESK_URLS[name][0] == "post" else 200)


@pytest.mark.parametrize("name", sorted(DESK_URLS))
def test_a_site_administrator_may_use_every_page(client, comment, admin, name):
    client.force_login(admin)
    _url, response = request(client, name, comment)
    assert response.status_code == (303 if DESK_URLS[name][0] == "post" else 200)


@pytest.mark.parametrize(
    "queue", ["pending", "reported", "approved", "rejected", "all"]
)
def test_other_desks_comments_are_in_no_queue(
    client, make_comment, moderator, korean_desk, queue
):
    from masthead.moderation import actions

    waiting = make_comment("English pending")
    shown = actions.approve(
        make_comment("English approved"), user=moderator, revision=1
    )
    report(shown)
    refused = make_comment("English rejected")
    actions.reject(refused, user=moderator, revision=1, reason="spam")
    client.force_login(korean_desk)
    response = client.get(reverse("moderation:queue", args=[queue]))
    assert response.status_code == 200
    for body in (b"English pending", b"English approved", b"English rejected"):
        assert body not in response.content
    assert waiting.pk and not response.context["page"].comments


def test_section_moderator_sees_only_their_section(
    client, make_comment, make_moderator, en_home, make_article
):
    from masthead.news.setup import ensure_section

    asia = ensure_section(en_home, "Asia", "asia")
    here = make_comment("In the World section")
    make_comment("In the Asia section", target=make_article(asia))
    client.force_login(make_moderator("sol", section=asia))
    response = client.get(reverse("moderation:queue", args=["all"]))
    assert b"In the Asia section" in response.content
    assert b"In the World section" not in response.content
    response = client.get(reverse("moderation:comment", args=[here.pk]))
    assert response.status_code == 403
