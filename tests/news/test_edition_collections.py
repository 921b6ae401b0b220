"""Each edition has a picture collection, and the chooser offers it first."""

import pytest
from django.urls import reverse
from wagtail.models import Collection, Locale

from masthead.news.models import EditionCollection
from masthead.news.pictures import ensure_edition_collection
from masthead.news.setup import ensure_edition

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, django_user_model):
    editor = django_user_model.objects.create_superuser("ed", "ed@example.org", "pw")
    client.force_login(editor)
    return client


def collection_of(code):
    return ensure_edition_collection(Locale.objects.get(language_code=code))


def test_each_edition_gets_its_own_picture_collection(en_home):
    ensure_edition("ko")
    ensure_edition("ug")
    links = EditionCollection.objects.select_related("locale", "collection")
    names = {link.locale.language_code: link.collection.name for link in links}
    assert set(names) == {"en", "ko", "ug"}
    assert len(set(names.values())) == 3
    assert Collection.objects.filter(name=names["ko"]).count() == 1


def test_setting_an_edition_up_again_keeps_its_collection(en_home):
    first = collection_of("en")
    ensure_edition("en")
    assert collection_of("en") == first
    assert EditionCollection.objects.count() == 1


def chosen_titles(editor_client, referer):
    answer = editor_client.get(
        reverse("wagtailimages_chooser:choose"), HTTP_REFERER=referer
    )
    assert answer.status_code == 200
    return [image.title for image in answer.context["results"]]


def test_chooser_offers_the_edited_pages_edition_pictures_first(
    editor_client, ko_home, make_article, make_image
):
    korean = make_image(title="항구", collection=collection_of("ko"))
    make_image(title="Harbour", collection=collection_of("en"))
    make_image(title="Bridge", collection=collection_of("en"))
    article = make_article(ko_home, title="항구의 아침")
    editing = reverse("wagtailadmin_pages:edit", args=[article.pk])
    assert (
        chosen_titles(editor_client, f"http://testserver{editing}")[0] == korean.title
    )


def test_chooser_for_a_new_page_offers_its_parents_edition_first(
    editor_client, ko_home, make_image
):
    korean = make_image(title="항구", collection=collection_of("ko"))
    make_image(title="Harbour", collection=collection_of("en"))
    adding = f"/admin/pages/add/news/articlepage/{ko_home.pk}/"
    assert chosen_titles(editor_client, adding)[0] == korean.title


def test_chooser_still_lists_every_picture(editor_client, ko_home, make_image):
    make_image(title="항구", collection=collection_of("ko"))
    make_image(title="Harbour", collection=collection_of("en"))
    titles = chosen_titles(editor_client, f"/admin/pages/{ko_home.pk}/edit/")
    assert sorted(titles) == ["Harbour", "항구"]
