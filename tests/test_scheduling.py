"""The order xdist hands tests out in."""

from types import SimpleNamespace

import pytest

from tests.conftest import hand_out_slow_first

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
