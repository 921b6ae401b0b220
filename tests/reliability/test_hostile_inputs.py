"""Every case of hostile_inputs.json through the form and the API: never a 5xx, a
4xx where the rules say no, and what is stored is exactly what was accepted after
the documented cleaning (NFC, control characters and bidi overrides removed)."""

import json
from pathlib import Path
from urllib.parse import quote

import pytest
from django.core.cache import cache

from masthead.comments.models import Comment
from masthead.comments.text import clean_plain_text

from . import hostile_cases
from .helpers import address_for, aged_target

pytestmark = pytest.mark.django_db

CASES = json.loads((Path(__file__).parent / "hostile_inputs.json").read_text())
DEFAULTS = {"name": "Reader", "body": "A fair report.", "email": ""}


def group_of(case):
    return case["id"].split("-")[0]


def over_column(case):
    """An email longer than the database column (254), which the form lets through."""
    return case["field"] == "email" and len(case.get("value", "")) > 254


GROUPS = {}
for _case in CASES:
    if not over_column(_case):
        GROUPS.setdefault(group_of(_case), []).append(_case)
LONG_EMAILS = [case for case in CASES if over_column(case)]
by_group = pytest.mark.parametrize("group", sorted(GROUPS))


def value_bytes(case):
    if "raw_hex" in case:
        return bytes.fromhex(case["raw_hex"])
    return (case["value"] * case.get("repeat", 1)).encode("utf-8", "surrogatepass")


def form_body(case, article):
    """Return the urlencoded form with the case's bytes in its field, as sent."""
    fields = {**DEFAULTS, "security": aged_target(article)}
    fields.pop(case["field"])
    encoded = "&".join(f"{key}={quote(value)}" for key, value in fields.items())
    attacked = quote(value_bytes(case), safe="")
    return f"{encoded}&{case['field']}={attacked}".encode()


def stored_as(field, value):
    """Return what the documented cleaning makes of an accepted value."""
    text = hostile_cases.crlf(value).strip()
    if field == "email":
        return text
    text = clean_plain_text(text)[0]
    return text.strip() if field == "name" else text


def accepted_value(case):
    """The text the server received: invalid UTF-8 is decoded with replacement."""
    return value_bytes(case).decode("utf-8", "replace")


def outcome_problem(case, response, accepted_status):
    """Return what is wrong with the answer to one case, or "" when it is right."""
    if response.status_code >= 500:
        return f"{response.status_code}: {response.content[:200]!r}"
    comments = list(Comment.objects.all())
    if response.status_code == accepted_status:
        if case["expect"] == "reject":
            return "accepted what the rules refuse"
        field = {"name": "display_name"}.get(case["field"], case["field"])
        stored = [getattr(comment, field) for comment in comments]
        wanted = stored_as(case["field"], accepted_value(case))
        return "" if stored == [wanted] else f"stored {stored!r}, not {wanted!r}"
    if case["expect"] == "accept":
        return f"refused with {response.status_code}: {response.content[:200]!r}"
    if not 400 <= response.status_code < 500 or comments:
        return f"{response.status_code} and {len(comments)} stored"
    return ""


def run_cases(cases, send):
    """Send every case, each as a first visit; return {case id: problem}."""
    problems = {}
    for case in cases:
        cache.clear()
        problem = send(case)
        if problem:
            problems[case["id"]] = problem
        Comment.objects.all().delete()
    return problems


def test_data_file_matches_its_generator():
    assert json.loads(hostile_cases.as_json()) == CASES


def test_data_file_has_at_least_three_hundred_cases():
    assert len(CASES) >= 300


@by_group
def test_form_answers_hostile_input_without_a_server_error(client, article, group):
    def send(case):
        response = client.generic(
            "POST",
            f"/comments/post/{article.pk}/",
            form_body(case, article),
            content_type="application/x-www-form-urlencoded",
            REMOTE_ADDR=address_for(case["id"]),
        )
        return outcome_problem(case, response, 303)

    assert run_cases(GROUPS[group], send) == {}


def api_body(case):
    if "raw_hex" in case:
        # Invalid UTF-8 inside a JSON string: the body is no JSON at all.
        prefix = b'{"name": "Reader", "body": "'
        return prefix + value_bytes(case) + b'"}'
    payload = {**DEFAULTS, case["field"]: case["value"] * case.get("repeat", 1)}
    return json.dumps(payload).encode()


def post_to_api(client, article, case):
    """Post a case's comment through the API, from its own address."""
    return client.generic(
        "POST",
        f"/api/v1/articles/{article.pk}/comments",
        api_body(case),
        content_type="application/json",
        REMOTE_ADDR=address_for(case["id"]),
    )


@by_group
def test_api_answers_hostile_input_without_a_server_error(client, article, group):
    def send(case):
        response = post_to_api(client, article, case)
        if response.status_code == 202:
            assert response.json()["id"] == Comment.objects.get().pk
        return outcome_problem(case, response, 202)

    cases = [case for case in GROUPS[group] if "raw_hex" not in case]
    assert run_cases(cases, send) == {}


def test_api_answers_invalid_utf8_without_a_server_error(client, article):
    """Invalid UTF-8 is no JSON: 400 and nothing stored (or, for bytes that happen to
    decode, the comment stored once)."""

    def send(case):
        response = post_to_api(client, article, case)
        stored = Comment.objects.count()
        if (response.status_code, stored) not in {(400, 0), (202, 1)}:
            return (
                f"{response.status_code}, {stored} stored: {response.content[:200]!r}"
            )
        return ""

    cases = [c for c in CASES if "raw_hex" in c and not encodes_a_surrogate(c)]
    assert run_cases(cases, send) == {}


def encodes_a_surrogate(case):
    """Whether the bytes hold a UTF-16 surrogate, which json.loads() lets through."""
    try:
        text = value_bytes(case).decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        return False  # json.loads() refuses it like any invalid UTF-8
    return any(0xD800 <= ord(character) <= 0xDFFF for character in text)


@pytest.mark.parametrize(
    "body",
    [
        b'{"name": "Reader", "body": "half \\ud800 a pair"}',
        b'{"name": "Reader", "body": "\xed\xa0\x80"}',
    ],
    ids=["escaped", "raw-bytes"],
)
def test_lone_surrogate_in_json_is_answered_without_a_server_error(
    client, article, body
):
    response = client.generic(
        "POST",
        f"/api/v1/articles/{article.pk}/comments",
        body,
        content_type="application/json",
    )
    assert response.status_code < 500


@pytest.mark.parametrize("case", LONG_EMAILS, ids=[c["id"] for c in LONG_EMAILS])
def test_email_longer_than_its_column_is_answered_without_a_server_error(
    client, article, case
):
    response = client.generic(
        "POST",
        f"/api/v1/articles/{article.pk}/comments",
        api_body(case),
        content_type="application/json",
    )
    assert outcome_problem(case, response, 202) == ""
