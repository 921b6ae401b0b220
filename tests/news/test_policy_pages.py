"""Policy pages: Terms of Use, Privacy, Corrections, About & Contact in each edition,
and the links to them from every reader's page."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from masthead.news.models import PolicyKind
from masthead.news.setup import ensure_section

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def answers(client, href):
    """Follow a link as a browser would (without its fragment); return the status."""
    return client.get(href.split("#")[0]).status_code


def test_terms_number_their_clauses_with_stable_anchors(client, en_terms):
    page = soup(client.get(en_terms.url))
    clause = page.select_one("#clause-3-4")
    assert clause is not None and "Stay on the story." in clause.text
    assert clause.select_one("a.clause-number")["href"] == "#clause-3-4"
    assert "3.4" in clause.h2.text


def test_comment_notice_links_to_the_editions_terms_page(
    client, ko_home, make_policy_page, make_article
):
    terms = make_policy_page(ko_home, title="이용약관")
    article = make_article(ensure_section(ko_home, "사회", "society"))
    link = soup(client.get(article.url)).select_one(".comments-notice a")
    assert link["href"] == terms.url
    assert answers(client, link["href"]) == 200


def test_footer_links_every_policy_page_of_the_edition_and_each_answers_200(
    client, en_home, en_terms, make_policy_page, make_article, en_section
):
    for kind in (PolicyKind.PRIVACY, PolicyKind.CORRECTIONS, PolicyKind.ABOUT):
        make_policy_page(en_home, kind=kind, title=kind.label)
    article = make_article(en_section)
    links = soup(client.get(article.url)).select(".site-footer .policy-links a")
    assert [link.text for link in links] == [
        "Terms of Use",
        "Privacy",
        "Corrections",
        "About & Contact",
    ]
    assert {answers(client, link["href"]) for link in links} == {200}


def test_an_edition_has_one_policy_page_of_each_kind(en_terms, make_policy_page):
    with pytest.raises(ValidationError) as refused:
        make_policy_page(en_terms.get_parent().specific, slug="terms-again")
    assert "kind" in refused.value.message_dict
