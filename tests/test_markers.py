"""A test marked database_independent, left out of CI's PostgreSQL pass, never asks
for the database."""

import pytest

from tests.conftest import refuse_database_tests_marked_independent


class Item:
    def __init__(self, nodeid, fixturenames, markers=()):
        self.nodeid, self.fixturenames, self.markers = nodeid, fixturenames, markers

    def get_closest_marker(self, name):
        return name if name in self.markers else None


def test_database_test_marked_independent_stops_the_run_naming_it():
    items = [
        Item(
            "tests/a.py::test_reads",
            ["db", "_django_db_helper"],
            ["database_independent"],
        ),
        Item("tests/b.py::test_counts", ["tmp_path"], ["database_independent"]),
        Item("tests/c.py::test_marked", [], ["django_db", "database_independent"]),
    ]
    with pytest.raises(
        pytest.UsageError, match=r"tests/a\.py::test_reads\ntests/c\.py::test_marked$"
    ):
        refuse_database_tests_marked_independent(items)


def test_unmarked_database_tests_and_marked_database_free_tests_pass():
    items = [
        Item("tests/a.py::test_reads", ["db", "_django_db_helper"]),
        Item("tests/b.py::test_counts", ["tmp_path"], ["database_independent"]),
    ]
    refuse_database_tests_marked_independent(items)
