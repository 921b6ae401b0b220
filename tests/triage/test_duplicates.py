"""Duplicates: one commenter's repeats rejected; many commenters' near-copies held."""

from datetime import timedelta

import pytest
from django.core.cache import caches
from myanmar.converter import convert
from wagtail.models import ModelLogEntry

from masthead.comments.models import Comment, CommentStatus
from masthead.news.setup import ensure_edition, ensure_section
from masthead.triage import similarity
from masthead.triage.base import Outcome
from masthead.triage.models import TriageVerdict
from masthead.triage.rules import duplicates
from masthead.triage.rules.campaign import CampaignRule
from masthead.triage.rules.duplicates import DuplicateRule

pytestmark = pytest.mark.django_db

# Per script: a campaign text, a lightly changed copy, and an unrelated comment.
TEXTS = {
    "zh-hans": (
        "政府必须立即释放所有被关押的记者，新闻自由是人民的基本权利！",
        "政府必须立即释放所有被关押的记者！！新闻自由是人民的基本权利",
        "今天的天气很好，我们全家去公园散步，孩子们玩得非常开心。",
    ),
    "my": (
        "အစိုးရသည် ဖမ်းဆီးထားသော သတင်းထောက်များအားလုံးကို ချက်ချင်းလွှတ်ပေးရမည်။ "
        "သတင်းလွတ်လပ်ခွင့်သည် ပြည်သူ့အခွင့်အရေးဖြစ်သည်။",
        "အစိုးရသည် ဖမ်းဆီးထားသော သတင်းထောက်များအားလုံးကို ချက်ချင်းလွှတ်ပေးရမည်!! "
        "သတင်းလွတ်လပ်ခွင့်သည် ပြည်သူ့အခွင့်အရေး",
        "ဒီနေ့ ရာသီဥတု သာယာလို့ မိသားစုနဲ့ ပန်းခြံထဲ လမ်းလျှောက်ခဲ့ပြီး ကလေးတွေ အရမ်းပျော်ကြတယ်။",
    ),
    "ko": (
        "정부는 구금된 모든 기자들을 즉시 석방해야 합니다. 언론의 자유는 국민의 기본 "
        "권리입니다!",
        "정부는 구금된 모든 기자들을 즉시 석방해야 합니다!! 언론의 자유는 우리 국민의 "
        "기본 권리입니다",
        "오늘 날씨가 좋아서 가족과 함께 공원을 산책했고 아이들이 정말 즐거워했습니다.",
    ),
    "ug": (
        "ھۆكۈمەت قولغا ئېلىنغان بارلىق مۇخبىرلارنى دەرھال قويۇپ بېرىشى كېرەك. "
        "ئاخبارات ئەركىنلىكى خەلقنىڭ ئاساسىي ھوقۇقى!",
        "ھۆكۈمەت قولغا ئېلىنغان بارلىق مۇخبىرلارنى دەرھال قويۇپ بېرىشى كېرەك!! "
        "ئاخبارات ئەركىنلىكى خەلقنىڭ ھوقۇقى",
        "بۈگۈن ھاۋا ناھايىتى ياخشى بولدى، ئائىلىمىز بىلەن باغچىدا ئايلاندۇق، "
        "بالىلار بەك خۇشال بولدى.",
    ),
    "en": (
        "The government must release every detained journalist immediately. "
        "Press freedom is a basic right of the people!",
        "The government must immediately release every detained journalist!! "
        "Press freedom is a basic right of all people",
        "Lovely weather today, so we took the whole family for a walk in the park "
        "and the children loved it.",
    ),
}


@pytest.fixture(autouse=True)
def duplicate_rules(only_rules):
    only_rules(DuplicateRule, CampaignRule)
    clear_caches()
    yield
    clear_caches()


@pytest.fixture
def edition_article(en_home, make_article):
    def make(code):
        home = en_home if code == "en" else ensure_edition(code)
        return make_article(ensure_section(home, "World", "world"))

    return make


def verdict(comment, rule):
    return TriageVerdict.objects.get(comment=comment, rule=rule)


