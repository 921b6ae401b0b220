"""However a moderator is seated, they get the desk and the admin's sign-in, no more."""

import pytest
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.permissions import policy_registry

from masthead.moderation.models import DeskAssignment

pytestmark = pytest.mark.django_db

DESK_ONLY = {"wagtailadmin.access_admin"}
PASSWORD = "night shift at the harbour"


def holds_wagtail_content_rights(user):
    actions = ("add", "change", "delete", "choose", "publish", "lock")
    return any(
        policy_registry.get_by_type(model).user_has_any_permission(user, actions)
        for model in (Page, get_image_model(), get_document_model())
    )


def test_createmoderator_gives_the_admin_sign_in_and_nothing_more(
    en_home, tmp_path, django_user_model
):
    password_file = tmp_path / "password"
    password_file.write_text(PASSWORD)
    call_command("createmoderator", "jun", edition=["en"], password_file=password_file)
    user = django_user_model.objects.get(username="jun")
    assert user.get_all_permissions() == DESK_ONLY
    assert not holds_wagtail_content_rights(user)


def test_moderator_made_by_createmoderator_reaches_the_admin_after_signing_in(
    en_home, tmp_path, client
):
    password_file = tmp_path / "password"
    password_file.write_text(PASSWORD)
    call_command("createmoderator", "jun", edition=["en"], password_file=password_file)
    assert client.login(username="jun", password=PASSWORD)
    assert client.get("/admin/").status_code == 200
    assert client.get("/moderation/").status_code == 200


def test_user_seated_at_a_desk_in_the_wagtail_admin_gets_the_admin_sign_in_only(
    en_home, client, django_user_model
):
    admin = django_user_model.objects.create_superuser("chief", password="pw")
    reporter = django_user_model.objects.create_user("jun", password=PASSWORD)
    client.force_login(admin)
    response = client.post(
        "/admin/snippets/moderation/deskassignment/add/",
        {"user": reporter.pk, "edition": "en", "section": ""},
    )
    assert response.status_code == 302
    assert DeskAssignment.objects.filter(user=reporter, edition="en").exists()
    reporter = django_user_model.objects.get(pk=reporter.pk)
    assert reporter.get_all_permissions() == DESK_ONLY
    assert not holds_wagtail_content_rights(reporter)
