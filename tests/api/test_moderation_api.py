import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from masthead.comments.models import CommentStatus, Report
from masthead.moderation.models import ModeratorToken
from masthead.news.setup import ensure_section

pytestmark = pytest.mark.django_db

QUEUE = "/api/v1/moderation/comments"


def decisions_url(comment):
    return f"{QUEUE}/{comment.pk}/decisions"


@pytest.fixture
def ko_article(ko_home, make_article):
    return make_article(ensure_section(ko_home, "사회", "society"), title="철도 개통")


@pytest.fixture
def mina(make_moderator):
    return make_moderator("mina", edition="en")


@pytest.fixture
def jun(make_moderator):
    return make_moderator("jun", edition="ko")


@pytest.fixture
def pending(article, post_comment):
    return post_comment(article, email="reader@example.org")


def ids(response):
    return [item["id"] for item in response.json()["items"]]


def test_queue_without_a_token_is_401(client):
    response = client.get(QUEUE)
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")


def test_queue_with_an_unknown_token_is_401(client, mina):
    ModeratorToken.issue(mina)
    response = client.get(QUEUE, headers={"Authorization": "Bearer not-a-key"})
    assert response.status_code == 401


def test_token_of_an_inactive_user_is_401(client, mina, bearer):
    headers = bearer(mina)
    mina.is_active = False
    mina.save()
    assert client.get(QUEUE, headers=headers).status_code == 401


def test_token_of_someone_no_longer_at_a_desk_is_403(client, mina, bearer):
    headers = bearer(mina)
    mina.desk_assignments.all().delete()
    assert client.get(QUEUE, headers=headers).status_code == 403


def test_queue_lists_pending_comments_oldest_first(
    client, article, post_comment, mina, bearer
):
    first, second = post_comment(article), post_comment(article, body="Later")
    response = client.get(QUEUE, headers=bearer(mina))
    assert ids(response) == [first.pk, second.pk]


def test_queue_item_carries_what_a_moderator_needs(client, pending, mina, bearer):
    item = client.get(QUEUE, headers=bearer(mina)).json()["items"][0]
    article = pending.article
    assert item["article"]["id"] == article.pk
    assert item["article"]["title"] == "Rail link opens"
    assert item["article"]["url"] == f"http://testserver{article.url}"
    assert item["email"] == "reader@example.org"
    assert (item["status"], item["revision"], item["edition"]) == ("pending", 1, "en")
    assert item["reports"] == 0 and item["parent"] is None


def test_queue_hides_another_desks_comments(
    client, pending, ko_article, post_comment, jun, bearer
):
    korean = post_comment(ko_article, body="좋은 기사")
    assert ids(client.get(QUEUE, headers=bearer(jun))) == [korean.pk]


def test_section_moderator_sees_only_their_section(
    client, pending, en_home, make_article, post_comment, make_moderator, bearer
):
    sport = ensure_section(en_home, "Sport", "sport")
    in_sport = post_comment(make_article(sport, title="Cup final"))
    moderator = make_moderator("sam", edition="en", section=sport)
    assert ids(client.get(QUEUE, headers=bearer(moderator))) == [in_sport.pk]


def test_admin_filters_the_queue_by_edition(
    client, pending, ko_article, post_comment, admin, bearer
):
    korean = post_comment(ko_article, body="좋은 기사")
    response = client.get(QUEUE, {"edition": "ko"}, headers=bearer(admin))
    assert ids(response) == [korean.pk]


def test_queue_filters_by_text(client, article, post_comment, mina, bearer):
    post_comment(article, body="About trains")
    wanted = post_comment(article, body="About ferries")
    response = client.get(QUEUE, {"q": "ferries"}, headers=bearer(mina))
    assert ids(response) == [wanted.pk]


def test_reported_queue_counts_open_reports(
    client, article, approved_comment, mina, bearer
):
    reported = approved_comment(article)
    Report.objects.create(comment=reported, reason="spam", ip_hash="a")
    Report.objects.create(comment=reported, reason="abusive", ip_hash="b")
    response = client.get(QUEUE, {"status": "reported"}, headers=bearer(mina))
    assert response.json()["items"][0]["reports"] == 2


