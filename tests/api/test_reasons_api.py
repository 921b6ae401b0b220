import pytest

from masthead.comments.models import CommentStatus
from masthead.moderation.models import RejectionReason

pytestmark = pytest.mark.django_db

REASONS = "/api/v1/moderation/reasons"
DEFAULT_CODES = [
    "abuse",
    "personal-attack",
    "spam",
    "off-topic",
    "personal-data",
    "unlawful",
    "impersonation",
    "duplicate",
]


@pytest.fixture
def mina(en_home, make_moderator):
    # en_home puts back the default reasons a transactional test may have emptied.
    return make_moderator("mina", edition="en")


@pytest.fixture
def pending(article, post_comment):
    return post_comment(article)


def labels(response):
    return {item["code"]: item["label"] for item in response.json()["items"]}


def decide(post_json, comment, decision, headers):
    url = f"/api/v1/moderation/comments/{comment.pk}/decisions"
    return post_json(url, decision, **headers)


def test_reasons_list_each_code_with_its_terms_clause(client, mina, bearer):
    response = client.get(REASONS, headers=bearer(mina))
    assert response.status_code == 200
    items = response.json()["items"]
    assert [item["code"] for item in items] == DEFAULT_CODES
    assert items[2] == {
        "code": "spam",
        "terms_clause": "3.3",
        "label": "Spam or advertising",
    }


def test_reason_labels_follow_accept_language(client, mina, bearer):
    response = client.get(REASONS, headers={**bearer(mina), "Accept-Language": "ko"})
    assert labels(response)["spam"] == "스팸 또는 광고"
    assert response.json()["language"] == "ko"


def test_lang_parameter_wins_over_accept_language(client, mina, bearer):
    headers = {**bearer(mina), "Accept-Language": "ko"}
    response = client.get(REASONS, {"lang": "ug"}, headers=headers)
    assert labels(response)["spam"] == "ئەخلەت ياكى ئېلان"
    assert response.json()["language"] == "ug"


def test_unknown_lang_is_400_naming_the_edition_codes(client, mina, bearer):
    response = client.get(REASONS, {"lang": "fr"}, headers=bearer(mina))
    assert response.status_code == 400
    [message] = response.json()["errors"]["lang"]
    assert "zh-hans" in message and "ug" in message


def test_retired_reason_is_not_listed(client, mina, bearer):
    RejectionReason.objects.filter(code="duplicate").update(active=False)
    codes = labels(client.get(REASONS, headers=bearer(mina)))
    assert "duplicate" not in codes and "spam" in codes


def test_label_a_site_wrote_comes_back_as_written(client, mina, bearer):
    RejectionReason.objects.create(code="doxxing", label="Doxxing", terms_clause="9")
    response = client.get(REASONS, {"lang": "ko"}, headers=bearer(mina))
    assert labels(response)["doxxing"] == "Doxxing"


def test_reasons_without_a_token_are_401(client):
    response = client.get(REASONS)
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")


def test_reasons_for_someone_at_no_desk_are_403(client, mina, bearer):
    headers = bearer(mina)
    mina.desk_assignments.all().delete()
    assert client.get(REASONS, headers=headers).status_code == 403


def test_unknown_reason_is_400_listing_the_valid_ones(post_json, pending, mina, bearer):
    decision = {"action": "reject", "revision": 1, "reason": "personal data"}
    response = decide(post_json, pending, decision, bearer(mina))
    assert response.status_code == 400
    answer = response.json()
    assert answer["valid_reasons"] == DEFAULT_CODES
    assert "personal data" in answer["detail"] and "personal-data" in answer["detail"]
    pending.refresh_from_db()
    assert pending.status == CommentStatus.PENDING


def test_unknown_reason_for_an_edit_is_400_listing_the_valid_ones(
    post_json, pending, mina, bearer
):
    decision = {"action": "edit", "revision": 1, "body": "Fair.", "reason": "rude"}
    response = decide(post_json, pending, decision, bearer(mina))
    assert response.status_code == 400
    assert response.json()["valid_reasons"] == DEFAULT_CODES
    pending.refresh_from_db()
    assert pending.revision == 1


def test_retired_reason_is_refused_and_not_offered(post_json, pending, mina, bearer):
    RejectionReason.objects.filter(code="duplicate").update(active=False)
    decision = {"action": "reject", "revision": 1, "reason": "duplicate"}
    response = decide(post_json, pending, decision, bearer(mina))
    assert response.status_code == 400
    assert "duplicate" not in response.json()["valid_reasons"]


def reason_schema(client):
    schema = client.get("/api/v1/openapi.json").json()
    return schema["components"]["schemas"]["DecisionIn"]["properties"]["reason"]


def test_openapi_schema_enumerates_the_reason_codes(client, en_home):
    # "" stays valid: approving without an edit needs no reason.
    assert reason_schema(client)["enum"] == ["", *DEFAULT_CODES]


def test_openapi_reason_codes_follow_the_reasons_a_site_keeps(client, en_home):
    RejectionReason.objects.filter(code="duplicate").update(active=False)
    RejectionReason.objects.create(code="doxxing", label="Doxxing", terms_clause="9")
    codes = reason_schema(client)["enum"]
    assert "doxxing" in codes and "duplicate" not in codes
