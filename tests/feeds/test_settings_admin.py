"""Editors turn full-text feeds on and off in the admin's settings."""

from masthead.feeds.models import FeedSettings


def test_editor_turns_full_text_off_in_the_admin(client, django_user_model, site):
    editor = django_user_model.objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(editor)
    url = f"/admin/settings/feeds/feedsettings/{site.pk}/"
    page = client.get(url)
    assert page.status_code == 200
    assert 'name="full_text"' in page.content.decode()
    client.post(url, {})  # an unticked box is not sent
    assert FeedSettings.for_site(site).full_text is False


def test_full_text_is_on_by_default(site):
    assert FeedSettings.for_site(site).full_text is True
