"""Bad ninjs input: one failure naming the file and the field, nothing imported."""

import pytest
from django.core.files.storage import default_storage
from wagtail.models import Page

from masthead.news.models import ArticlePage, NewsImage, Person
from masthead.news.ninjs import images
from masthead.news.ninjs.errors import ImportFailure
from masthead.news.ninjs.importer import import_file

from .ninjs_fixtures import (
    failure_of,
    minimal,
    rich_document,
    write_json,
    write_rich_story,
)


def test_invalid_json_is_refused(tmp_path, db):
    (tmp_path / "story.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ImportFailure) as caught:
        import_file(tmp_path / "story.json")
    assert str(caught.value).startswith(f"{tmp_path / 'story.json'}: not valid JSON")


def test_missing_file_is_refused(tmp_path, db):
    with pytest.raises(ImportFailure, match="cannot read the file"):
        import_file(tmp_path / "nowhere.json")


def test_schema_violation_names_the_field(tmp_path, db):
    failure = failure_of(tmp_path, minimal(headlines=[{"value": 42}]))
    assert failure.field == "headlines[0].value"
    assert "42 is not of type 'string'" in failure.message


def test_missing_uri_names_the_uri_field(tmp_path, db):
    document = minimal()
    del document["uri"]
    assert failure_of(tmp_path, document).field == "uri"


def test_unknown_language_is_refused_with_the_known_editions(tmp_path, db):
    failure = failure_of(tmp_path, minimal(language="xx"))
    assert str(failure) == (
        f"{tmp_path / 'story.json'}: language: unknown language 'xx'; "
        "known editions: en, ko, zh-hans, zh-hant, bo, ug, my, km, lo, vi"
    )


def test_picture_item_is_refused(tmp_path, db):
    failure = failure_of(tmp_path, minimal(type="picture"))
    assert failure.field == "type"


def test_document_without_headline_is_refused(tmp_path, db):
    document = minimal()
    del document["headlines"]
    assert failure_of(tmp_path, document).field == "headlines"


def test_unreadable_date_is_refused(tmp_path, db):
    failure = failure_of(tmp_path, minimal(firstCreated="yesterday"))
    assert failure.field == "firstCreated"


def test_missing_image_file_is_refused(tmp_path, db):
    story = write_rich_story(tmp_path)
    (tmp_path / "harbour.jpg").unlink()
    with pytest.raises(ImportFailure) as caught:
        import_file(story)
    assert caught.value.field == "associations[1].renditions[1].href"
    assert "image file not found" in caught.value.message


def test_file_that_is_not_an_image_is_refused(tmp_path, db):
    write_rich_story(tmp_path)
    (tmp_path / "harbour.jpg").write_text("not a picture")
    with pytest.raises(ImportFailure, match="not an image file"):
        import_file(tmp_path / "story.json")


def test_image_over_the_size_cap_is_refused(tmp_path, db, settings):
    settings.MASTHEAD_IMPORT_IMAGE_MAX_BYTES = 100
    with pytest.raises(ImportFailure, match="larger than 100 bytes"):
        import_file(write_rich_story(tmp_path))


def test_image_download_error_is_refused(tmp_path, served, db):
    _directory, base_url = served
    rendition = {"name": "original", "href": f"{base_url}/missing.jpg"}
    association = {"name": "p", "uri": "urn:p", "type": "picture"}
    failure = failure_of(
        tmp_path, minimal(associations=[{**association, "renditions": [rendition]}])
    )
    assert failure.field == "associations[0].renditions[0].href"
    assert "could not download" in failure.message


def test_failed_import_leaves_nothing_behind(tmp_path, db, monkeypatch):
    """A crash after the picture is stored rolls back the rows and deletes the file."""
    stored = []
    store_image = images.store_image

    def store_then_crash(*args):
        image = store_image(*args)
        stored.append(image.file.name)
        raise RuntimeError("disk full")

    monkeypatch.setattr("masthead.news.ninjs.importer.store_image", store_then_crash)
    with pytest.raises(RuntimeError):
        import_file(write_rich_story(tmp_path))
    assert not ArticlePage.objects.exists()
    assert not NewsImage.objects.exists()
    assert not Person.objects.exists()
    assert stored and not default_storage.exists(stored[0])


def test_reimport_into_another_edition_is_refused(tmp_path, rich):
    failure = failure_of(
        tmp_path, rich_document(language="ko"), "again.json", update=True
    )
    assert failure.field == "language"
    assert not Page.objects.filter(locale__language_code="ko").exists()


def test_unknown_property_is_named(tmp_path, db):
    failure = failure_of(tmp_path, minimal(colour="blue"))
    assert failure.field == "colour"


def test_document_that_is_not_an_object_is_refused(tmp_path, db):
    write_json(tmp_path / "story.json", [minimal()])
    with pytest.raises(ImportFailure, match="is not of type 'object'"):
        import_file(tmp_path / "story.json")


def test_bad_input_leaves_no_article(tmp_path, db):
    failure_of(tmp_path, minimal(language="xx"))
    assert not ArticlePage.objects.exists()
