"""The demo newsroom, built once per run and copied into each module that reads it."""

import pytest

from masthead.demo.loader import DemoSummary, find_flagship
from masthead.news.models import ArticlePage
from tests import newsroom


@pytest.fixture(scope="module")
def demo_newsroom(django_db_setup, django_db_blocker, tmp_path_factory):
    # The tests only read it; what they write is rolled back, and the database is
    # put back as it was after the module.
    with django_db_blocker.unblock():
        with newsroom.newsroom_database(tmp_path_factory):
            yield DemoSummary(find_flagship(), True, ArticlePage.objects.count())
