"""How text is split into index tokens and a query into terms."""

import pytest

from masthead.search.text import prepare
from masthead.search.tokens import document_tokens, parse_query

pytestmark = pytest.mark.database_independent  # it never opens the database


def tokens(text):
    return document_tokens(prepare(text)).split()


def test_unspaced_run_is_indexed_as_pairs_and_its_last_letter():
    assert tokens("北京市") == ["京市", "北京", "市"]


def test_latin_word_with_diacritics_is_indexed_with_and_without_them():
    assert tokens("Việt") == ["viet", "việt", "\u0323viêt"]


def test_both_placements_of_a_vietnamese_tone_share_a_token():
    assert set(tokens("hoà")) & set(tokens("hòa")) == {"hoa", "\u0300hoa"}


def test_letters_and_their_marks_stay_together():
    assert set(tokens("မြန်မာ")) == {"မြန်", "န်မာ", "မာ"}


def test_punctuation_and_spaces_separate_words():
    assert tokens("Tom's  (café),") == ["cafe", "café", "s", "tom", "\u0301cafe"]


def test_query_of_punctuation_has_no_terms():
    assert parse_query("?! — «»") == []


def test_repeated_query_words_count_once():
    assert len(parse_query("harbour Harbour HARBOUR")) == 1


def test_korean_particle_is_dropped_from_a_query_word():
    assert parse_query("서울에서")[0].tokens == ("서울",)


def test_two_syllable_korean_word_keeps_its_last_syllable():
    assert parse_query("사이")[0].tokens == ("사이",)
