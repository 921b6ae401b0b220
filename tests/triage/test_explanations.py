"""Triage explanations are kept as codes and written in the reader's language."""

import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile

from masthead.news.setup import ensure_section
from masthead.triage.models import TriageVerdict

pytestmark = pytest.mark.django_db


@pytest.fixture
def korean_comment(post, ko_home, make_article):
    article = make_article(ensure_section(ko_home, "국제", "world"), title="철도 개통")
    return post("좋은 기사입니다. 정말 고맙습니다.", target=article)


def links_verdict(comment):
    return TriageVerdict.objects.get(comment=comment, rule="links")


def comment_page(client, user, comment):
    client.force_login(user)
    url = reverse("moderation:comment", args=[comment.pk])
    return client.get(url, HTTP_ACCEPT_LANGUAGE="ko").content.decode()


def test_a_verdict_keeps_the_code_and_parameters_of_its_explanation(post):
    verdict = links_verdict(post("See example.com and example.org"))
    assert verdict.explanation_code == "links.count"
    assert verdict.explanation_params == {"links": ["example.com", "example.org"]}


def test_korean_triage_is_shown_in_english_to_a_moderator_who_reads_english(
    client, make_moderator, korean_comment
):
    reader = make_moderator("hana", edition="ko")
    UserProfile.objects.create(user=reader, preferred_language="en")
    content = comment_page(client, reader, korean_comment)
    assert "No links." in content and "링크 없음." not in content


def test_an_english_verdict_is_shown_in_uyghur_to_a_moderator_who_reads_uyghur(
    client, make_moderator, post
):
    comment = post("A fair report on the rail link, thank you.")
    reader = make_moderator("aygul", edition="en")
    UserProfile.objects.create(user=reader, preferred_language="ug")
    assert "ئۇلانما يوق." in comment_page(client, reader, comment)


def test_a_verdict_from_before_codes_shows_its_stored_text(
    client, moderator, post, only_rules
):
    only_rules()
    comment = post("A fair report.")
    TriageVerdict.objects.create(
        comment=comment, rule="links", outcome="pass", explanation="Stored long ago."
    )
    assert "Stored long ago." in comment_page(client, moderator, comment)


def test_an_unknown_code_or_bad_parameters_fall_back_to_the_stored_text(post):
    verdict = links_verdict(post("See example.com"))
    verdict.explanation = "As stored."
    verdict.explanation_params = {"links": None}
    assert verdict.explanation_text == "As stored."
    verdict.explanation_code = "gone.rule"
    assert verdict.explanation_text == "As stored."
