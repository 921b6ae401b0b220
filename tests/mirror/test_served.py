"""Through the real serving path: `masthead serve` (granian, one worker) in a fresh
data folder, driven over HTTP. An approval shows on the very next request for the
page, and the page is answered from its file again once the queue has baked it."""

import json
import time
import urllib.request

import pytest

from tests.reliability.harness import soak_harness

# Its site is SQLite of its own or it has none: the same on any DATABASE_URL.
pytestmark = pytest.mark.database_independent


@pytest.fixture
def site(served_site):
    return served_site


def fetch(server, path, data=None, headers=None):
    opener = urllib.request.build_opener(soak_harness.NoRedirect)
    request = urllib.request.Request(
        server.base_url + path, data=data, headers=headers or {}
    )
    try:
        with opener.open(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def send_json(server, path, payload, key=None):
    headers = {"Content-Type": "application/json"}
    if key:
        headers["Authorization"] = f"Bearer {key}"
    status, _, body = fetch(server, path, json.dumps(payload).encode(), headers)
    return status, json.loads(body or b"{}")


def fetch_baked(server, path, seconds=20):
    """Fetch `path` until the answer comes from its baked file (it has an ETag).

    Pages are baked again on the task queue, a moment after the change; until
    then Django answers with the same, current page.
    """
    deadline = time.monotonic() + seconds
    while True:
        status, headers, body = fetch(server, path)
        if "ETag" in headers or time.monotonic() > deadline:
            return status, headers, body
        time.sleep(0.1)


def test_published_article_is_answered_from_its_file(site):
    details, server = site
    status, headers, body = fetch_baked(server, details["articles"][0]["url"])
    assert status == 200 and "ETag" in headers and b"Soak article 0" in body


def test_revalidation_is_answered_304(site):
    details, server = site
    url = details["articles"][0]["url"]
    etag = fetch_baked(server, url)[1]["ETag"]
    assert fetch(server, url, headers={"If-None-Match": etag})[0] == 304


def test_approved_comment_is_on_the_next_request(site):
    details, server = site
    article = details["articles"][0]
    text = "The harbour ferry now runs every hour on weekdays."
    # Read from its file twice: the worker now keeps the answer in memory too.
    for _ in range(2):
        _, headers, body = fetch_baked(server, article["url"])
        assert "ETag" in headers and text.encode() not in body
    status, posted = send_json(
        server,
        f"/api/v1/articles/{article['id']}/comments",
        {"name": "Reader", "body": text},
    )
    assert status == 202
    status, _ = send_json(
        server,
        f"/api/v1/moderation/comments/{posted['id']}/decisions",
        {"action": "approve", "revision": 1},
        key=details["keys"][0],
    )
    assert status == 200
    assert text.encode() in fetch(server, article["url"])[2]
    status, headers, body = fetch_baked(server, article["url"])
    assert "ETag" in headers and text.encode() in body


def test_cross_site_comment_post_is_refused(site):
    details, server = site
    article = details["articles"][0]
    data = b"name=Reader&body=Hello+there+from+far+away"
    headers = {
        "Origin": "https://attacker.example",
        "Content-Type": "application/x-www-form-urlencoded",
    }
    status, _, _ = fetch(server, f"/comments/post/{article['id']}/", data, headers)
    assert status == 403


def set_restriction(server, article_id, restricted):
    """Put a login restriction on the article, or lift it, as an editor would: in a
    process of its own, which purges the files the running front serves."""
    change = (
        f"PageViewRestriction.objects.create(page_id={article_id}, "
        "restriction_type='login')"
        if restricted
        else f"PageViewRestriction.objects.filter(page_id={article_id}).delete()"
    )
    code = f"from wagtail.models import PageViewRestriction; {change}"
    soak_harness.masthead(server.env, "shell", "-c", code)


def test_restricted_article_is_never_served_from_its_file_until_lifted(site):
    details, server = site
    article = details["articles"][0]
    # Read from its file twice: the worker now keeps the answer in memory too.
    for _ in range(2):
        assert "ETag" in fetch_baked(server, article["url"])[1]
    set_restriction(server, article["id"], restricted=True)
    try:
        for path in (article["url"], "/lite" + article["url"]):
            status, headers, body = fetch(server, path)
            assert status == 302 and "ETag" not in headers
            assert "no-store" in headers["Cache-Control"]
            assert b"Soak article 0" not in body
    finally:
        set_restriction(server, article["id"], restricted=False)
    status, headers, body = fetch_baked(server, article["url"])
    assert "ETag" in headers and b"Soak article 0" in body
