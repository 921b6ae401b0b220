"""The index follows what is published: publish, unpublish, delete, rebuild."""

import pytest
from django.core.management import call_command
from wagtail.models import Page, PageViewRestriction

from masthead.search.models import SearchDocument
from masthead.search.queries import search

pytestmark = pytest.mark.django_db


def found(code, query):
    return [document.title for document in search(code, query)[1]]


def test_publishing_an_article_indexes_it(publish):
    article = publish("en", "Harbour reopens", "Boats are back.")
    document = SearchDocument.objects.get(page=article)
    assert document.edition == "en"
    assert document.text == "Boats are back."


def test_article_with_no_words_is_indexed_and_found_by_none(publish):
    article = publish("en", "…!?")
    assert SearchDocument.objects.filter(page=article).exists()
    assert found("en", "x") == []


def test_publishing_a_new_revision_replaces_the_indexed_text(publish):
    article = publish("en", "Harbour reopens")
    article.title = "Harbour closes"
    article.save_revision().publish()
    assert found("en", "closes") == ["Harbour closes"]
    assert found("en", "reopens") == []


def test_draft_changes_are_not_searchable_before_they_are_published(publish):
    article = publish("en", "Harbour reopens")
    article.title = "Secret draft headline"
    article.save_revision()
    assert found("en", "secret") == []


def test_unpublished_article_is_not_found(publish):
    article = publish("en", "Harbour reopens")
    article.unpublish()
    assert found("en", "harbour") == []
    assert not SearchDocument.objects.filter(page=article).exists()


def test_republished_article_is_found_again(publish):
    article = publish("en", "Harbour reopens")
    article.unpublish()
    article.save_revision().publish()
    assert found("en", "harbour") == ["Harbour reopens"]


def test_deleted_article_leaves_the_index(publish):
    article = publish("en", "Harbour reopens")
    article.delete()
    assert not SearchDocument.objects.exists()
    assert found("en", "harbour") == []


def test_article_behind_a_password_is_not_indexed(publish, section_of):
    section = section_of("en")
    PageViewRestriction.objects.create(
        page=section, restriction_type="password", password="x"
    )
    publish("en", "Harbour reopens")
    assert found("en", "harbour") == []


def test_restricting_a_section_drops_its_articles_from_the_index(publish, section_of):
    publish("en", "Harbour reopens")
    PageViewRestriction.objects.create(page=section_of("en"), restriction_type="login")
    assert found("en", "harbour") == []


def test_lifting_a_restriction_indexes_its_articles_again(publish, section_of):
    restriction = PageViewRestriction.objects.create(
        page=section_of("en"), restriction_type="login"
    )
    publish("en", "Harbour reopens")
    restriction.delete()
    assert found("en", "harbour") == ["Harbour reopens"]


def test_standfirst_caption_quote_and_tags_are_searchable(section_of, make_article):
    article = make_article(
        section_of("en"),
        title="Harbour reopens",
        standfirst="Trawlers sail again",
        lead_caption="A lighthouse at dawn",
        body=[("quote", {"text": "We waited months", "attribution": "A skipper"})],
    )
    article.tags.add("fisheries")
    article.save_revision().publish()
    for word in ("trawlers", "lighthouse", "months", "skipper", "fisheries"):
        assert found("en", word) == ["Harbour reopens"], word


def test_rebuild_command_indexes_articles_published_without_signals(publish, capsys):
    publish("en", "Harbour reopens")
    publish("ko", "서울 회의")
    SearchDocument.objects.all().delete()
    call_command("rebuild_search")
    assert "Indexed 2 articles" in capsys.readouterr().out
    assert found("en", "harbour") == ["Harbour reopens"]
    assert found("ko", "서울") == ["서울 회의"]


def test_rebuild_command_can_rebuild_one_edition(publish, capsys):
    publish("en", "Harbour reopens")
    publish("ko", "서울 회의")
    call_command("rebuild_search", edition="ko")
    assert "Indexed 1 articles" in capsys.readouterr().out
    assert SearchDocument.objects.count() == 2


@pytest.mark.search_index
def test_an_article_is_indexed_once_by_its_words_and_wagtail_keeps_only_its_title(
    publish,
):
    """Readers' search has the body; Wagtail's own index, used by the admin's page
    search, holds the title alone, so a publish does not index the body twice."""
    article = publish("en", "Harbour reopens", "Nets mended by the cooperative.")
    assert found("en", "cooperative") == ["Harbour reopens"]
    assert [page.pk for page in Page.objects.search("Harbour")] == [article.pk]
    assert list(Page.objects.search("cooperative")) == []
