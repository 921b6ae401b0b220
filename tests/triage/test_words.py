"""Banned and suspect words in every edition's script, after normalisation."""

from types import SimpleNamespace

import pytest

from masthead.comments.models import CommentStatus
from masthead.news.setup import ensure_edition, ensure_section
from masthead.triage.base import Outcome
from masthead.triage.models import WordKind, WordListEntry
from masthead.triage.rules.words import WordListRule

pytestmark = pytest.mark.django_db

# The same abusive sentence, "You are a filthy dog, I hate you", as each desk gets it.
ABUSE = {
    "zh-hans": ("杂种", "你这个肮脏的杂种，我恨你"),
    "my": ("ခွေးကောင်", "မင်းဟာ ခွေးကောင် ပဲ၊ ငါ မင်းကို မုန်းတယ်"),
    "ug": ("ئىت", "سەن مەينەت ئىت، مەن سەندىن نەپرەتلىنىمەن"),
}
# Zawgyi-encoded form of the Burmese sentence above.
ZAWGYI_ABUSE = "မင္းဟာ ေခြးေကာင္ ပဲ၊ ငါ မင္းကို မုန္းတယ္"


def ban(term, edition="", kind=WordKind.BANNED):
    return WordListEntry.objects.create(edition=edition, term=term, kind=kind)


def check(body, edition="en", **options):
    comment = SimpleNamespace(body=body, edition=edition, revision=1, pk=None)
    return WordListRule().check(comment, options)


def matched(body, edition="en", **options):
    return check(body, edition, **options).outcome == Outcome.REJECT


def test_the_same_abuse_in_chinese_burmese_and_uyghur_is_caught_by_the_desks_list(
    en_home, make_article, post
):
    """The issue's "done when": each desk's word list catches its own language."""
    for edition, (term, text) in ABUSE.items():
        ban(term, edition)
        section = ensure_section(ensure_edition(edition), "World", f"world-{edition}")
        comment = post(text, target=make_article(section, title="News"))
        comment.refresh_from_db()
        assert comment.status == CommentStatus.REJECTED, edition
        verdict = comment.triage_verdicts.get(rule="words")
        assert verdict.details["banned"] == [term]
        assert term in verdict.explanation


def test_a_banned_word_of_another_desk_does_not_count(en_home):
    ban("杂种", "zh-hans")
    assert not matched(ABUSE["zh-hans"][1], "ug")


def test_an_entry_for_every_edition_counts_everywhere(en_home):
    ban("杂种")
    assert matched(ABUSE["zh-hans"][1], "zh-hant")


@pytest.mark.parametrize(
    "edition, term, text",
    [
        ("zh-hans", "笨蛋", "你真是个笨蛋啊"),
        ("my", "ခွေး", "မင်းဟာခွေးပဲ"),
        ("km", "ឆ្កួត", "អ្នកឆ្កួតណាស់"),
        ("lo", "ໂງ່", "ເຈົ້າໂງ່ຫຼາຍ"),
        ("bo", "གླེན་པ", "ཁྱོད་གླེན་པ་རེད།"),
    ],
)
def test_a_banned_word_is_found_inside_unspaced_text(edition, term, text):
    ban(term, edition)
    assert matched(text, edition)


def test_traditional_text_is_caught_by_a_simplified_entry():
    ban("杂种", "zh-hant")
    assert matched("你這個骯髒的雜種", "zh-hant")


def test_simplified_text_is_caught_by_a_traditional_entry():
    ban("雜種", "zh-hans")
    assert matched("你这个肮脏的杂种", "zh-hans")


def test_zawgyi_burmese_is_caught_by_a_unicode_entry():
    ban("ခွေးကောင်", "my")
    finding = check(ZAWGYI_ABUSE, "my")
    assert finding.outcome == Outcome.REJECT
    assert finding.details["from_zawgyi"] is True
    assert "Zawgyi" in finding.explanation


@pytest.mark.parametrize("text", ["너는 바보야", "바보가 따로 없네", "바보"])
def test_korean_particles_after_the_word_still_match(text):
    ban("바보", "ko")
    assert matched(text, "ko")


def test_korean_word_that_merely_contains_the_term_does_not_match():
    ban("시발", "ko")
    assert not matched("신제품 출시발표는 내일입니다", "ko")
    assert matched("시발아 꺼져", "ko")


@pytest.mark.parametrize(
    "text",
    [
        "what an id\u200biot",  # split by a zero-width space
        "what an i\u200dd\u200ciot",  # joiners
        "what an \u0456d\u0456\u043et",  # Cyrillic і and о
        "what an ＩＤＩＯＴ",  # fullwidth
        "WHAT AN IDIOT",
    ],
)
def test_disguised_latin_words_are_caught(text):
    ban("idiot", "en")
    assert matched(text, "en")


@pytest.mark.parametrize(
    "edition, term, text",
    [
        ("en", "ass", "A classic assessment of the class."),
        ("en", "idiot", "An idiotic idea."),
        ("vi", "ngu", "Ông Nguyễn nói tiếng người rất hay."),
        ("ug", "ئىت", "ئىتتىپاقلىق ۋە ئىتائەت"),
    ],
)
def test_no_false_hit_inside_a_longer_word_in_spaced_scripts(edition, term, text):
    ban(term, edition)
    assert not matched(text, edition)


def test_whole_words_still_match_in_spaced_scripts():
    ban("ngu", "vi")
    assert matched("Đồ ngu!", "vi")
    assert not matched("Ngữ pháp", "vi")


def test_an_editions_suffixes_extend_a_whole_word():
    ban("ئىت", "ug")
    assert not matched("ئىتلار", "ug")
    assert matched("ئىتلار", "ug", suffixes=["لار"])


def test_a_suspect_word_holds_with_the_match_spanned_in_the_text():
    ban("traitor", "en", kind=WordKind.SUSPECT)
    text = "He is a TRAITOR, a trai\u200btor."
    finding = check(text)
    assert finding.outcome == Outcome.HOLD
    assert finding.details["suspect"] == ["traitor"]
    assert [text[a:b] for a, b in finding.details["spans"]] == [
        "TRAITOR",
        "trai\u200btor",
    ]


def test_spans_point_into_the_original_unspaced_text():
    ban("笨蛋", "zh-hant")
    text = "你這個笨蛋！"
    finding = check(text, "zh-hant")
    assert [text[a:b] for a, b in finding.details["spans"]] == ["笨蛋"]


def test_no_words_passes():
    ban("idiot", "en")
    finding = check("A fair report.")
    assert finding.outcome == Outcome.PASS and finding.details["matches"] == []


def test_the_uyghur_desk_matches_a_word_with_its_endings(ug_home, make_article, post):
    ban("ئىت", "ug")
    section = ensure_section(ug_home, "World", "world-ug")
    comment = post("سەن ئىتلار", target=make_article(section, title="News"))
    comment.refresh_from_db()
    assert comment.status == CommentStatus.REJECTED
