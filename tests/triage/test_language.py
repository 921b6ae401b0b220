"""The comment's language, told offline; another desk's language is only a note."""

from types import SimpleNamespace

import pytest

from masthead.triage.base import Outcome
from masthead.triage.rules.language import LanguageRule, detect_language

pytestmark = pytest.mark.database_independent  # it never opens the database

SAMPLES = {
    "en": "This is a fair report about the new railway line.",
    "ko": "철도 개통에 관한 공정한 기사입니다",
    "zh-hans": "这是一篇关于新铁路的很好的报道",
    "zh-hant": "這是一篇關於新鐵路的很好的報導",
    "bo": "འདི་ནི་ལྕགས་ལམ་གསར་པའི་སྐོར་གྱི་གནས་ཚུལ་ཡག་པོ་ཞིག་རེད།",
    "ug": "بۇ يېڭى تۆمۈر يول توغرىسىدىكى ياخشى خەۋەر",
    "my": "ဒါဟာ ရထားလမ်းသစ်အကြောင်း ကောင်းမွန်တဲ့ သတင်းပါ",
    "km": "នេះជាព័ត៌មានល្អអំពីផ្លូវដែកថ្មី",
    "lo": "ນີ້ແມ່ນຂ່າວດີກ່ຽວກັບທາງລົດໄຟໃໝ່",
    "vi": "Đây là một bài báo rất hay về tuyến đường sắt mới.",
}


def check(body, edition):
    comment = SimpleNamespace(body=body, edition=edition, pk=None)
    rule = LanguageRule()
    return rule.check(comment, rule.options)


@pytest.mark.parametrize("edition, text", SAMPLES.items())
def test_each_editions_language_is_detected(edition, text):
    assert detect_language(text)[0] == edition


@pytest.mark.parametrize("edition, text", SAMPLES.items())
def test_the_desks_own_language_passes(edition, text):
    assert check(text, edition).outcome == Outcome.PASS


def test_another_language_is_a_note_naming_it_and_the_desk():
    finding = check(SAMPLES["ko"], "ug")
    assert finding.outcome == Outcome.NOTE
    assert finding.explanation == "Written in Korean on the Uyghur desk."
    assert finding.details["language"] == "ko"


@pytest.mark.parametrize("text", ["ok", "👍👍👍", "Good 좋아요 好 ok ຂອບໃຈ ขอบคุณ"])
def test_short_or_mixed_text_is_undetermined(text):
    finding = check(text, "en")
    assert finding.outcome == Outcome.PASS
    assert "undetermined" in finding.explanation
