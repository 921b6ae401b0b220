"""Search, triage's word lists, near-duplicate signatures and the learned score agree on
what "the same word" is, because they fold text the same way."""

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from masthead.core.text import fold, fold_text
from masthead.search.text import fold as search_fold
from masthead.search.text import prepare as search_prepare
from masthead.triage.learning.features import normalise as learned_view
from masthead.triage.learning.scoring import locate
from masthead.triage.normalise import normalise as word_list_view

pytestmark = pytest.mark.database_independent  # it never opens the database

# Letters of every edition's script and the characters folding cares about: fullwidth
# forms, Traditional Chinese, invisible characters, the tatweel, look-alikes, spaces.
ALPHABET = (
    "abcXYZ éệđ ＡＢＣ１２ 漢國說话 한국어 བོད་ཡིག ئۇيغۇرـچە မြန်မာ ខ្មែរ\u200b ລາວ"
    "\u00ad\u200c\u200d\u2060\ufeff\u180e аеорсхαο ı\t\n "
)


def one_spaced(text):
    return " ".join(text.split())


def stored(text):
    """Comments and articles are stored in NFC, which is what every consumer folds."""
    return unicodedata.normalize("NFC", text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40).map(stored))
def test_every_consumer_folds_a_text_to_the_same_words(text):
    searched = search_fold(search_prepare(text))[0]
    matched = word_list_view(text).text
    learned = learned_view(text)
    assert one_spaced(searched) == matched == one_spaced(learned)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40).map(stored))
def test_each_folded_character_maps_back_into_the_text(text):
    folded, index = fold(text)
    assert len(folded) == len(index)
    assert index == sorted(index)
    assert all(0 <= position < len(text) for position in index)


def test_disguises_fold_to_the_plain_word():
    plain = fold_text("spam")
    for disguised in ("ＳＰＡＭ", "sp\u200bam", "sраm", "SPAM", "sp\u00adam"):
        assert fold_text(disguised) == plain, disguised


def test_a_stretched_uyghur_word_matches_the_plain_one_in_every_consumer():
    plain, stretched = "ئۇيغۇرچە", "ئۇيغۇرـــچە"
    assert word_list_view(stretched).text == word_list_view(plain).text
    assert search_fold(stretched)[0] == search_fold(plain)[0]
    assert learned_view(stretched) == learned_view(plain)


def test_traditional_and_simplified_chinese_fold_alike():
    assert fold_text("國際新聞") == fold_text("国际新闻")


def test_zawgyi_burmese_folds_like_its_unicode_spelling():
    # "Myanmar" typed with the Zawgyi font encoding and in Unicode.
    zawgyi, unicode = "ျမန္မာ", "မြန်မာ"
    assert fold_text(zawgyi) == fold_text(unicode)
    assert word_list_view(zawgyi).text == word_list_view(unicode).text


def test_a_learned_ngram_is_found_in_the_text_as_written():
    text = "Ｆｒｅｅ money 國"
    assert locate(text, "free") == (0, 4)
    assert locate(text, "国") == (len(text) - 1, len(text))
