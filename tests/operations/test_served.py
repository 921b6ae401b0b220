"""A real `masthead serve` on a PostgreSQL cluster of its own, stopped and started
under it: /readyz says 503 and names the database while it is down, /healthz stays
200, and /metrics sums the counts of both granian workers."""

import json
import time
import urllib.request

import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.migrated import copy_collected_static
from tests.reliability.harness import soak_harness, soak_postgres

# The site runs on a cluster of its own: the same on any DATABASE_URL.
pytestmark = pytest.mark.database_independent

OPENER = urllib.request.build_opener(soak_harness.NoRedirect)


def get(server, path):
    status, body = soak_harness.request(OPENER, f"{server.base_url}{path}", timeout=30)
    return status, body


def readiness(server):
    status, body = get(server, "/readyz")
    return status, json.loads(body)


def figures(server):
    status, body = get(server, "/metrics")
    assert status == 200, status
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(body.decode())
        for sample in family.samples
    }


def ready_again(server, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if readiness(server)[0] == 200:
            return True
        time.sleep(1)
    return False


@pytest.fixture(scope="module")
def served_on_own_cluster(tmp_path_factory):
    with soak_postgres.disposable_cluster() as cluster:
        assert cluster, (
            "PostgreSQL's server programs are needed: apt-get install postgresql"
        )
        data = tmp_path_factory.mktemp("served")
        env = soak_harness.site_env(data, cluster.url)
        env["MASTHEAD_METRICS_ADDRESSES"] = "127.0.0.1"
        copy_collected_static(tmp_path_factory, data)
        site = soak_harness.prepare_site(env, 1, 1, collect_static=False)
        server = soak_harness.Server(env, workers=2).start(seconds=180)
        try:
            yield cluster, server, site
        finally:
            server.stop()


def test_metrics_add_up_the_workers_baked_answers(served_on_own_cluster):
    _cluster, server, site = served_on_own_cluster
    article = site["articles"][0]["url"]
    for _read in range(10):
        assert get(server, article)[0] == 200
    time.sleep(1.5)  # the edge adds its counts once a second
    counted = figures(server)
    hits = counted.get(("masthead_baked_lookups_total", (("outcome", "hit"),)), 0)
    misses = counted.get(("masthead_baked_lookups_total", (("outcome", "miss"),)), 0)
    assert hits + misses >= 10 and hits >= 1
    requests = sum(
        value
        for (name, labels), value in counted.items()
        if name == "masthead_http_requests_total"
    )
    assert requests >= 10


def test_readyz_answers_503_naming_the_database_while_it_is_stopped(
    served_on_own_cluster,
):
    cluster, server, _site = served_on_own_cluster
    assert readiness(server)[0] == 200
    cluster.stop("fast")
    try:
        status, answer = readiness(server)
        alive = get(server, "/healthz")[0]
    finally:
        cluster.start()
    assert status == 503 and answer["status"] == "not ready"
    assert not answer["checks"]["database"]["ok"]
    assert "database" in answer["checks"]["database"]["problem"]
    assert alive == 200
    assert ready_again(server)
