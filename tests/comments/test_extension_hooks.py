"""The comment app's extension points are Wagtail hooks other apps register."""

import pytest
from wagtail import hooks

from masthead.comments import guards, reading
from masthead.comments.guards import Verdict, first_refusal
from masthead.comments.reading import ARTICLE_PAGE, ReadingPage, reading_page

pytestmark = pytest.mark.django_db


def test_guard_registered_as_hook_refuses_a_submission():
    refusal = Verdict(False, "Closed for the night.")

    def closed_for_the_night(_submission):
        return refusal

    # First in order, before the moderation app's guards look at the submission.
    with hooks.register_temporarily(
        "masthead_comment_guard", closed_for_the_night, order=-1
    ):
        assert first_refusal(object()) is refusal


class PrintPage(ReadingPage):
    def url(self, article):
        return "/print" + super().url(article)


def test_reading_page_registered_as_hook_answers_its_own_address(article):
    print_page = PrintPage()
    with hooks.register_temporarily("masthead_reading_page", print_page):
        assert reading_page(article, "/print" + article.url) is print_page
        assert reading_page(article, "/elsewhere/") is ARTICLE_PAGE


def test_the_hand_made_registries_are_gone():
    assert not hasattr(guards, "register_guard")
    assert not hasattr(guards, "unregister_guard")
    assert not hasattr(reading, "register_reading_page")
    assert not hasattr(reading, "unregister_reading_page")