def test_queue_is_paged_by_cursor(client, article, post_comment, mina, bearer):
    comments = [post_comment(article, body=f"Comment {n}").pk for n in range(5)]
    headers = bearer(mina)
    first = client.get(QUEUE, {"limit": 2}, headers=headers).json()
    second = client.get(first["next"], headers=headers).json()
    third = client.get(second["next"], headers=headers).json()
    pages = [first, second, third]
    assert [item["id"] for page in pages for item in page["items"]] == comments
    assert third["next"] is None


def test_invalid_cursor_is_400(client, mina, bearer):
    response = client.get(QUEUE, {"cursor": "garbage"}, headers=bearer(mina))
    assert response.status_code == 400 and "cursor" in response.json()["errors"]


def test_unknown_status_is_400(client, mina, bearer):
    response = client.get(QUEUE, {"status": "deleted"}, headers=bearer(mina))
    assert response.status_code == 400 and "status" in response.json()["errors"]


def test_approve_answers_with_the_new_state(post_json, pending, mina, bearer):
    response = post_json(
        decisions_url(pending), {"action": "approve", "revision": 1}, **bearer(mina)
    )
    assert response.status_code == 200
    assert (response.json()["status"], response.json()["id"]) == (
        "approved",
        pending.pk,
    )
    pending.refresh_from_db()
    assert pending.status == CommentStatus.APPROVED and pending.decided_by == mina


def test_approved_comment_is_then_public(client, post_json, pending, mina, bearer):
    post_json(
        decisions_url(pending), {"action": "approve", "revision": 1}, **bearer(mina)
    )
    public = client.get(f"/api/v1/articles/{pending.article_id}/comments").json()
    assert [item["id"] for item in public["items"]] == [pending.pk]


def test_edit_keeps_the_status_and_bumps_the_revision(post_json, pending, mina, bearer):
    decision = {"action": "edit", "revision": 1, "body": "Fair.", "reason": "abuse"}
    item = post_json(decisions_url(pending), decision, **bearer(mina)).json()
    assert (item["status"], item["revision"], item["body"]) == ("pending", 2, "Fair.")
    assert item["edited_by_moderators"]


def test_approve_with_a_body_edits_in_the_same_step(post_json, pending, mina, bearer):
    decision = {"action": "approve", "revision": 1, "body": "Fair.", "reason": "abuse"}
    item = post_json(decisions_url(pending), decision, **bearer(mina)).json()
    assert (item["status"], item["revision"]) == ("approved", 2)


def test_reject_takes_down_an_approved_comment(
    post_json, article, approved_comment, mina, bearer
):
    comment = approved_comment(article)
    decision = {
        "action": "reject",
        "revision": 1,
        "reason": "spam",
        "seen_status": "approved",
    }
    item = post_json(decisions_url(comment), decision, **bearer(mina)).json()
    assert item["status"] == "rejected"


def test_reject_without_a_reason_is_400(post_json, pending, mina, bearer):
    response = post_json(
        decisions_url(pending), {"action": "reject", "revision": 1}, **bearer(mina)
    )
    assert response.status_code == 400
    assert response.json() == {"detail": "Choose a reason from the Terms of Use."}
    pending.refresh_from_db()
    assert pending.status == CommentStatus.PENDING


def test_unknown_action_is_400(post_json, pending, mina, bearer):
    response = post_json(
        decisions_url(pending), {"action": "delete", "revision": 1}, **bearer(mina)
    )
    assert response.status_code == 400 and "action" in response.json()["errors"]


def test_edit_to_an_empty_body_is_400(post_json, pending, mina, bearer):
    decision = {"action": "edit", "revision": 1, "body": "  ", "reason": "abuse"}
    response = post_json(decisions_url(pending), decision, **bearer(mina))
    assert response.status_code == 400
    assert "cannot be empty" in response.json()["detail"]


def test_missing_revision_is_400(post_json, pending, mina, bearer):
    response = post_json(decisions_url(pending), {"action": "approve"}, **bearer(mina))
    assert response.status_code == 400 and "revision" in response.json()["errors"]


def test_stale_revision_is_409_and_changes_nothing(post_json, pending, mina, bearer):
    headers = bearer(mina)
    edit = {"action": "edit", "revision": 1, "body": "Fair.", "reason": "abuse"}
    post_json(decisions_url(pending), edit, **headers)
    response = post_json(
        decisions_url(pending), {"action": "approve", "revision": 1}, **headers
    )
    assert response.status_code == 409
    assert "now revision 2" in response.json()["detail"]
    pending.refresh_from_db()
    assert pending.status == CommentStatus.PENDING


