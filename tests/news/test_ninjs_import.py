"""Importing ninjs documents as published articles."""

import json

from masthead.news.models import ArticlePage, NewsImage, Person, PersonName, SectionPage
from masthead.news.ninjs.importer import import_file

from .ninjs_fixtures import (
    EXAMPLES,
    import_doc,
    importable,
    jpeg_bytes,
    load_example,
    minimal,
    rich_document,
    write_json,
    write_rich_story,
)

# The mapping, field by field


def test_imported_article_is_published(rich):
    assert rich.live
    assert not rich.has_unpublished_changes
    assert rich.revisions.count() == 1


def test_main_headline_becomes_title(rich):
    assert rich.title == "Fishing fleet returns to the northern harbour"


def test_first_headline_becomes_title_without_a_main_one(tmp_path, db):
    document = minimal(headlines=[{"value": "First"}, {"role": "sub", "value": "Sub"}])
    assert import_doc(tmp_path, document).title == "First"


def test_summary_description_becomes_standfirst(rich):
    assert rich.standfirst.startswith("After three weeks at sea")


def test_html_body_becomes_paragraph_subheading_and_quote_blocks(rich):
    assert [block.block_type for block in rich.body] == [
        "paragraph",
        "subheading",
        "paragraph",
        "quote",
        "subheading",
        "paragraph",
    ]
    assert rich.body[1].value == "Prices"
    assert rich.body[4].value == "Next season"


def test_html_paragraph_keeps_bold_italic_and_links_only(rich):
    assert rich.body[0].value.source == (
        "<p>The <b>fleet</b> came home at <i>dawn</i>, "
        '<a href="https://example.org/report">the report</a> says.</p>'
    )
    assert rich.body[2].value.source == "<p>Prices fell.</p>"
    assert rich.body[5].value.source == "<p>More to come.</p>"


def test_blockquote_cite_becomes_quote_attribution(rich):
    quote = rich.body[3].value
    assert quote["text"] == "We have never seen a catch like it."
    assert quote["attribution"] == "Ana Lima, captain"


def test_plain_text_body_splits_paragraphs_on_blank_lines(tmp_path, db):
    body = {"contentType": "text/plain", "value": "One <b>\nline two\n\n\nThree"}
    article = import_doc(tmp_path, minimal(bodies=[body]))
    assert [block.value.source for block in article.body] == [
        "<p>One &lt;b&gt;<br>line two</p>",
        "<p>Three</p>",
    ]


def test_people_with_rel_author_become_byline_in_order(rich):
    assert [person.name for person in rich.byline()] == ["Ana Lima", "Min-jun Kim"]


def test_by_statement_becomes_byline_without_author_people(tmp_path, db):
    document = minimal(by="Paulo Santalucia and Frances d'Emilio")
    article = import_doc(tmp_path, document)
    assert [p.name for p in article.byline()] == [
        "Paulo Santalucia",
        "Frances d'Emilio",
    ]


def test_contributor_and_translator_become_credits(rich):
    credits = [(credit.role, credit.person.name) for credit in rich.ordered_credits()]
    assert credits == [
        ("additional_reporting", "Seo-yeon Lee"),
        ("translation", "Van An Tran"),
    ]


def test_people_without_a_known_rel_are_not_credited(rich):
    assert not Person.objects.filter(name="Harbour master Olsen").exists()


def test_author_is_matched_to_existing_person_by_name(tmp_path, make_person):
    existing = make_person("Ana Lima", slug="ana")
    article = import_file(write_rich_story(tmp_path)).article
    assert article.byline()[0] == existing
    assert Person.objects.filter(name="Ana Lima").count() == 1


def test_author_is_matched_by_name_in_another_edition(tmp_path, make_person):
    person = make_person("Kim Min-jun")
    PersonName.objects.create(person=person, language="en", name="Min-jun Kim")
    article = import_file(write_rich_story(tmp_path)).article
    assert article.byline()[1] == person


def test_new_person_gets_a_unique_slug(tmp_path, make_person):
    make_person("Someone else", slug="ana-lima")
    article = import_file(write_rich_story(tmp_path)).article
    assert article.byline()[0].slug == "ana-lima-2"


def test_language_selects_the_edition(tmp_path, db):
    article = import_doc(tmp_path, minimal(language="ko"))
    assert article.locale.language_code == "ko"
    assert article.get_url().startswith("/ko/")


def test_section_subject_places_article_in_that_section(rich):
    section = rich.get_parent().specific
    assert isinstance(section, SectionPage)
    assert (section.title, section.slug) == ("World", "world")


def test_article_without_section_subject_goes_to_news(tmp_path, db):
    section = import_doc(tmp_path, minimal()).get_parent()
    assert (section.title, section.slug) == ("News", "news")


def test_existing_section_is_reused(tmp_path, en_section):
    assert (
        import_file(write_rich_story(tmp_path)).article.get_parent()
        == en_section.page_ptr
    )
    assert SectionPage.objects.filter(slug="world").count() == 1


def test_other_subjects_become_tags(rich):
    assert sorted(tag.name for tag in rich.tags.all()) == ["Climate", "Fisheries"]


