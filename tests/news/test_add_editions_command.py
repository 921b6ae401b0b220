"""`masthead add_editions`: a site made with `migrate` alone gets its fronts."""

import pytest
from django.core.management import CommandError, call_command

from masthead.news.models import EditionHomePage, SectionPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def fresh_site():
    from tests.conftest import restore_migrated_data

    restore_migrated_data()


def test_named_editions_get_published_fronts_that_answer(fresh_site, client):
    call_command("add_editions", "en", "ug")
    homes = EditionHomePage.objects.live()
    assert sorted(home.locale.language_code for home in homes) == ["en", "ug"]
    front = client.get("/ug/")
    assert front.status_code == 200
    assert 'lang="ug"' in front.content.decode()


def test_every_edition_when_none_is_named_and_sections_in_each(fresh_site, capsys):
    call_command("add_editions", "--section", "World", "--section", "Asia")
    assert EditionHomePage.objects.count() == 10
    assert SectionPage.objects.filter(title="World").count() == 10
    assert "/zh-hant/ is published" in capsys.readouterr().out


def test_running_it_again_makes_nothing_twice(fresh_site):
    for _run in range(2):
        call_command("add_editions", "en", "--section", "世界")
    assert EditionHomePage.objects.count() == 1
    assert SectionPage.objects.filter(title="世界").count() == 1


def test_an_unknown_code_stops_before_anything_is_made(fresh_site):
    with pytest.raises(CommandError, match="'xx' is not an edition"):
        call_command("add_editions", "en", "xx")
    assert not EditionHomePage.objects.exists()


def test_the_new_site_is_pointed_at_site_url(fresh_site, settings, client):
    from wagtail.models import Site

    settings.SITE_URL = "https://news.example.org"
    call_command("add_editions", "en")
    site = Site.objects.get(is_default_site=True)
    assert site.root_url == "https://news.example.org"
    settings.ALLOWED_HOSTS = ["news.example.org"]
    front = client.get("/en/", headers={"host": "news.example.org"})
    assert 'href="https://news.example.org/en/"' in front.content.decode()


def test_a_site_address_set_by_hand_is_kept(fresh_site, settings):
    from wagtail.models import Site

    call_command("add_editions", "en")
    Site.objects.filter(is_default_site=True).update(
        hostname="radio.example", port=8080
    )
    settings.SITE_URL = "https://news.example.org"
    call_command("add_editions", "ko")
    assert (
        Site.objects.get(is_default_site=True).root_url == "http://radio.example:8080"
    )
