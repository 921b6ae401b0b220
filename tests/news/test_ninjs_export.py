"""Exporting articles as ninjs 3.1, and reading the export back in."""

import json

import pytest
from wagtail.models import PageViewRestriction

from masthead.news.models import ArticlePage
from masthead.news.ninjs.exporter import export_article
from masthead.news.ninjs.importer import import_file
from masthead.news.ninjs.schema import validate
from masthead.news.setup import configure_site, ensure_section

from .ninjs_fixtures import (
    importable,
    load_example,
    serving,
    snapshot,
    text_examples,
    write_json,
    write_rich_story,
)


@pytest.fixture
def media_site(en_home, settings):
    """Serve the media folder over HTTP and make it the site's address.

    Exported picture URLs then point at a real server, so importing an export
    downloads the very file it names.
    """
    settings.MASTHEAD_IMPORT_IMAGE_HOSTS = ["127.0.0.1"]
    settings.MASTHEAD_IMPORT_IMAGE_NETWORKS = ["127.0.0.1/32"]
    with serving(settings.MEDIA_ROOT, prefix=settings.MEDIA_URL) as base_url:
        configure_site("127.0.0.1", int(base_url.rsplit(":", 1)[1]))
        yield base_url


@pytest.fixture
def rich(tmp_path, media_site):
    return import_file(write_rich_story(tmp_path)).article


@pytest.fixture
def exported(rich):
    return export_article(rich)


def round_trip(article, tmp_path):
    """Export the article, import the export, and return the updated article."""
    document = export_article(article)
    result = import_file(write_json(tmp_path / "exported.json", document), update=True)
    assert not result.created
    return result.article


def test_export_is_valid_ninjs_3_1(exported):
    validate(exported)  # raises ImportFailure naming the first schema error


def test_export_names_the_standard_and_type(exported):
    assert exported["type"] == "text"
    assert exported["standard"]["name"] == "ninjs"
    assert exported["standard"]["version"] == "3.1"


def test_export_uri_is_the_imported_uri(exported):
    assert exported["uri"] == "urn:masthead-test:story:fleet-returns"


def test_export_uri_of_a_native_article_is_its_full_url(en_section, make_article):
    article = make_article(en_section)
    assert export_article(article)["uri"] == article.get_full_url()


def test_export_language_is_the_edition_code(ko_home, make_article):
    article = make_article(ensure_section(ko_home, "World", "world"))
    assert export_article(article)["language"] == "ko"


def test_export_headline_and_summary(exported):
    assert exported["headlines"] == [
        {"role": "main", "value": "Fishing fleet returns to the northern harbour"}
    ]
    assert exported["descriptions"][0]["role"] == "summary"
    assert exported["descriptions"][0]["value"].startswith("After three weeks")


def test_export_body_is_html_rendered_from_the_blocks(exported):
    (body,) = exported["bodies"]
    assert body["contentType"] == "text/html"
    assert body["value"].startswith("<p>The <b>fleet</b> came home at <i>dawn</i>")
    assert "<h2>Prices</h2>" in body["value"]
    assert (
        "<blockquote><p>We have never seen a catch like it.</p>"
        "<footer>Ana Lima, captain</footer></blockquote>"
    ) in body["value"]


def test_export_people_carry_author_contributor_and_translator(exported):
    people = [(person["name"], person["rel"]) for person in exported["people"]]
    assert people == [
        ("Ana Lima", "author"),
        ("Min-jun Kim", "author"),
        ("Seo-yeon Lee", "contributor"),
        ("Van An Tran", "translator"),
    ]
    assert exported["by"] == "Ana Lima and Min-jun Kim"


def test_export_people_link_to_their_profile_pages(exported, media_site):
    assert exported["people"][0]["uri"] == f"{media_site}/en/people/ana-lima/"


def test_export_subjects_are_section_and_tags(exported):
    section, *tags = exported["subjects"]
    assert (section["name"], section["rel"], section["literal"]) == (
        "World",
        "section",
        "world",
    )
    assert tags == [{"name": "Climate"}, {"name": "Fisheries"}]


def test_export_lead_picture_links_the_original_image(exported, rich, media_site):
    (picture,) = exported["associations"]
    (rendition,) = picture["renditions"]
    assert (picture["type"], picture["rel"]) == ("picture", "lead")
    assert rendition["href"] == media_site + rich.lead_image.file.url
    assert (rendition["width"], rendition["height"]) == (1200, 800)
    assert rendition["contentType"] == "image/jpeg"


