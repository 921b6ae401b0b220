"""Readers post by form and API while moderators decide, against `masthead serve`
with two workers; then a kill -9 in the middle of it. Nothing acknowledged is lost.

On SQLite in a fresh data folder, or (when DATABASE_URL is set, as in CI's second
pass) in a scratch PostgreSQL database beside it.
"""

import os
import time

import pytest

from tests.migrated import copy_prepared_data

from .harness import (
    ARTICLES,
    CLIENTS,
    COMMENTS,
    CRASH_COMMENTS,
    DEADLINE_SECONDS,
    MODERATORS,
    soak_harness,
    soak_postgres,
)


@pytest.fixture(scope="module")
def soak_site(tmp_path_factory):
    """Yield (env, site, server): a migrated site with articles and moderators,
    served by `masthead serve --workers 2`."""
    data_dir = tmp_path_factory.mktemp("soak")
    with soak_postgres.scratch_database() as database_url:
        redis_url = os.environ.get("TEST_REDIS_URL")
        env = soak_harness.site_env(data_dir, database_url, redis_url)
        copy_prepared_data(tmp_path_factory, data_dir, database=database_url is None)
        site = soak_harness.prepare_site(
            env, ARTICLES, MODERATORS, collect_static=False
        )
        server = soak_harness.Server(env, workers=2).start()
        try:
            yield env, site, server
        finally:
            server.stop()


def soak_and_check(soak_site, comments, during=None):
    env, site, server = soak_site
    before = soak_harness.site_command(env, "verify")
    soak = soak_harness.Soak(
        server, site, comments, CLIENTS, DEADLINE_SECONDS, drain=False
    )
    soak.run(during)
    # Triage runs in the background and may still reject a comment: compare the
    # desk with the database once every stored comment has been triaged (nothing
    # writes after that: the readers and moderators have stopped).
    after = soak_harness.verify_when_idle(env)
    desk = soak_harness.queue_counts(server.base_url, site["keys"][0])
    print(soak_harness.summary(soak))
    return soak, soak_harness.problems(soak.tally, after, desk, before)


def test_soak_keeps_every_acknowledged_comment_once_with_one_audit_per_decision(
    soak_site,
):
    soak, problems = soak_and_check(soak_site, COMMENTS)
    assert problems == []
    assert len(soak.tally.acknowledged) == COMMENTS
    # Decisions raced with the posts (each moderator several times), not after them.
    assert soak.tally.decided_while_posting >= MODERATORS * 10


def test_kill_9_of_the_server_loses_no_acknowledged_comment(soak_site):
    _env, _site, server = soak_site
    crash = {}

    def kill_and_restart(soak):
        soak_harness.wait_until_acknowledged(soak, CRASH_COMMENTS // 4)
        server.kill()
        crash["acknowledged_before"] = len(soak.tally.acknowledged)
        crash["refused"] = soak_harness.request(
            soak_harness.urllib.request.build_opener(), server.base_url + "/en/"
        )[0]
        time.sleep(1)
        server.start()

    soak, problems = soak_and_check(soak_site, CRASH_COMMENTS, kill_and_restart)
    assert crash["refused"] == 0, "the server still answered after kill -9"
    assert 0 < crash["acknowledged_before"] < len(soak.tally.acknowledged)
    assert problems == []
