"""The order xdist hands tests out in."""

from types import SimpleNamespace

import pytest

from tests.conftest import hand_out_slow_first, shared_site_group

pytestmark = pytest.mark.database_independent  # it never opens the database


def test_slow_tests_are_handed_out_first_in_their_order():
    nodeids = [
        "tests/api/test_a.py::test_one",
        "tests/reliability/test_soak.py::test_soak",
        "tests/core/test_cache.py::test_two",
        "tests/core/test_serve.py::test_serve",
    ]
    items = [SimpleNamespace(nodeid=nodeid) for nodeid in nodeids]
    hand_out_slow_first(items)
    assert [item.nodeid for item in items] == [
        "tests/reliability/test_soak.py::test_soak",
        "tests/core/test_serve.py::test_serve",
        "tests/api/test_a.py::test_one",
        "tests/core/test_cache.py::test_two",
    ]


def test_the_cluster_soak_runs_once_on_one_worker():
    """Its module-wide run takes minutes; split, each worker would make its own."""
    module = "tests/reliability/test_cluster.py"
    assert shared_site_group(module) == module
