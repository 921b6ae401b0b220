"""SQLite gets the planner statistics the desk's queues rely on."""

import pytest
from django.db import connection

from masthead.core.database import refresh_query_statistics

pytestmark = pytest.mark.django_db


def test_statistics_are_gathered_on_sqlite_and_left_to_postgresql(
    en_section, make_article
):
    make_article(en_section, title="Harbour reopens")
    gathered = refresh_query_statistics()
    assert gathered == (connection.vendor == "sqlite")
    if gathered:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'wagtailcore_page'"
            )
            assert cursor.fetchone()[0] > 0
