"""The demo newsroom, built once per test module and rolled back after it."""

import pytest
from django.db import transaction

from masthead.demo.loader import load_demo_content
from tests.conftest import restore_migrated_data


@pytest.fixture(scope="module")
def demo_newsroom(django_db_setup, django_db_blocker):
    # Building the newsroom takes a second or two; the tests only read it.
    with django_db_blocker.unblock(), transaction.atomic():
        restore_migrated_data()  # a transactional test before may have emptied it
        yield load_demo_content()
        transaction.set_rollback(True)
