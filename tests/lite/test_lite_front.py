"""The lite edition home is a lite front: the desk's lead, the top stories and a
block per section, as on the full front, in text only, with every edition linked
from its footer."""

import pytest
from bs4 import BeautifulSoup

from masthead.core.editions import edition_codes
from masthead.lite.paths import lite_path
from masthead.news.models import FrontStory
from masthead.news.setup import ensure_edition, ensure_section

pytestmark = pytest.mark.django_db


def lite_soup(client, page):
    response = client.get(lite_path(page.url))
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def arranged_home(en_home, en_section, make_article, make_image):
    sport = ensure_section(en_home, "Sport", "sport")
    chosen = make_article(en_section, title="Desk's lead", lead_image=make_image())
    stories = [make_article(en_section, title=f"World {n}") for n in range(5)]
    stories += [make_article(sport, title=f"Sport {n}") for n in range(3)]
    FrontStory.objects.create(page=en_home, article=chosen, sort_order=0)
    return en_home, chosen


def test_lite_home_leads_with_the_desks_story_then_the_top_stories(
    client, arranged_home
):
    home, chosen = arranged_home
    main = lite_soup(client, home).select_one("main")
    lead = main.select_one(".lead a")
    assert (lead.get_text(), lead["href"]) == ("Desk's lead", lite_path(chosen.url))
    top = [a.get_text() for a in main.select(".top-stories li a")]
    assert top == ["Sport 2", "Sport 1", "Sport 0", "World 4"]


def test_lite_home_has_a_block_per_section_linking_its_lite_page(client, arranged_home):
    home, _chosen = arranged_home
    main = lite_soup(client, home).select_one("main")
    headings = {a.get_text(): a["href"] for a in main.select("section > h2 > a")}
    assert headings["World"] == lite_path("/en/world/")
    assert [a.get_text() for a in main.select("#section-world li a")] == [
        "World 3",
        "World 2",
        "World 1",
    ]


def test_lite_home_is_text_only(client, arranged_home):
    home, _chosen = arranged_home
    soup = lite_soup(client, home)
    assert soup.select("img, picture, source, script, link[rel=stylesheet]") == []


def test_lite_footer_links_every_editions_lite_home(client, en_home):
    homes = {code: ensure_edition(code) for code in edition_codes()}
    links = lite_soup(client, homes["ug"]).select("footer .edition-list a")
    assert [link["href"] for link in links] == [
        lite_path(homes[code].url) for code in edition_codes()
    ]
    uyghur = next(link for link in links if link["lang"] == "ug")
    assert (uyghur["dir"], uyghur.get("aria-current")) == ("rtl", "true")
