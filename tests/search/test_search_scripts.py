"""A word typed in each edition's script finds that edition's article, and only it."""

import pytest

from masthead.search.queries import search

pytestmark = pytest.mark.django_db

# (edition, title, text, a word from the middle of the text) in every script the
# editions are written in; the unspaced ones have no space around the word.
SAMPLES = [
    (
        "en",
        "Harbour reopens",
        "Fishermen returned to the northern harbour.",
        "northern",
    ),
    ("ko", "기후 회의", "서울에서 열린 기후 회의가 끝났다.", "열린"),
    ("zh-hans", "北京天气", "北京市今天发布暴雨预警信号。", "暴雨"),
    ("zh-hant", "香港天氣", "香港天文台今早發出颱風信號。", "天文台"),
    ("bo", "ལྷ་སའི་གནམ་གཤིས།", "ལྷ་ས་རུ་ཆར་པ་ཆེན་པོ་བབས།", "ཆར་པ"),
    ("ug", "ئۈرۈمچى ھاۋارايى", "بۈگۈن ئۈرۈمچىدە قېلىن قار ياغدى.", "قېلىن"),
    ("my", "ရန်ကုန် မိုးလေဝသ", "ရန်ကုန်မြို့တွင်မိုးသည်းထန်စွာရွာသွန်းခဲ့သည်။", "မိုးသည်း"),
    ("km", "អាកាសធាតុភ្នំពេញ", "ភ្នំពេញមានភ្លៀងធ្លាក់ខ្លាំងពេញមួយយប់។", "ភ្លៀងធ្លាក់"),
    ("lo", "ອາກາດວຽງຈັນ", "ວຽງຈັນມີຝົນຕົກໜັກຕະຫຼອດຄືນ.", "ຝົນຕົກ"),
    ("vi", "Bão đổ bộ", "Cơn bão số 3 đổ bộ vào miền Trung Việt Nam.", "miền"),
]


def found(code, query):
    return [document.title for document in search(code, query)[1]]


@pytest.mark.parametrize(
    ("code", "title", "text", "word"), SAMPLES, ids=[s[0] for s in SAMPLES]
)
def test_word_finds_article_of_its_edition(publish, code, title, text, word):
    publish(code, title, text)
    assert found(code, word) == [title]


@pytest.mark.parametrize(
    ("code", "title", "text", "word"), SAMPLES, ids=[s[0] for s in SAMPLES]
)
def test_word_does_not_find_article_of_another_edition(
    publish, code, title, text, word
):
    other = "vi" if code == "en" else "en"
    publish(other, "Elsewhere", text)
    assert found(code, word) == []
    assert found(other, word) == ["Elsewhere"]


@pytest.mark.parametrize(
    ("code", "title", "text", "word"), SAMPLES, ids=[s[0] for s in SAMPLES]
)
def test_word_absent_from_article_finds_nothing(publish, code, title, text, word):
    publish(code, title, text.replace(word, " "))
    assert found(code, word) == []


@pytest.mark.parametrize(
    ("code", "title", "text", "word"), SAMPLES, ids=[s[0] for s in SAMPLES]
)
def test_results_page_of_each_edition_shows_its_article(
    publish, search_page, code, title, text, word
):
    publish(code, title, text)
    soup = search_page(code, word)
    assert [h.get_text() for h in soup.select(".search-list h2")] == [title]
    assert soup.select(".search-snippet mark")
    assert soup.html["lang"].lower() == code
