"""A translation is flagged "source changed — review" when its original changes."""

import pytest
from django.urls import reverse

from masthead.news.models import ArticlePage, RelatedArticle
from masthead.news.setup import ensure_section
from masthead.news.translations import translations_to_review

pytestmark = pytest.mark.django_db


@pytest.fixture
def ko_section(ko_home):
    return ensure_section(ko_home, "한반도", "korea")


@pytest.fixture
def original(en_section, make_article):
    return make_article(en_section, title="Rail link opens", standfirst="First train.")


@pytest.fixture
def translation(ko_section, make_article, original):
    return make_article(ko_section, title="철도 연결 개통", translation_of=original)


def republish(page, **changes):
    page = ArticlePage.objects.get(pk=page.pk)
    for field, value in changes.items():
        setattr(page, field, value)
    page.save_revision().publish()
    return ArticlePage.objects.get(pk=page.pk)


def reloaded(page):
    return ArticlePage.objects.get(pk=page.pk)


def test_publishing_a_translation_records_the_original_it_matches(
    original, translation
):
    assert translation.reviewed_source_revision_id == original.live_revision_id
    assert translation.source_changed_at is None


def test_changing_the_original_flags_its_translation(original, translation):
    republish(original, standfirst="The first train crossed at dawn.")
    assert reloaded(translation).source_changed_at is not None


def test_changing_the_original_flags_every_translation(
    original, translation, en_home, make_article
):
    from masthead.news.setup import ensure_edition

    vi_section = ensure_section(ensure_edition("vi"), "Thế giới", "world")
    vietnamese = make_article(vi_section, title="Khai trương", translation_of=original)
    republish(original, title="Rail link opens to passengers")
    assert reloaded(translation).source_changed_at is not None
    assert reloaded(vietnamese).source_changed_at is not None


def test_republishing_the_original_unchanged_flags_nothing(original, translation):
    republish(original)
    assert reloaded(translation).source_changed_at is None


def test_publishing_the_translation_clears_the_flag(original, translation):
    changed = republish(original, standfirst="Corrected.")
    republish(translation, title="철도 연결 개통 (수정)")
    reviewed = reloaded(translation)
    assert reviewed.source_changed_at is None
    assert reviewed.reviewed_source_revision_id == changed.live_revision_id


def test_separate_story_on_the_same_event_is_not_flagged(
    original, ko_section, make_article
):
    separate = make_article(ko_section, title="국경 철도 개통")
    separate.related_links.add(RelatedArticle(article=original))
    separate.save()
    republish(original, standfirst="Corrected.")
    assert reloaded(separate).source_changed_at is None


def test_translation_flag_survives_a_saved_draft(original, translation):
    republish(original, standfirst="Corrected.")
    draft = reloaded(translation)
    draft.title = "초안"
    draft.save_revision()
    assert reloaded(translation).source_changed_at is not None


def test_flagged_translation_is_listed_for_review(original, translation):
    republish(original, standfirst="Corrected.")
    assert list(translations_to_review()) == [reloaded(translation)]


def test_edit_view_tells_the_editor_the_source_changed(
    admin_client, original, translation
):
    republish(original, standfirst="Corrected.")
    response = admin_client.get(
        reverse("wagtailadmin_pages:edit", args=[translation.pk])
    )
    assert response.status_code == 200
    assert b"source-changed" in response.content
    compare = reverse(
        "wagtailadmin_pages:revisions_compare",
        args=[original.pk, translation.reviewed_source_revision_id, "live"],
    )
    assert compare.encode() in response.content


def test_edit_view_of_a_reviewed_translation_has_no_notice(admin_client, translation):
    response = admin_client.get(
        reverse("wagtailadmin_pages:edit", args=[translation.pk])
    )
    assert b"source-changed" not in response.content


def test_dashboard_lists_translations_to_review(admin_client, original, translation):
    republish(original, standfirst="Corrected.")
    response = admin_client.get(reverse("wagtailadmin_home"))
    assert b"translations-to-review" in response.content
    assert "철도 연결 개통" in response.content.decode()


def test_editor_can_mark_a_translation_reviewed(admin_client, original, translation):
    republish(original, standfirst="Corrected.")
    url = reverse("news_translation_reviewed", args=[translation.pk])
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(url)
    assert response.status_code == 302
    assert reloaded(translation).source_changed_at is None


def test_mark_reviewed_needs_edit_permission(
    client, django_user_model, original, translation
):
    from django.contrib.auth.models import Permission

    republish(original, standfirst="Corrected.")
    user = django_user_model.objects.create_user("reader", password="pw-12345678")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    url = reverse("news_translation_reviewed", args=[translation.pk])
    client.post(url)
    assert reloaded(translation).source_changed_at is not None


def test_flag_and_review_are_in_the_translation_history(
    admin_client, original, translation
):
    from wagtail.models import PageLogEntry

    republish(original, standfirst="Corrected.")
    admin_client.post(reverse("news_translation_reviewed", args=[translation.pk]))
    actions = PageLogEntry.objects.filter(page=translation).values_list(
        "action", flat=True
    )
    assert {
        "masthead.translation.source_changed",
        "masthead.translation.reviewed",
    } <= set(actions)


def test_translation_without_a_recorded_review_is_compared_with_the_last_revision(
    original, translation
):
    """Translations made before review was recorded answer to the previous revision."""
    ArticlePage.objects.filter(pk=translation.pk).update(reviewed_source_revision=None)
    republish(original)
    assert reloaded(translation).source_changed_at is None
    republish(original, title="Rail link opens to passengers")
    assert reloaded(translation).source_changed_at is not None
