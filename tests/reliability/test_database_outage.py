"""The database goes away while readers post: 503 with the reader's text (form) or
a 503 JSON (API), nothing half-written, and the service back by itself after.

PostgreSQL (CI's second pass): a disposable cluster of our own is stopped with
`pg_ctl -m fast` and started again; the server keeps running throughout. SQLite
(CI's first pass): another process holds the database's write lock for longer than
the server's busy timeout, which is what "unavailable" means for a file.
"""

import json
import os
import sqlite3
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from tests.migrated import copy_collected_static, copy_migrated_database

from .harness import soak_harness, soak_postgres

BODY = "Outage check: the text the reader typed, ünïcödé and 한국어."
SQLITE_BUSY_SECONDS = 20  # the server's "timeout" (settings/environment.py)


def post_form(form, article, body=BODY):
    return form.post(article, body)


def post_api(server, article, body=BODY):
    opener = urllib.request.build_opener(soak_harness.NoRedirect)
    data = json.dumps({"name": "Soak reader", "body": body}).encode()
    return soak_harness.request(
        opener,
        f"{server.base_url}/api/v1/articles/{article['id']}/comments",
        data,
        {"Content-Type": "application/json"},
        timeout=SQLITE_BUSY_SECONDS + 30,
    )


def served(env, workers=2):
    site = soak_harness.prepare_site(env, 1, 1, collect_static=False)
    return site, soak_harness.Server(env, workers=workers).start()


def assert_refused_with_text(form_answer, api_answer):
    status, page = form_answer
    assert status == 503
    assert "Outage check: the text the reader typed" in page.decode()
    status, payload = api_answer
    assert status == 503, payload
    assert json.loads(payload)["detail"]


def assert_recovers(server, form, article, seconds=60):
    """Posts succeed again within `seconds`, with no restart or manual step."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        form_status, _page = post_form(form, article, "Back again by form.")
        api_status, _payload = post_api(server, article, "Back again by API.")
        if (form_status, api_status) == (303, 202):
            return
        assert form_status in (303, 503) and api_status in (202, 503)
        time.sleep(1)
    pytest.fail(f"no recovery in {seconds}s: {form_status}, {api_status}")


def assert_nothing_half_written(env):
    database = soak_harness.site_command(env, "verify")
    assert database["revision_gaps"] == []
    assert sum(database["statuses"].values()) == len(database["ids"])


@pytest.mark.skipif(
    not os.environ.get("DATABASE_URL"),
    reason="PostgreSQL pass only; the SQLite pass runs the locked-file test below",
)
def test_postgres_outage_answers_503_with_text_and_recovers(tmp_path, tmp_path_factory):
    with soak_postgres.disposable_cluster() as cluster:
        assert cluster, (
            "PostgreSQL's server programs are needed: apt-get install postgresql"
        )
        env = soak_harness.site_env(tmp_path, cluster.url)
        copy_collected_static(tmp_path_factory, tmp_path)
        site, server = served(env)
        try:
            article = site["articles"][0]
            form = soak_harness.FormClient(server.base_url, article)
            assert form.target(article)
            assert post_form(form, article)[0] == 303
            cluster.stop("fast")
            form_answer = post_form(form, article)
            api_answer = post_api(server, article)
            cluster.start()
            assert_recovers(server, form, article)
            assert_nothing_half_written(env)
        finally:
            server.stop()
    assert_refused_with_text(form_answer, api_answer)


@pytest.mark.skipif(
    bool(os.environ.get("DATABASE_URL")),
    reason="SQLite pass only; the PostgreSQL pass stops a real cluster above",
)
def test_sqlite_locked_out_answers_503_with_text_and_recovers(
    tmp_path, tmp_path_factory
):
    env = soak_harness.site_env(tmp_path)
    copy_migrated_database(tmp_path_factory, tmp_path)
    copy_collected_static(tmp_path_factory, tmp_path)
    # One worker: the two posts share a process, so neither may wait on the other.
    site, server = served(env, workers=1)
    try:
        article = site["articles"][0]
        form = soak_harness.FormClient(server.base_url, article)
        assert form.target(article)
        answers = {}
        with held_write_lock(Path(tmp_path) / "masthead.sqlite3"):
            posts = [
                threading.Thread(
                    target=lambda: answers.update(form=post_form(form, article))
                ),
                threading.Thread(
                    target=lambda: answers.update(api=post_api(server, article))
                ),
            ]
            for thread in posts:
                thread.start()
            for thread in posts:
                thread.join(SQLITE_BUSY_SECONDS + 40)
        assert_refused_with_text(answers["form"], answers["api"])
        assert_recovers(server, form, article)
        assert_nothing_half_written(env)
    finally:
        server.stop()


class held_write_lock:
    """Hold SQLite's write lock (BEGIN EXCLUSIVE) until the block ends, as a stuck
    writer or a backup tool would."""

    def __init__(self, path):
        self.connection = sqlite3.connect(path, timeout=30, isolation_level=None)

    def __enter__(self):
        self.connection.execute("BEGIN EXCLUSIVE")
        return self

    def __exit__(self, *exc_info):
        self.connection.execute("ROLLBACK")
        self.connection.close()