def test_second_decision_on_the_same_revision_is_409(
    post_json, pending, mina, make_moderator, bearer
):
    other = make_moderator("lee", edition="en")
    post_json(
        decisions_url(pending), {"action": "approve", "revision": 1}, **bearer(mina)
    )
    reject = {"action": "reject", "revision": 1, "reason": "spam"}
    response = post_json(decisions_url(pending), reject, **bearer(other))
    assert response.status_code == 409
    assert response.json()["detail"].startswith("Already approved by mina at ")


def test_comment_outside_the_desk_is_404(
    post_json, ko_article, post_comment, mina, bearer
):
    korean = post_comment(ko_article, body="좋은 기사")
    response = post_json(
        decisions_url(korean), {"action": "approve", "revision": 1}, **bearer(mina)
    )
    assert response.status_code == 404
    korean.refresh_from_db()
    assert korean.status == CommentStatus.PENDING


def test_unknown_comment_is_404_like_one_outside_the_desk(post_json, mina, bearer):
    response = post_json(
        f"{QUEUE}/98765/decisions", {"action": "approve", "revision": 1}, **bearer(mina)
    )
    assert response.status_code == 404


def test_decision_without_a_token_is_401(post_json, pending):
    response = post_json(decisions_url(pending), {"action": "approve", "revision": 1})
    assert response.status_code == 401


def test_cookie_session_is_not_a_token(client, post_json, pending, admin):
    client.force_login(admin)
    assert client.get(QUEUE).status_code == 401


# The permission matrix: who may see and decide a pending comment of the English desk.
ACTORS = ["anonymous", "other_desk", "desk", "admin"]
QUEUE_STATUS = {"anonymous": 401, "other_desk": 200, "desk": 200, "admin": 200}
SEES_IT = {"anonymous": False, "other_desk": False, "desk": True, "admin": True}
DECISION_STATUS = {"anonymous": 401, "other_desk": 404, "desk": 200, "admin": 200}


@pytest.fixture
def actor_headers(mina, jun, admin, bearer):
    def headers(actor):
        user = {"other_desk": jun, "desk": mina, "admin": admin}.get(actor)
        return bearer(user) if user else {}

    return headers


@pytest.mark.parametrize("actor", ACTORS)
def test_permission_matrix_for_the_queue(client, pending, actor, actor_headers):
    response = client.get(QUEUE, headers=actor_headers(actor))
    assert response.status_code == QUEUE_STATUS[actor]
    listed = response.status_code == 200 and pending.pk in ids(response)
    assert listed == SEES_IT[actor]


@pytest.mark.parametrize("actor", ACTORS)
def test_permission_matrix_for_decisions(post_json, pending, actor, actor_headers):
    decision = {"action": "approve", "revision": 1}
    response = post_json(decisions_url(pending), decision, **actor_headers(actor))
    assert response.status_code == DECISION_STATUS[actor]


def test_queue_queries_do_not_grow_with_the_page(
    client, article, post_comment, approved_comment, mina, bearer
):
    parent = approved_comment(article)
    headers = bearer(mina)

    def queries_for_queue():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(QUEUE, headers=headers).status_code == 200
        return len(captured)

    post_comment(article, parent=parent)
    queries_for_queue()  # warm the site root cache
    one = queries_for_queue()
    for n in range(5):
        post_comment(article, body=f"Reply {n}", parent=parent)
    assert queries_for_queue() == one


def test_queue_items_carry_triage_in_the_callers_language(
    client, jun, bearer, ko_article, post_comment
):
    from masthead.triage.pipeline import triage

    triage(post_comment(ko_article, body="좋은 기사입니다. 정말 고맙습니다."))
    headers = bearer(jun)
    for language, expected in (("en", "No links."), ("ko", "링크 없음.")):
        response = client.get(QUEUE, HTTP_ACCEPT_LANGUAGE=language, headers=headers)
        (item,) = response.json()["items"]
        notes = {note["rule"]: note for note in item["triage"]}
        assert notes["links"]["explanation"] == expected
        assert notes["links"]["outcome"] == "pass"
