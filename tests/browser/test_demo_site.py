"""The served demo starts from the run's prepared data instead of building it."""

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.migrated import DATABASE_FILE, _template_folder
from tests.newsroom import SQLITE_FILE

pytestmark = pytest.mark.database_independent

FIRST_REVISION = "SELECT created_at FROM wagtailcore_revision ORDER BY id LIMIT 1"


def first_revision(database_file):
    with closing(sqlite3.connect(database_file)) as database:
        return database.execute(FIRST_REVISION).fetchone()


def test_served_demo_starts_from_the_runs_newsroom(
    demo_site, demo_site_env, tmp_path_factory
):
    newsroom = _template_folder(tmp_path_factory) / SQLITE_FILE
    served = Path(demo_site_env["MASTHEAD_DATA"]) / DATABASE_FILE
    # Revisions are stamped to the microsecond: a newsroom built again differs.
    assert first_revision(served) == first_revision(newsroom)
