"""Passages shown with results: the match marked, everything else escaped."""

import unicodedata

import pytest

from masthead.search.highlight import highlight, snippet
from masthead.search.tokens import parse_query

pytestmark = pytest.mark.database_independent  # it never opens the database


def marked(html):
    """Return the marked pieces of highlighted HTML."""
    return [piece.split("</mark>")[0] for piece in str(html).split("<mark>")[1:]]


def test_match_in_the_middle_of_unspaced_text_is_marked():
    html = highlight("北京市今天发布暴雨预警信号。", parse_query("暴雨"))
    assert str(html) == "北京市今天发布<mark>暴雨</mark>预警信号。"


def test_traditional_query_marks_simplified_text_as_written():
    assert marked(highlight("发布暴雨预警", parse_query("預警"))) == ["预警"]


def test_burmese_match_keeps_its_vowel_signs():
    text = "ရန်ကုန်မြို့တွင်မိုးရွာသည်"
    assert marked(highlight(text, parse_query("မြို့"))) == ["မြို့"]


def test_tibetan_match_spans_the_tsheg_typed_or_not():
    assert marked(highlight("ལྷ་ས་རུ་ཆར་པ་བབས།", parse_query("ཆརཔ"))) == ["ཆར་པ"]


def test_bare_vietnamese_query_marks_words_with_diacritics():
    html = highlight("Cơn bão đổ bộ vào Việt Nam", parse_query("viet nam"))
    assert marked(html) == ["Việt", "Nam"]


def test_vietnamese_tone_is_marked_whichever_vowel_carries_it():
    html = highlight("Hoà bình, hóa học", parse_query("hòa"))
    assert marked(html) == ["Hoà"]


def test_word_prefix_marks_the_whole_word():
    assert marked(highlight("Elections were held", parse_query("elect"))) == [
        "Elections"
    ]


def test_short_word_is_not_marked_inside_longer_words():
    assert marked(highlight("Unity at the UN", parse_query("un"))) == ["UN"]


def test_markup_around_the_match_is_escaped():
    html = highlight("<b>harbour</b> & <i>", parse_query("harbour"))
    assert str(html) == "&lt;b&gt;<mark>harbour</mark>&lt;/b&gt; &amp; &lt;i&gt;"


def test_markup_inside_the_match_is_escaped():
    html = highlight("Tom&Jerry", parse_query("tom jerry"))
    assert str(html) == "<mark>Tom</mark>&amp;<mark>Jerry</mark>"


def test_snippet_starts_near_the_first_match_with_an_ellipsis():
    text = "Filler words here. " * 20 + "The harbour reopened today."
    html = str(snippet(text, parse_query("harbour")))
    assert html.startswith("…")
    assert "<mark>harbour</mark> reopened today." in html
    assert not html.endswith("…")


def test_snippet_of_long_text_ends_with_an_ellipsis():
    html = str(
        snippet("The harbour. " + "More words follow. " * 40, parse_query("harbour"))
    )
    assert html.startswith("The <mark>harbour</mark>")
    assert html.endswith("…")
    assert len(html) < 300


def test_snippet_of_chinese_text_holds_half_as_many_letters():
    html = str(snippet("暴雨" + "北京市今天发布预警信号" * 40, parse_query("暴雨")))
    assert len(html.removesuffix("…")) == len("<mark></mark>") + 110


def test_snippet_without_a_match_in_the_text_shows_its_beginning():
    assert str(snippet("Boats are back.", parse_query("harbour"))) == "Boats are back."


@pytest.mark.parametrize("lead", range(8))
def test_snippet_of_unspaced_text_does_not_split_a_letter_from_its_marks(lead):
    text = "ရ" * lead + "ရန်ကုန်မြို့တွင်" * 30 + "မိုးသည်း"
    html = str(snippet(text, parse_query("မိုးသည်း")))
    assert unicodedata.category(html.removeprefix("…")[0])[0] != "M"
    assert "<mark>မိုးသည်း</mark>" in html
