"""Hostile comments, approved, edited and rejected, on every page that shows them:
with JavaScript on, no script they carry runs, and the pages break no rule of their
own Content-Security-Policy.

A real `masthead serve` site of its own (the soak harness builds it); the payloads
come from tests/reliability/hostile_inputs.json.
"""

import json
import os
from pathlib import Path

import pytest

from tests.migrated import copy_prepared_data
from tests.reliability.harness import soak_harness

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        bool(os.environ.get("DATABASE_URL")),
        reason="its site is always SQLite, so the SQLite pass has run it already",
    ),
]

CASES = json.loads(
    (Path(__file__).parents[1] / "reliability" / "hostile_inputs.json").read_text()
)
PASSWORD = "hostile-pages-42"  # noqa: S105 - a throwaway site's moderator
SAMPLE = [
    case["value"]
    for case in CASES
    if case["id"].startswith("xss-") and case["id"].endswith("-plain-body")
][::3]
NAMES = [case["value"] for case in CASES if case["id"].endswith("-plain-name")][:8]


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    """A served site whose desk holds the sample approved, edited and rejected."""
    env = soak_harness.site_env(tmp_path_factory.mktemp("hostile"))
    copy_prepared_data(tmp_path_factory, env["MASTHEAD_DATA"])
    site = soak_harness.prepare_site(env, 1, 1, PASSWORD, collect_static=False)
    server = soak_harness.Server(env, workers=1).start()
    try:
        site["decided"] = post_and_decide(server, site)
        yield server.base_url, site
    finally:
        server.stop()


def api(server, path, payload=None, key=None):
    opener = soak_harness.urllib.request.build_opener(soak_harness.NoRedirect)
    headers = {"Content-Type": "application/json"}
    if key:
        headers["Authorization"] = f"Bearer {key}"
    data = json.dumps(payload).encode() if payload is not None else None
    status, body = soak_harness.request(
        opener, f"{server.base_url}/api/v1{path}", data, headers
    )
    assert status in (200, 202), body
    return json.loads(body)


def post_and_decide(server, site):
    """Post each payload; approve a third, approve a third with an edit (adding
    another payload), reject the rest. Return {comment id: action}."""
    article, key, decided = site["articles"][0], site["keys"][0], {}
    for number, body in enumerate(SAMPLE):
        name = NAMES[number % len(NAMES)][:50]
        posted = api(
            server,
            f"/articles/{article['id']}/comments",
            {"name": name, "body": body},
        )
        action = ("approve", "edit", "reject")[number % 3]
        decision = {"action": action, "revision": 1, "reason": site["reason"]}
        if action == "edit":  # approved with an edit, so it is public and has a diff
            decision.update(action="approve", body=body + "\n" + SAMPLE[-1 - number])
        api(server, f"/moderation/comments/{posted['id']}/decisions", decision, key)
        decided[posted["id"]] = action
    return decided


def sign_in(page, base_url):
    page.goto(f"{base_url}/admin/login/?next=/moderation/")
    page.fill("input[name=username]", "soak-moderator-0")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/moderation/")


def assert_nothing_ran(page):
    assert page.dialogs == []
    assert [m for m in page.console_messages if "Content Security Policy" in m] == []
    assert [m for m in page.console_messages if "alert" in m] == []


def test_article_page_shows_hostile_comments_as_text(hostile_site, watched_page):
    base_url, site = hostile_site
    page = watched_page
    page.goto(base_url + site["articles"][0]["url"])
    public = [pk for pk, action in site["decided"].items() if action != "reject"]
    assert page.locator(".comment-body").count() == len(public)
    assert page.locator(".comment-body script, .comment-body img").count() == 0
    assert_nothing_ran(page)


@pytest.mark.parametrize(
    "path",
    [
        "/moderation/",
        "/moderation/queue/approved/",
        "/moderation/queue/rejected/",
        "/moderation/queue/all/",
        "/moderation/audit/",
    ],
)
def test_desk_page_shows_hostile_comments_as_text(hostile_site, watched_page, path):
    base_url, _site = hostile_site
    sign_in(watched_page, base_url)
    watched_page.goto(base_url + path)
    assert watched_page.locator("main script, main svg, main iframe").count() == 0
    assert_nothing_ran(watched_page)


def test_diff_of_an_edited_hostile_comment_runs_nothing(hostile_site, watched_page):
    base_url, site = hostile_site
    edited = [pk for pk, action in site["decided"].items() if action == "edit"]
    sign_in(watched_page, base_url)
    for pk in edited[:4]:
        watched_page.goto(f"{base_url}/moderation/comments/{pk}/?from=1&to=2")
        assert watched_page.locator(".diff").count() == 1
        assert watched_page.locator(".diff script, .diff img, .diff svg").count() == 0
    assert_nothing_ran(watched_page)
