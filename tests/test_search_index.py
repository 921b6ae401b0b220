"""Tests leave Wagtail's own search index unwritten unless they ask for it."""

import pytest
from wagtail.models import Page
from wagtail.search.models import IndexEntry


def test_publishing_a_page_writes_nothing_to_wagtails_search_index(
    en_section, make_article
):
    # Counted, not required empty: on PostgreSQL an earlier test on the same worker
    # can leave entries behind (CI's PostgreSQL pass found some).
    entries = IndexEntry.objects.count()
    make_article(en_section, title="Harbour reopens")
    assert IndexEntry.objects.count() == entries


@pytest.mark.search_index
def test_a_marked_test_keeps_wagtails_search_index_written(en_section, make_article):
    article = make_article(en_section, title="Harbour reopens")
    assert [page.pk for page in Page.objects.search("Harbour")] == [article.pk]