def status_of(comment):
    comment.refresh_from_db()
    return comment.status


def older(comment, hours):
    Comment.objects.filter(pk=comment.pk).update(
        created_at=comment.created_at - timedelta(hours=hours)
    )


# Exact repeats from one commenter.


def test_same_text_from_same_address_is_rejected_as_duplicate(post):
    first = post("A fair report, thank you.")
    second = post("  a FAIR report,\n thank   you. ")
    assert status_of(second) == CommentStatus.REJECTED
    entry = ModelLogEntry.objects.for_instance(second).get()
    assert entry.data["rule"] == "duplicate" and entry.data["reason"] == "duplicate"
    assert f"#{first.pk}" in verdict(second, "duplicate").explanation


def test_same_text_from_same_email_elsewhere_is_rejected(post):
    post("A fair report.", address="192.0.2.1", email="reader@example.org")
    second = post("A fair report.", address="192.0.2.2", email="reader@example.org")
    assert status_of(second) == CommentStatus.REJECTED


def test_duplicate_names_the_first_of_several_copies(post):
    first = post("A fair report.")
    post("A fair report.")
    third = post("A fair report.")
    assert verdict(third, "duplicate").details == {"duplicate_of": first.pk}


def test_same_text_from_another_commenter_is_not_a_duplicate(post):
    post("A fair report.", address="192.0.2.1")
    second = post("A fair report.", address="192.0.2.2")
    assert status_of(second) == CommentStatus.PENDING
    assert verdict(second, "duplicate").outcome == Outcome.PASS


def test_same_text_after_24_hours_is_not_a_duplicate(post):
    older(post("A fair report."), hours=25)
    second = post("A fair report.")
    assert status_of(second) == CommentStatus.PENDING


def test_burmese_repeat_typed_in_zawgyi_is_a_duplicate(post, edition_article):
    article = edition_article("my")
    unicode_text = TEXTS["my"][0]
    post(unicode_text, article)
    repeat = post(convert(unicode_text, "unicode", "zawgyi"), article)
    assert status_of(repeat) == CommentStatus.REJECTED


def test_traditional_copy_of_a_simplified_campaign_is_clustered(post, edition_article):
    article = edition_article("zh-hans")
    post(TEXTS["zh-hans"][0], article, address="192.0.2.1")
    copy = "政府必須立即釋放所有被關押的記者！！新聞自由是人民的基本權利"
    second = post(copy, article, address="192.0.2.2")
    assert verdict(second, "campaign").outcome == Outcome.HOLD


def test_different_text_from_same_commenter_is_pending(post):
    post("A fair report.")
    assert status_of(post("A second thought on it.")) == CommentStatus.PENDING


# Near-copies from different commenters.


@pytest.mark.parametrize("edition", list(TEXTS))
def test_near_copies_from_different_commenters_are_held_as_one_cluster(
    post, edition_article, edition
):
    article = edition_article(edition)
    campaign, copy, _unrelated = TEXTS[edition]
    first = post(campaign, article, address="192.0.2.1")
    second = post(copy, article, address="192.0.2.2")
    found = verdict(second, "campaign")
    assert found.outcome == Outcome.HOLD
    assert found.details["cluster"] == first.pk and found.details["size"] == 2
    assert f"#{first.pk}" in found.explanation
    assert status_of(second) == CommentStatus.PENDING


@pytest.mark.parametrize("edition", list(TEXTS))
def test_unrelated_text_is_not_clustered(post, edition_article, edition):
    article = edition_article(edition)
    campaign, copy, unrelated = TEXTS[edition]
    post(campaign, article, address="192.0.2.1")
    post(copy, article, address="192.0.2.2")
    third = post(unrelated, article, address="192.0.2.3")
    assert verdict(third, "campaign").outcome == Outcome.PASS


def test_cluster_grows_with_each_commenter(post):
    campaign, copy, _ = TEXTS["en"]
    first = post(campaign, address="192.0.2.1")
    post(copy, address="192.0.2.2")
    third = post(campaign + " Share this!", address="192.0.2.3")
    details = verdict(third, "campaign").details
    assert (details["cluster"], details["size"]) == (first.pk, 3)
    assert details["from_others"] == 2


