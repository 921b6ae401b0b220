"""The demo newsroom, built once per run and copied into each module that reads it."""

import pytest

from masthead.demo.loader import DemoSummary, find_flagship, load_demo_content
from masthead.news.models import ArticlePage
from tests import newsroom
from tests.conftest import restore_migrated_data


def build_newsroom():
    restore_migrated_data()  # a transactional test before may have emptied it
    load_demo_content()


@pytest.fixture(scope="module")
def demo_newsroom(django_db_setup, django_db_blocker, tmp_path_factory):
    # The tests only read it; what they write is rolled back, and the database is
    # put back as it was after the module.
    with django_db_blocker.unblock():
        with newsroom.newsroom_database(tmp_path_factory, build_newsroom):
            yield DemoSummary(find_flagship(), True, ArticlePage.objects.count())
