"""Editors work in Wagtail's admin: every page type and snippet opens for editing."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, django_user_model):
    editor = django_user_model.objects.create_superuser(
        "editor", "editor@example.org", "pw"
    )
    client.force_login(editor)
    return client


def test_article_edit_form_opens(editor_client, en_section, make_article, make_person):
    article = make_article(en_section, authors=[make_person("Ana Reyes")])
    response = editor_client.get(f"/admin/pages/{article.pk}/edit/")
    assert response.status_code == 200
    for field in (
        "standfirst",
        "dateline",
        "lead_caption",
        "translation_of",
        "comment_policy",
    ):
        assert f'name="{field}"' in response.content.decode()


def test_new_article_form_opens_under_a_section(editor_client, en_section):
    response = editor_client.get(f"/admin/pages/add/news/articlepage/{en_section.pk}/")
    assert response.status_code == 200
    assert 'name="authors-TOTAL_FORMS"' in response.content.decode()
    assert 'name="credits-TOTAL_FORMS"' in response.content.decode()


def test_section_and_edition_forms_open(editor_client, en_home, en_section):
    assert editor_client.get(f"/admin/pages/{en_home.pk}/edit/").status_code == 200
    assert editor_client.get(f"/admin/pages/{en_section.pk}/edit/").status_code == 200


def test_person_snippet_form_opens(editor_client, make_person):
    person = make_person("Ana Reyes")
    response = editor_client.get(f"/admin/snippets/news/person/edit/{person.pk}/")
    assert response.status_code == 200
    assert 'name="localized_names-TOTAL_FORMS"' in response.content.decode()


def test_image_form_has_credit_and_alt_text(editor_client, make_image):
    image = make_image()
    content = editor_client.get(f"/admin/images/{image.pk}/").content.decode()
    assert 'name="credit"' in content and 'name="description"' in content


def test_desk_places_a_story_on_the_front_in_the_edition_home_form(
    editor_client, en_home, en_section, make_article
):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    story = make_article(en_section, title="Placed by the desk")
    data = nested_form_data(
        {
            "title": en_home.title,
            "slug": en_home.slug,
            "intro": "",
            "front_stories": inline_formset([{"article": story.pk}]),
            "comment_policy": en_home.comment_policy,
            "action-publish": "publish",
        }
    )
    response = editor_client.post(f"/admin/pages/{en_home.pk}/edit/", data)
    assert response.status_code == 302
    en_home.refresh_from_db()
    assert [slot.article for slot in en_home.front_stories.all()] == [story]
