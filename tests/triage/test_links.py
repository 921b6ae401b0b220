"""Links counted in plain text, disguised ones included."""

from types import SimpleNamespace

import pytest

from masthead.triage.base import Outcome
from masthead.triage.rules.links import LinksRule, find_links

pytestmark = pytest.mark.database_independent  # it never opens the database


def check(body, **options):
    comment = SimpleNamespace(body=body, edition="en", pk=None)
    rule = LinksRule(options)
    return rule.check(comment, rule.options)


def test_plain_links_with_and_without_a_scheme():
    text = "See https://example.com/a?b=1, www.example.org and news.example.net."
    assert find_links(text) == [
        "https://example.com/a?b=1",
        "www.example.org",
        "news.example.net",
    ]


@pytest.mark.parametrize(
    "text, link",
    [
        ("buy at example dot com today", "example.com"),
        ("buy at example[.]com today", "example.com"),
        ("buy at example(dot)com today", "example.com"),
        ("hxxp://bad.example.ru/x", "http://bad.example.ru/x"),
        ("www . example . com", "www.example.com"),
        ("快来 example。com 看看", "example.com"),
        ("快来 example点com 看看", "example.com"),
        ("빨리 example닷컴 으로", "example.com"),
        ("ＥＸＡＭＰＬＥ．ＣＯＭ", "EXAMPLE.COM"),
    ],
)
def test_disguised_links_are_read(text, link):
    assert find_links(text) == [link]


@pytest.mark.parametrize(
    "text",
    [
        "The end.It was fine, e.g. at 3.14 percent.",
        "Write to me: reader@example.org",
        "I saw a dot on it.",
        "没有链接。只有文字。",
    ],
)
def test_ordinary_prose_has_no_links(text):
    assert find_links(text) == []


def test_no_link_passes():
    assert check("A fair report.").outcome == Outcome.PASS


def test_a_link_is_a_note_naming_it():
    finding = check("Source: example.com")
    assert finding.outcome == Outcome.NOTE
    assert finding.details == {"links": ["example.com"], "count": 1}
    assert "example.com" in finding.explanation


def test_more_links_than_allowed_hold_the_comment():
    text = "a.com b.net c.org"
    assert check(text).outcome == Outcome.HOLD
    assert check(text, max_links=3).outcome == Outcome.NOTE
    assert "3 links" in check(text).explanation
