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


def test_a_module_with_a_module_wide_fixture_of_its_own_is_one_work_unit():
    module = "tests/demo/test_demo_command.py"  # its demo runs take a minute
    assert shared_site_group(module) == module


def test_the_modules_reading_the_demo_newsroom_are_one_work_unit():
    modules = ("tests/demo/test_demo_editions.py", "tests/lite/test_budget.py")
    assert {shared_site_group(module) for module in modules} == {"demo_newsroom"}


def test_a_module_with_no_shared_fixture_is_split_into_its_tests():
    assert shared_site_group("tests/comments/test_form.py") is None