def test_held_comment_rises_in_priority(post):
    campaign, copy, _ = TEXTS["en"]
    post(campaign, address="192.0.2.1")
    second = post(copy, address="192.0.2.2")
    second.refresh_from_db()
    assert second.priority > 0


def test_near_copy_by_the_same_commenter_is_only_a_note(post):
    campaign, copy, _ = TEXTS["en"]
    post(campaign)
    assert verdict(post(copy), "campaign").outcome == Outcome.NOTE


def test_near_copy_of_a_comment_older_than_24_hours_is_not_held(post):
    campaign, copy, _ = TEXTS["en"]
    older(post(campaign, address="192.0.2.1"), hours=25)
    assert verdict(post(copy, address="192.0.2.2"), "campaign").outcome == (
        Outcome.PASS
    )


def test_near_copies_in_another_edition_are_not_compared(post, edition_article):
    campaign, copy, _ = TEXTS["en"]
    post(campaign, edition_article("ko"), address="192.0.2.1")
    second = post(copy, address="192.0.2.2")
    assert verdict(second, "campaign").outcome == Outcome.PASS


def test_threshold_is_configurable(post, settings):
    settings.MASTHEAD_TRIAGE = {"default": {"rules": {"campaign": {"threshold": 0.99}}}}
    campaign, copy, _ = TEXTS["en"]
    post(campaign, address="192.0.2.1")
    assert verdict(post(copy, address="192.0.2.2"), "campaign").outcome == (
        Outcome.PASS
    )


def test_short_comments_are_not_compared(post):
    post("Thank you!", address="192.0.2.1")
    second = post("Thank you!!", address="192.0.2.2")
    found = verdict(second, "campaign")
    assert found.outcome == Outcome.PASS and "minhash" not in found.details


def test_signature_is_kept_with_the_verdict(post):
    comment = post(TEXTS["en"][0])
    kept = similarity.decode(verdict(comment, "campaign").details["minhash"])
    expected = similarity.signature(similarity.letters_only(comment.body))
    assert similarity.similarity(kept, expected) == 1.0
    assert len(verdict(comment, "campaign").details["minhash"]) < 400


# The similarity measures themselves.


def test_folding_ignores_case_width_and_spacing():
    assert similarity.fold(" Ｆａｉｒ\u200b  REPORT\n") == similarity.fold(
        "fair report"
    )


def test_unspaced_text_is_shingled_by_characters():
    assert similarity.shingles("新闻自由") == {"新闻自", "闻自由", "新闻自由"}


@pytest.mark.parametrize("edition", list(TEXTS))
def test_estimate_is_close_to_the_true_similarity(edition):
    texts = [similarity.letters_only(text) for text in TEXTS[edition][:2]]
    first, second = (similarity.shingles(text) for text in texts)
    true = len(first & second) / len(first | second)
    estimate = similarity.similarity(*(similarity.signature(t) for t in texts))
    assert abs(estimate - true) < 0.15


def test_repeats_are_found_by_stored_digest_without_folding_earlier_texts(
    post, monkeypatch
):
    folded = []
    real_digest = duplicates.text_digest
    monkeypatch.setattr(
        duplicates, "text_digest", lambda text: folded.append(text) or real_digest(text)
    )
    first = post("Comment number 0 on the harbour report.")
    for n in range(1, 4):
        post(f"Comment number {n} on the harbour report.")
    repeat = post("COMMENT number 0 on the  harbour report.")
    assert first.text_digest == repeat.text_digest != ""
    assert verdict(repeat, "duplicate").details == {"duplicate_of": first.pk}
    assert folded == []


def test_a_comment_stored_without_a_digest_is_folded_and_still_found(post, monkeypatch):
    first = post("A fair report on the harbour.")
    Comment.objects.filter(pk=first.pk).update(text_digest="")
    repeat = post("a fair report on the HARBOUR.")
    assert verdict(repeat, "duplicate").details == {"duplicate_of": first.pk}


def clear_caches():
    for cache in caches.all():
        cache.clear()