def test_export_lead_picture_has_caption_alt_text_and_credit(exported):
    descriptions = {
        d["role"]: d["value"] for d in exported["associations"][0]["descriptions"]
    }
    assert descriptions == {
        "caption": "Boats return to the northern harbour on Tuesday.",
        "alt": "Fishing boats moored along a wooden pier at sunrise",
        "creditline": "Ana Lima / Masthead",
    }


def test_export_dates(exported):
    assert exported["firstCreated"] == "2024-03-01T08:00:00+00:00"
    assert exported["versionCreated"] == "2024-03-02T08:30:00+00:00"


def test_ninjs_format_of_the_article_url_is_json(client, rich):
    response = client.get(rich.url, {"format": "ninjs"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert json.loads(response.content) == export_article(rich, response.wsgi_request)


def test_ninjs_view_writes_unicode_unescaped(client, ko_home, make_article):
    article = make_article(
        ensure_section(ko_home, "세계", "world"), title="항구로 돌아온 어선"
    )
    response = client.get(article.url, {"format": "ninjs"})
    assert "항구로 돌아온 어선".encode() in response.content


def test_ninjs_format_of_a_private_article_asks_for_a_login(
    client, en_section, make_article
):
    article = make_article(en_section, title="Embargoed")
    PageViewRestriction.objects.create(page=article, restriction_type="login")
    response = client.get(article.url, {"format": "ninjs"})
    assert response.status_code == 302
    assert b"Embargoed" not in response.content


def test_rich_story_survives_export_and_reimport(rich, tmp_path):
    before = snapshot(rich)
    after = snapshot(round_trip(rich, tmp_path))
    assert after == before


def test_reimported_export_exports_the_same(rich, tmp_path):
    first = export_article(rich)
    assert export_article(round_trip(rich, tmp_path)) == first


def test_native_article_export_reimports_onto_itself(
    en_section, make_article, make_person, make_image, tmp_path, media_site
):
    """An export's uri is the article's own URL, so importing it updates, not copies."""
    article = make_article(
        en_section,
        standfirst="A native story.",
        lead_image=make_image(description="Boats", credit="Desk"),
        lead_caption="The harbour.",
        authors=[make_person("Ana Lima")],
        credits=[
            ("translation", make_person("Van An Tran"), ""),
            ("photos", make_person("Seo-yeon Lee"), ""),
            ("editing", make_person("Min-jun Kim"), ""),
        ],
    )
    before = snapshot(article)
    after = snapshot(round_trip(article, tmp_path))
    assert ArticlePage.objects.count() == 1
    changed = {key for key in before if before[key] != after[key]}
    assert changed == {"updated_at"}, "a native story gains its version date"


@pytest.mark.parametrize("name", text_examples())
def test_iptc_text_example_survives_export_and_reimport(name, tmp_path, media_site):
    served = tmp_path / "agency"
    with serving(served) as agency_url:
        document = importable(load_example(name), served, agency_url)
        article = import_file(write_json(tmp_path / name, document)).article
    exported = export_article(article)
    validate(exported)  # raises ImportFailure naming the first schema error
    assert snapshot(round_trip(article, tmp_path)) == snapshot(article)


@pytest.mark.parametrize("name", text_examples())
def test_iptc_text_example_keeps_its_headline_and_uri(name, tmp_path, media_site):
    served = tmp_path / "agency"
    example = load_example(name)
    with serving(served) as agency_url:
        document = importable(example, served, agency_url)
        article = import_file(write_json(tmp_path / name, document)).article
    exported = export_article(article)
    assert exported["uri"] == example["uri"]
    assert exported["headlines"][0]["value"] == example["headlines"][0]["value"]


def test_export_makes_links_to_site_pages_absolute(
    en_section, make_article, media_site
):
    target = make_article(en_section, title="Earlier story")
    link = f'<p>See <a linktype="page" id="{target.pk}">the earlier story</a>.</p>'
    article = make_article(en_section, body=[{"type": "paragraph", "value": link}])
    (body,) = export_article(article)["bodies"]
    assert f'<a href="{target.get_full_url()}">the earlier story</a>' in body["value"]


def test_export_credit_roles_map_to_ninjs_rels(en_section, make_article, make_person):
    article = make_article(
        en_section,
        credits=[
            ("photos", make_person("Seo-yeon Lee"), ""),
            ("editing", make_person("Min-jun Kim"), ""),
        ],
    )
    rels = [person["rel"] for person in export_article(article)["people"]]
    assert rels == ["photographer", "editor"]
