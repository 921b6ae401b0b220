"""How words are matched: folding, Korean particles, diacritics, Chinese scripts."""

import pytest

from masthead.search.queries import search

pytestmark = pytest.mark.django_db


def found(code, query):
    return [document.title for document in search(code, query)[1]]


def test_korean_noun_is_found_with_a_particle_attached_in_the_text(publish):
    publish("ko", "회의 소식", "서울에서 열린 회의가 끝났다.")
    assert found("ko", "서울") == ["회의 소식"]


def test_korean_query_with_a_particle_finds_the_noun_with_another(publish):
    publish("ko", "회의 소식", "서울은 맑겠습니다.")
    assert found("ko", "서울에서") == ["회의 소식"]


def test_single_korean_syllable_finds_words_containing_it(publish):
    publish("ko", "회의 소식", "서울에서 열린 회의가 끝났다.")
    assert found("ko", "린") == ["회의 소식"]


def test_vietnamese_without_diacritics_finds_text_with_them(publish):
    publish("vi", "Bão đổ bộ", "Cơn bão đổ bộ vào Việt Nam.")
    assert found("vi", "viet nam") == ["Bão đổ bộ"]
    assert found("vi", "do bo") == ["Bão đổ bộ"]


def test_vietnamese_with_diacritics_finds_only_those_diacritics(publish):
    publish("vi", "Viết thư", "Học sinh viết thư.")
    publish("vi", "Việt Nam", "Người Việt ở khắp nơi.")
    assert found("vi", "Việt") == ["Việt Nam"]
    assert found("vi", "viết") == ["Viết thư"]


def test_vietnamese_tone_on_either_vowel_finds_the_same_word(publish):
    publish("vi", "Hoà bình", "Hoà bình cho mọi người.")
    publish("vi", "Hóa học", "Bài học hóa học.")
    assert found("vi", "hòa bình") == ["Hoà bình"]
    assert found("vi", "hoá") == ["Hóa học"]


def test_vietnamese_in_decomposed_unicode_matches_composed(publish):
    publish("vi", "Việt Nam", "Người Việt ở khắp nơi.")
    assert found("vi", "Vie\u0323\u0302t") == ["Việt Nam"]


def test_case_and_fullwidth_letters_are_folded(publish):
    publish("en", "Harbour reopens", "The UN envoy visited.")
    assert found("en", "ＵＮ envoy") == ["Harbour reopens"]
    assert found("en", "HARBOUR") == ["Harbour reopens"]


def test_english_word_finds_longer_words_it_begins(publish):
    publish("en", "Voters queue", "Elections were held.")
    assert found("en", "election") == ["Voters queue"]


def test_two_letter_word_is_matched_whole(publish):
    publish("en", "Unity talks", "Leaders met.")
    assert found("en", "un") == []


def test_every_word_of_the_query_must_be_present(publish):
    publish("en", "Harbour reopens", "Boats are back.")
    assert found("en", "harbour boats") == ["Harbour reopens"]
    assert found("en", "harbour planes") == []


def test_traditional_query_finds_simplified_text(publish):
    publish("zh-hans", "北京天气", "北京市今天发布暴雨预警信号。")
    assert found("zh-hans", "預警") == ["北京天气"]


def test_simplified_query_finds_traditional_text(publish):
    publish("zh-hant", "香港天氣", "香港天文台今早發出颱風信號。")
    assert found("zh-hant", "台风") == ["香港天氣"]


def test_single_chinese_character_is_found(publish):
    publish("zh-hans", "北京天气", "北京市今天发布暴雨预警信号。")
    assert found("zh-hans", "号") == ["北京天气"]


def test_tibetan_word_is_found_with_or_without_its_tsheg(publish):
    publish("bo", "གནམ་གཤིས།", "ལྷ་ས་རུ་ཆར་པ་ཆེན་པོ་བབས།")
    assert found("bo", "ཆར་པ་") == ["གནམ་གཤིས།"]
    assert found("bo", "ཆརཔ") == ["གནམ་གཤིས།"]


def test_khmer_word_is_found_across_zero_width_spaces(publish):
    publish("km", "អាកាសធាតុ", "ភ្នំពេញ\u200bមាន\u200bភ្លៀង\u200bធ្លាក់")
    assert found("km", "មានភ្លៀង") == ["អាកាសធាតុ"]


def test_burmese_typed_in_zawgyi_finds_unicode_text(publish):
    from myanmar.converter import convert

    publish("my", "မိုးလေဝသ", "ရန်ကုန်မြို့တွင်မိုးသည်းထန်စွာရွာသွန်းခဲ့သည်။")
    zawgyi = convert("မိုးသည်းထန်စွာရွာသွန်း", "unicode", "zawgyi")
    assert found("my", zawgyi) == ["မိုးလေဝသ"]


def test_uyghur_word_stretched_with_tatweel_is_found(publish):
    publish("ug", "ھاۋارايى", "بۈگۈن قـــار ياغدى.")
    assert found("ug", "قار") == ["ھاۋارايى"]


def test_uyghur_stem_finds_word_with_suffix(publish):
    publish("ug", "ھاۋارايى", "بۈگۈن ئۈرۈمچىدە قار ياغدى.")
    assert found("ug", "ئۈرۈمچى") == ["ھاۋارايى"]
