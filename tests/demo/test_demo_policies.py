"""The demo's policy pages: four in every edition, and the Terms' clauses are the
ones the moderators' reasons cite."""

import pytest
from bs4 import BeautifulSoup

from masthead.core.editions import edition_codes
from masthead.moderation.reasons import active_reasons
from masthead.news.models import PolicyKind, PolicyPage, clause_anchor
from masthead.news.setup import ensure_edition


@pytest.fixture
def demo(demo_newsroom, db):
    return demo_newsroom


def test_every_edition_has_its_four_policy_pages(demo):
    for code in edition_codes():
        pages = PolicyPage.objects.live().filter(locale__language_code=code)
        assert sorted(pages.values_list("kind", flat=True)) == sorted(PolicyKind.values)


@pytest.mark.parametrize("code", ["en", "ug", "bo"])
def test_every_footer_policy_link_answers_and_the_terms_hold_every_reason(
    client, demo, code
):
    home = BeautifulSoup(client.get(ensure_edition(code).url).content, "html.parser")
    links = [a["href"] for a in home.select(".site-footer .policy-links a")]
    assert len(links) == 4
    pages = [client.get(href) for href in links]
    assert {page.status_code for page in pages} == {200}
    terms = BeautifulSoup(pages[0].content, "html.parser")
    for reason in active_reasons():
        assert terms.select_one(f"#{clause_anchor(reason.terms_clause)} h2")
