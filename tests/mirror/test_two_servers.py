"""Two real `masthead serve` processes on one database agree: a decision taken on
one reaches the other's baked page within a second, and flood limits count posts
made to either.

On PostgreSQL (DATABASE_URL, as in CI's second pass) each server has a data folder
of its own; on SQLite they share the data folder, whose database file is the shared
database, and each keeps its baked pages in a folder of its own.
"""

import json
import os
import secrets
import time
import urllib.request
from pathlib import Path

import pytest

from tests.migrated import copy_prepared_data
from tests.reliability.harness import soak_harness, soak_postgres

PROPAGATION_SECONDS = 1.0
FLOOD_LIMIT = 3


@pytest.fixture(scope="module")
def two_servers(tmp_path_factory):
    """Yield (site, server_a, server_b)."""
    with soak_postgres.scratch_database() as database_url:
        redis_url = os.environ.get("TEST_REDIS_URL")
        # A secret of this run's own: flood keys are made from it, and the Redis of
        # CI's SQLite pass still holds that pass's counts when the PostgreSQL pass runs.
        secret = "two-servers-test-secret-" + secrets.token_hex(20)
        folder_a = tmp_path_factory.mktemp("server-a")
        env_a = server_env(folder_a, database_url, redis_url, secret)
        copy_prepared_data(tmp_path_factory, folder_a, database=database_url is None)
        site = soak_harness.prepare_site(env_a, 1, 1, collect_static=False)
        folder_b = tmp_path_factory.mktemp("server-b")
        if database_url:
            env_b = server_env(folder_b, database_url, redis_url, secret)
            copy_prepared_data(tmp_path_factory, folder_b, database=False)
        else:
            env_b = {**env_a, "MASTHEAD_MIRROR_ROOT": str(folder_b / "mirror")}
        servers = [
            soak_harness.Server(env, workers=1, log_path=folder / "serve.log")
            for env, folder in ((env_a, folder_a), (env_b, folder_b))
        ]
        try:
            for server in servers:
                server.start()
            yield site, *servers
        finally:
            for server in servers:
                server.stop()


def server_env(folder, database_url, redis_url, secret):
    env = soak_harness.site_env(folder, database_url, redis_url)
    env["MASTHEAD_MIRROR"] = "on"
    # Servers of one site share their secret (flood keys and address hashes use it).
    env["SECRET_KEY"] = secret
    # Pages are baked again in the deciding request, so only the deciding server's
    # folder is baked anew: the other must hear of the purge.
    env["MASTHEAD_MIRROR_TASKS"] = ""
    env["MASTHEAD_FLOOD_COMMENTER"] = f"{FLOOD_LIMIT}/h"
    # Each test posts as a reader of its own (X-Forwarded-For from 127.0.0.1).
    env["MASTHEAD_TRUSTED_PROXIES"] = "127.0.0.1"
    return env


def mirror_folder(server):
    env = server.env
    return Path(
        env.get("MASTHEAD_MIRROR_ROOT") or Path(env["MASTHEAD_DATA"]) / "mirror"
    )


def fetch(url, headers=None, data=None):
    """Return (status, body text)."""
    opener = urllib.request.build_opener(soak_harness.NoRedirect)
    status, body = soak_harness.request(opener, url, data, headers)
    return status, body.decode("utf-8", "replace")


def post_comment(server, site, body, reader):
    article = site["articles"][0]
    data = json.dumps({"name": "Reader", "body": body}).encode()
    headers = {"Content-Type": "application/json", "X-Forwarded-For": reader}
    url = f"{server.base_url}/api/v1/articles/{article['id']}/comments"
    return fetch(url, headers, data)


def pending_item(server, site, comment_id, seconds=60):
    """Return the desk's queue item of a comment once triage has put it there."""
    headers = {"Authorization": f"Bearer {site['keys'][0]}"}
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        status, body = fetch(
            f"{server.base_url}/api/v1/moderation/comments?limit=100", headers
        )
        if status == 200:
            for item in json.loads(body)["items"]:
                if item["id"] == comment_id:
                    return item
        time.sleep(0.1)
    raise AssertionError(f"comment {comment_id} never reached the desk's queue")


def approve(server, site, item):
    headers = {
        "Authorization": f"Bearer {site['keys'][0]}",
        "Content-Type": "application/json",
    }
    decision = {"action": "approve", "revision": item["revision"]}
    url = f"{server.base_url}/api/v1/moderation/comments/{item['id']}/decisions"
    return fetch(url, headers, json.dumps(decision).encode())


def seconds_until_gone(files, seconds=10):
    """Return how long the baked files took to go (or `seconds` if they stayed)."""
    started = time.monotonic()
    while any(path.exists() for path in files):
        if time.monotonic() - started > seconds:
            break
        time.sleep(0.01)
    return time.monotonic() - started


def seconds_until_shown(url, text, seconds=10):
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        status, page = fetch(url)
        if status == 200 and text in page:
            return time.monotonic() - started
        time.sleep(0.05)
    return None


def test_approval_on_one_server_reaches_the_others_baked_page_within_a_second(
    two_servers,
):
    site, server_a, server_b = two_servers
    marker = "Ferry timetable confirmed by the harbour office"
    status, body = post_comment(server_a, site, marker, "198.51.100.1")
    assert status == 202, body
    item = pending_item(server_a, site, json.loads(body)["id"])
    page_on_b = server_b.base_url + site["articles"][0]["url"]
    fetch(page_on_b)  # rendered and baked on B, then answered from its folder
    status, before = fetch(page_on_b)
    assert status == 200 and marker not in before
    article_path = site["articles"][0]["url"].strip("/")
    baked = [mirror_folder(server_b) / article_path / "index.html"]
    assert baked[0].exists(), "B did not bake the article"
    status, _ = approve(server_a, site, item)
    assert status == 200
    gone = seconds_until_gone(baked)
    print(f"the purge reached the other server's folder in {gone:.3f} s")
    assert gone < PROPAGATION_SECONDS
    assert seconds_until_shown(page_on_b, marker) is not None


def test_flood_limit_counts_posts_made_to_either_server(two_servers):
    site, server_a, server_b = two_servers
    statuses = [
        post_comment(server, site, f"Flood post {number}", "203.0.113.77")[0]
        for number, server in enumerate([server_a, server_b] * FLOOD_LIMIT)
    ]
    assert statuses.count(202) == FLOOD_LIMIT
    assert statuses.count(429) == FLOOD_LIMIT
