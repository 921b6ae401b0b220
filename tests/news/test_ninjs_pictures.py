"""Imported pictures are filed in their edition, and credited in its language."""

import copy

from masthead.news.ninjs.importer import import_file
from masthead.news.pictures import picture_language

from .ninjs_fixtures import rich_document, write_json, write_rich_story


def vietnamese_story(directory):
    """The rich story's picture (same bytes) in a Vietnamese story of its own."""
    document = rich_document(uri="urn:test:vi", language="vi")
    lead = copy.deepcopy(document["associations"][1])
    lead["copyrightHolder"] = "Tranh minh họa Masthead"
    lead["headlines"] = [{"role": "main", "value": "Bến cảng lúc bình minh"}]
    document["associations"] = [lead]
    return write_json(directory / "vi.json", document)


def test_imported_picture_goes_in_its_editions_collection(rich):
    assert picture_language(rich.lead_image) == "en"


def test_imported_article_keeps_the_storys_credit_as_its_own(rich):
    assert rich.lead_credit == "Ana Lima / Masthead"


def test_another_edition_reusing_a_picture_keeps_its_credit_apart(tmp_path, db):
    english = import_file(write_rich_story(tmp_path)).article
    vietnamese = import_file(vietnamese_story(tmp_path)).article
    picture = vietnamese.lead_image
    assert picture.pk == english.lead_image.pk  # one file, not two
    picture.refresh_from_db()
    assert picture.credit == "Ana Lima / Masthead"  # the English edition's words
    assert vietnamese.lead_picture_credit() == "Tranh minh họa Masthead"
    english.refresh_from_db()
    assert english.lead_picture_credit() == "Ana Lima / Masthead"
