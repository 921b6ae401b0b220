import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def fresh_limits():
    """Start each case with empty flood counters, as from a reader never seen."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def article(en_section, make_article):
    return make_article(en_section, title="Ferry service resumes")
