"""The desk speaks the moderator's language: their choice, else their desk's."""

# Fixtures are imported from test_desk_support and named again as arguments.
# ruff: noqa: F401, F811

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.users.models import UserProfile

from .test_desk_support import desk_client, make_comment

pytestmark = pytest.mark.django_db


def queue(client, **headers):
    response = client.get(reverse("moderation:queue", args=["pending"]), **headers)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_uyghur_moderators_desk_is_in_uyghur_with_an_english_browser(
    client, make_moderator
):
    client.force_login(make_moderator("moderator-ug", edition="ug"))
    soup = queue(client, HTTP_ACCEPT_LANGUAGE="en")
    assert soup.html["lang"] == "ug" and soup.html["dir"] == "rtl"
    assert soup.select_one(".skip-link").get_text(strip=True) == "مەزمۇنغا ئۆتۈش"
    assert "چېكىنىش" in soup.get_text() and "Log out" not in soup.get_text()


def test_a_chosen_language_wins_over_the_desk_edition(client, make_moderator):
    user = make_moderator("moderator-ug", edition="ug")
    UserProfile.objects.create(user=user, preferred_language="en")
    client.force_login(user)
    soup = queue(client, HTTP_ACCEPT_LANGUAGE="ug")
    assert soup.html["lang"] == "en" and soup.html["dir"] == "ltr"


def test_the_first_desk_given_sets_the_language_of_a_moderator_of_two(
    client, make_moderator
):
    from masthead.moderation.models import DeskAssignment

    user = make_moderator("two-desks", edition="ko")
    DeskAssignment.objects.create(user=user, edition="en")
    client.force_login(user)
    assert queue(client, HTTP_ACCEPT_LANGUAGE="en").html["lang"] == "ko"


def test_moderator_changes_the_desk_language_from_the_desk(desk_client, moderator):
    form = queue(desk_client).select_one("form.language-form")
    assert form.select_one("select[name=language]")
    url = reverse("moderation:queue", args=["pending"]) + "?q=rail"
    response = desk_client.post(
        form["action"], {"language": "ug", "next": url}, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 303 and response["Location"] == url
    assert UserProfile.objects.get(user=moderator).preferred_language == "ug"
    assert queue(desk_client).html["lang"] == "ug"


@pytest.mark.parametrize("code", ["xx", "", "de"])
def test_a_language_the_desk_does_not_speak_is_refused(desk_client, moderator, code):
    response = desk_client.post(reverse("moderation:language"), {"language": code})
    assert response.status_code == 303
    assert (
        not UserProfile.objects.filter(user=moderator)
        .exclude(preferred_language="")
        .exists()
    )


@pytest.mark.parametrize(
    "next_url", ["https://evil.example/", "//evil.example/", "/admin/", "/\\evil"]
)
def test_changing_language_never_leaves_the_desk(desk_client, next_url):
    response = desk_client.post(
        reverse("moderation:language"), {"language": "ko", "next": next_url}
    )
    assert response["Location"] == reverse("moderation:dashboard")


def test_changing_language_needs_a_moderator(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("editor", password="pw"))
    response = client.post(reverse("moderation:language"), {"language": "ko"})
    assert response.status_code == 403
    assert not UserProfile.objects.exclude(preferred_language="").exists()