def test_lead_picture_becomes_lead_image_with_credit_and_alt_text(rich):
    image = rich.lead_image
    assert (image.width, image.height) == (1200, 800)
    assert image.title == "Harbour at dawn"
    assert image.credit == "Ana Lima / Masthead"
    assert image.description == "Fishing boats moored along a wooden pier at sunrise"


def test_picture_caption_becomes_lead_caption(rich):
    assert rich.lead_caption == "Boats return to the northern harbour on Tuesday."


def test_first_picture_is_lead_without_rel_lead(tmp_path, db):
    (tmp_path / "first.jpg").write_bytes(jpeg_bytes((300, 200)))
    picture = {"name": "a", "uri": "urn:p:a", "type": "picture"}
    associations = [
        {**picture, "renditions": [{"name": "main", "href": "first.jpg"}]},
        {
            **picture,
            "uri": "urn:p:b",
            "renditions": [{"name": "x", "href": "gone.jpg"}],
        },
    ]
    article = import_doc(tmp_path, minimal(associations=associations))
    assert article.lead_image.width == 300


def test_picture_is_downloaded_over_http(tmp_path, served, db):
    directory, base_url = served
    (directory / "photo.jpg").write_bytes(jpeg_bytes((640, 480)))
    rendition = {"name": "original", "href": f"{base_url}/photo.jpg"}
    association = {"name": "p", "uri": "urn:p", "type": "picture"}
    article = import_doc(
        tmp_path, minimal(associations=[{**association, "renditions": [rendition]}])
    )
    assert (article.lead_image.width, article.lead_image.height) == (640, 480)


def test_same_picture_is_stored_once(tmp_path, rich):
    other = import_file(
        write_rich_story(tmp_path, "other.json", uri="urn:other")
    ).article
    assert other.lead_image == rich.lead_image
    assert NewsImage.objects.count() == 1


def test_first_created_becomes_first_published_at(rich):
    assert rich.first_published_at.isoformat() == "2024-03-01T08:00:00+00:00"


def test_version_created_becomes_updated_at(rich):
    assert rich.updated_at.isoformat() == "2024-03-02T08:30:00+00:00"


def test_uri_becomes_external_uri(rich):
    assert rich.external_uri == "urn:masthead-test:story:fleet-returns"


def test_reimporting_the_same_uri_updates_the_article(tmp_path, rich):
    document = rich_document(headlines=[{"role": "main", "value": "Fleet home early"}])
    result = import_file(write_json(tmp_path / "again.json", document), update=True)
    assert not result.created
    assert result.article.pk == rich.pk
    assert ArticlePage.objects.count() == 1


def test_reimport_publishes_a_new_revision(tmp_path, rich):
    document = rich_document(headlines=[{"role": "main", "value": "Fleet home early"}])
    article = import_doc(tmp_path, document, "again.json", update=True)
    assert article.revisions.count() == 2
    assert article.live and not article.has_unpublished_changes
    assert article.title == "Fleet home early"


def test_reimport_keeps_the_url(tmp_path, rich):
    document = rich_document(headlines=[{"role": "main", "value": "Fleet home early"}])
    assert import_doc(tmp_path, document, "again.json", update=True).url == rich.url


def test_reimport_replaces_byline_and_tags(tmp_path, rich):
    document = rich_document(
        people=[{"name": "Van An Tran", "rel": "author"}], subjects=[{"name": "Ports"}]
    )
    article = import_doc(tmp_path, document, "again.json", update=True)
    assert [person.name for person in article.byline()] == ["Van An Tran"]
    assert list(article.credits.all()) == []
    assert [tag.name for tag in article.tags.all()] == ["Ports"]


def test_reimport_naming_another_section_keeps_the_article_where_it_is(tmp_path, rich):
    document = rich_document(subjects=[{"name": "Business", "rel": "section"}])
    article = import_doc(tmp_path, document, "again.json", update=True)
    assert article.get_parent().slug == "world"
    assert article.url == rich.url


def test_shared_example_imports_as_an_article(db):
    article = import_file(EXAMPLES / "ninjsExSimpleText_3.json").article
    assert article.title == "Captain of wrecked cruise ship on trial in Italy"
    assert len(article.body) == 4
    assert [p.name for p in article.byline()] == [
        "Paulo Santalucia",
        "Frances d'Emilio",
    ]


def test_agency_example_picture_becomes_lead_image(tmp_path, served, db):
    directory, base_url = served
    document = importable(load_example("tt_text_image_3.json"), directory, base_url)
    article = import_doc(tmp_path, document)
    assert (article.lead_image.width, article.lead_image.height) == (4724, 3149)
    assert article.lead_image.credit == "Karl Melander/TT"
    assert article.lead_caption.startswith("En stor internationell försvarsövning")
    assert article.lead_image.description == article.lead_caption


def test_file_with_a_byte_order_mark_is_read(tmp_path, db):
    story = tmp_path / "story.json"
    story.write_text(json.dumps(minimal()), encoding="utf-8-sig")
    assert import_file(story).article.title == "A quiet day"


def test_html_body_with_a_charset_parameter_is_read_as_html(tmp_path, db):
    body = {"contentType": "text/html; charset=utf-8", "value": "<h2>Tides</h2>"}
    article = import_doc(tmp_path, minimal(bodies=[body]))
    assert [block.block_type for block in article.body] == ["subheading"]
