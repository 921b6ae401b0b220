"""The demo newsroom, loaded once for this module and rolled back after it."""

import pytest
from PIL import Image, ImageStat
from wagtail.models import Page, Site

from masthead.core.models import PublisherSettings
from masthead.demo.articles_en import FLAGSHIP_SLUG
from masthead.demo.loader import PUBLISHER_NAME, load_demo_content
from masthead.news.models import (
    ArticleCredit,
    ArticlePage,
    NewsImage,
    Person,
    PersonName,
    RelatedArticle,
)


@pytest.fixture
def demo(demo_newsroom, db):
    return demo_newsroom


@pytest.fixture
def flagship(demo):
    return demo.flagship


@pytest.fixture
def korean_flagship(flagship):
    return ArticlePage.objects.get(translation_of=flagship)


def counts():
    models = (Page, ArticlePage, Person, PersonName, NewsImage, ArticleCredit)
    return {model.__name__: model.objects.count() for model in models}


def editions_of(articles):
    return [article.locale.language_code for article in articles]


def test_loader_builds_at_least_eight_articles_in_english_korean_and_uyghur(demo):
    editions = editions_of(ArticlePage.objects.live().select_related("locale"))
    assert len(editions) >= 8
    assert editions.count("en") >= 3
    assert editions.count("ko") >= 3
    assert editions.count("ug") >= 2


def test_loading_twice_changes_nothing(demo):
    before = counts()
    again = load_demo_content()
    assert counts() == before
    assert not again.created
    assert again.flagship == demo.flagship


def test_flagship_is_an_english_original(flagship):
    assert flagship.locale.language_code == "en"
    assert flagship.translation_of is None


def test_flagship_has_several_authors_in_order(flagship):
    assert [person.name for person in flagship.byline()] == [
        "Mira Halvorsen",
        "Jonah Pell",
    ]


def test_flagship_lead_image_has_caption_credit_and_alt_text(flagship):
    assert flagship.lead_caption
    assert flagship.lead_image.credit
    assert flagship.lead_image.description


def test_flagship_has_dateline_standfirst_and_update_time(flagship):
    assert flagship.dateline == "Seoul"
    assert flagship.standfirst
    assert flagship.first_published_at < flagship.updated_at


def test_flagship_body_uses_every_block_type(flagship):
    kinds = {block.block_type for block in flagship.body}
    assert kinds == {"paragraph", "subheading", "quote", "image"}


def test_flagship_quote_and_image_blocks_are_complete(flagship):
    blocks = {block.block_type: block.value for block in flagship.body}
    assert blocks["quote"]["text"] and blocks["quote"]["attribution"]
    assert blocks["image"]["caption"]
    assert blocks["image"]["image"].credit


def test_flagship_credits_two_reporters_for_the_korean_service(flagship):
    reporting = flagship.credits.filter(role="additional_reporting")
    assert reporting.count() == 2
    assert {credit.desk for credit in reporting} == {"ko"}


def test_flagship_has_tags_and_related_demo_articles(flagship):
    assert flagship.tags.count() >= 2
    related = flagship.related_articles()
    assert len(related) >= 2
    assert all(article.locale_id == flagship.locale_id for article in related)


def test_korean_translation_shares_the_flagship_translation_key(
    flagship, korean_flagship
):
    assert korean_flagship.locale.language_code == "ko"
    assert korean_flagship.translation_key == flagship.translation_key
    assert list(flagship.translations()) == [korean_flagship]


def test_korean_translation_has_the_same_structure(flagship, korean_flagship):
    def kinds(article):
        return [block.block_type for block in article.body]

    assert kinds(korean_flagship) == kinds(flagship)
    assert korean_flagship.lead_image == flagship.lead_image
    assert korean_flagship.byline() == flagship.byline()


def test_translator_is_credited_on_the_korean_translation_only(
    flagship, korean_flagship
):
    assert not flagship.credits.filter(role="translation").exists()
    translator = korean_flagship.credits.get(role="translation").person
    assert translator.name_in("ko") == "백민재"


def test_korean_translation_reads_reporting_then_translation(korean_flagship):
    sentences = korean_flagship.credit_sentences()
    assert sentences[0].count("강지원") == 1 and "윤서현" in sentences[0]
    assert "백민재" in sentences[1]


def test_same_event_in_english_and_korean_is_not_a_translation(demo):
    english = ArticlePage.objects.get(
        slug="first-passenger-train-haeseong-dongmak-line"
    )
    korean = ArticlePage.objects.get(slug="haeseong-dongmak-line-first-train")
    assert korean.translation_of is None
    assert korean.translation_key != english.translation_key


def test_only_the_flagship_and_library_pairs_are_linked_as_translations(demo):
    pairs = ArticlePage.objects.exclude(translation_of=None).values_list(
        "translation_of__slug", "locale__language_code"
    )
    assert sorted(pairs) == [
        (FLAGSHIP_SLUG, "ko"),
        ("returning-workers-turn-granary-into-village-library", "zh-hans"),
    ]


def test_uyghur_article_is_in_the_right_to_left_edition(demo):
    article = ArticlePage.objects.get(slug="aqyar-karez-flow-again")
    assert article.locale.language_code == "ug"
    assert article.edition.is_rtl


def test_uyghur_article_has_authors_lead_image_subheading_and_quote(demo):
    article = ArticlePage.objects.get(slug="aqyar-karez-flow-again")
    assert len(article.byline()) == 2
    assert article.lead_image.description and article.lead_caption
    kinds = {block.block_type for block in article.body}
    assert {"paragraph", "subheading", "quote", "image"} <= kinds


def test_authors_have_names_in_the_editions_they_write_for(demo):
    assert Person.objects.get(slug="mira-halvorsen").name_in("ko") == "미라 할보르센"
    assert Person.objects.get(slug="dilnur-rozi").name_in("ug") == "دىلنۇر روزى"


def test_related_links_stay_within_an_edition(demo):
    for link in RelatedArticle.objects.select_related("page", "article"):
        assert link.page.locale_id == link.article.locale_id


def test_articles_are_published_hours_apart_in_the_recent_past(demo, now):
    times = list(ArticlePage.objects.values_list("first_published_at", flat=True))
    assert len(set(times)) == len(times)
    assert all(0 < (now - moment).total_seconds() < 3 * 86400 for moment in times)


def test_sections_have_latin_slugs(demo):
    sections = Page.objects.filter(depth=4)
    assert sections.exists()
    assert all(page.slug.isascii() for page in sections)


def test_demo_images_are_jpegs_of_1600_by_1000_that_are_not_blank(demo):
    for image in NewsImage.objects.all():
        with image.open_file() as file, Image.open(file) as picture:
            assert picture.format == "JPEG"
            assert picture.size == (1600, 1000)
            assert max(ImageStat.Stat(picture.convert("L")).stddev) > 10


def test_publisher_name_is_set_for_the_default_site(demo):
    site = Site.objects.get(is_default_site=True)
    assert PublisherSettings.for_site(site).publisher_name == PUBLISHER_NAME


def test_every_demo_article_page_answers(demo, client):
    for article in ArticlePage.objects.live():
        assert client.get(article.url).status_code == 200, article.url
