import pytest
from django.core.cache import caches


@pytest.fixture(autouse=True)
def fresh_limits():
    """Start each case with empty flood counters, as from a reader never seen."""
    clear_caches()
    yield
    clear_caches()


@pytest.fixture
def article(en_section, make_article):
    return make_article(en_section, title="Ferry service resumes")


def clear_caches():
    for cache in caches.all():
        cache.clear()
