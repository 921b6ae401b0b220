"""The triage framework: every verdict kept, failures UNKNOWN, outcomes applied."""

import time

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from masthead.comments.models import CommentStatus
from masthead.moderation import actions
from masthead.news.setup import ensure_section
from masthead.triage.base import Finding, Outcome, Rule
from masthead.triage.models import TriageVerdict
from masthead.triage.pipeline import triage
from masthead.triage.registry import options_for, rules_for
from masthead.triage.signals import rule_rejected

pytestmark = pytest.mark.django_db


class Fine(Rule):
    code = "fine"

    def check(self, comment, options):
        return Finding(Outcome.PASS, "Nothing to say.")


class Broken(Rule):
    code = "broken"

    def check(self, comment, options):
        raise RuntimeError("boom")


class Slow(Rule):
    code = "slow"
    timeout = 0.05
    uses_database = False

    def check(self, comment, options):
        time.sleep(1)
        return Finding(Outcome.REJECT, "Too late to count.")


class SlowInRequest(Slow):
    code = "slow_db"
    uses_database = True

    def check(self, comment, options):
        time.sleep(0.1)
        return Finding(Outcome.REJECT, "Too late to count.")


class Offensive(Rule):
    code = "offensive"
    reject_reason = "abuse"

    def check(self, comment, options):
        if "rude" in comment.body:
            return Finding(Outcome.REJECT, "Rude word.", {"matches": ["rude"]})
        return Finding(Outcome.PASS, "Polite.")


class Doubtful(Rule):
    code = "doubtful"

    def check(self, comment, options):
        if "maybe" in comment.body:
            return Finding(Outcome.HOLD, "Maybe.", {"priority": options.get("add", 0)})
        return Finding(Outcome.PASS, "Fine.")


def verdicts(comment):
    return {v.rule: v for v in TriageVerdict.objects.filter(comment=comment)}


def test_every_rule_records_a_verdict(only_rules, post):
    only_rules(Fine, Offensive)
    comment = post("A fair report.")
    found = verdicts(comment)
    assert set(found) == {"fine", "offensive"}
    assert found["fine"].outcome == Outcome.PASS
    assert found["fine"].explanation == "Nothing to say."


def test_a_failing_rule_is_unknown_and_the_others_still_run(only_rules, post):
    only_rules(Broken, Fine)
    found = verdicts(post("A fair report."))
    assert found["broken"].outcome == Outcome.UNKNOWN
    assert "RuntimeError" in found["broken"].explanation
    assert found["fine"].outcome == Outcome.PASS


def test_a_slow_rule_is_unknown_after_its_timeout(only_rules, post):
    only_rules(Slow, Fine)
    started = time.monotonic()
    comment = post("A fair report.")
    assert time.monotonic() - started < 0.9
    found = verdicts(comment)
    assert found["slow"].outcome == Outcome.UNKNOWN
    assert "0.05 seconds" in found["slow"].explanation
    comment.refresh_from_db()
    assert comment.status == CommentStatus.PENDING


def test_a_late_answer_from_a_database_rule_is_not_used(only_rules, post):
    only_rules(SlowInRequest)
    comment = post("A fair report.")
    assert verdicts(comment)["slow_db"].outcome == Outcome.UNKNOWN
    comment.refresh_from_db()
    assert comment.status == CommentStatus.PENDING


def test_reject_sends_the_comment_to_the_rejected_queue_with_its_reason(
    only_rules, post, client, moderator
):
    only_rules(Offensive)
    comment = post("You are rude.")
    comment.refresh_from_db()
    assert comment.status == CommentStatus.REJECTED
    assert comment.decided_by is None
    entry = ModelLogEntry.objects.for_instance(comment).get()
    assert entry.action == "masthead.comment.reject_automatically"
    assert entry.user_id is None
    assert entry.data["rule"] == "offensive" and entry.data["reason"] == "abuse"
    assert entry.data["explanation"] == "Rude word."
    client.force_login(moderator)
    page = client.get(reverse("moderation:queue", args=["rejected"]))
    assert [c.pk for c in page.context["page"].comments] == [comment.pk]


def test_a_reject_goes_to_the_desk_as_the_rule_rejected_signal(only_rules, post):
    """Triage names no desk: it says what the rule found and the desk acts on it."""
    only_rules(Offensive)
    sent = []

    def receive(sender, **kwargs):
        sent.append((sender, kwargs))

    rule_rejected.connect(receive)
    try:
        comment = post("You are rude.")
    finally:
        rule_rejected.disconnect(receive)
    [(sender, message)] = sent
    assert sender is Offensive and message["comment"].pk == comment.pk
    assert (message["rule"], message["reason"], message["explanation"]) == (
        "offensive",
        "abuse",
        "Rude word.",
    )


def test_an_automatic_rejection_can_be_restored(only_rules, post, moderator):
    only_rules(Offensive)
    comment = post("You are rude.")
    comment.refresh_from_db()
    restored = actions.restore(comment, user=moderator, revision=comment.revision)
    assert restored.status == CommentStatus.PENDING


def test_automatic_rejection_leaves_a_decided_comment_alone(
    only_rules, post, moderator
):
    only_rules(Fine)
    comment = post("You are rude.")
    actions.approve(comment, user=moderator, revision=1)
    result = actions.reject_automatically(
        comment, reason="abuse", rule="offensive", explanation="Rude."
    )
    assert result is None
    comment.refresh_from_db()
    assert comment.status == CommentStatus.APPROVED


def test_hold_raises_priority_and_priority_first_shows_it_first(
    only_rules, post, client, moderator
):
    only_rules(Doubtful)
    calm = post("A fair report.")
    held = post("Well, maybe.")
    held.refresh_from_db()
    calm.refresh_from_db()
    assert (held.priority, calm.priority) == (10, 0)
    client.force_login(moderator)
    url = reverse("moderation:queue", args=["pending"])
    oldest = client.get(url).context["page"].comments
    assert [c.pk for c in oldest] == [calm.pk, held.pk]
    first = client.get(url, {"order": "priority"}).context["page"].comments
    assert [c.pk for c in first] == [held.pk, calm.pk]


def test_a_findings_priority_adds_to_the_hold(only_rules, post, settings):
    settings.MASTHEAD_TRIAGE = {"default": {"rules": {"doubtful": {"add": 5}}}}
    only_rules(Doubtful)
    held = post("Well, maybe.")
    held.refresh_from_db()
    assert held.priority == 15


def test_edition_settings_override_the_defaults(only_rules, settings):
    settings.MASTHEAD_TRIAGE = {
        "default": {"rules": {"fine": {"enabled": True, "size": 1}}},
        "ug": {"rules": {"fine": {"enabled": False}}, "ko": {}},
        "ko": {"rules": {"fine": {"size": 2}}},
    }
    only_rules(Fine, Doubtful)
    assert [rule.code for rule in rules_for("en")] == ["fine", "doubtful"]
    assert [rule.code for rule in rules_for("ug")] == ["doubtful"]
    assert options_for("ko")["fine"] == {"enabled": True, "size": 2}
    assert rules_for("en")[0].options == {"enabled": True, "size": 1}


def test_triage_again_replaces_the_verdicts(only_rules, post):
    only_rules(Fine)
    comment = post("A fair report.")
    triage(comment)
    assert TriageVerdict.objects.filter(comment=comment).count() == 1


def test_a_broken_pipeline_never_fails_the_post(only_rules, post, monkeypatch):
    only_rules(Fine)
    monkeypatch.setattr(
        "masthead.triage.pipeline.rules_for",
        lambda edition: 1 / 0,
    )
    comment = post("A fair report.")
    assert comment.pk and comment.status == CommentStatus.PENDING


def test_priority_first_pages_follow_each_other_without_gaps(
    only_rules, post, moderator
):
    from masthead.moderation.permissions import desk_scope
    from masthead.moderation.queues import Filters, decode_cursor, queue_page

    only_rules(Doubtful)
    posted = [post("maybe" if n % 3 else "calm") for n in range(7)]
    filters = Filters(priority_first=True)
    scope = desk_scope(moderator)
    seen, after = [], None
    while True:
        page = queue_page("pending", scope, filters, after=after, size=2)
        seen += [comment.pk for comment in page.comments]
        if not page.has_next:
            break
        after = decode_cursor(page.next_cursor)
    held = [c.pk for n, c in enumerate(posted) if n % 3]
    calm = [c.pk for n, c in enumerate(posted) if not n % 3]
    assert seen == held + calm
    back = queue_page(
        "pending", scope, filters, before=decode_cursor(page.previous_cursor), size=2
    )
    assert [c.pk for c in back.comments] == seen[-3:-1]


def test_automatic_rejection_shows_on_the_comment_page_and_in_the_audit_log(
    only_rules, post, client, moderator
):
    only_rules(Offensive)
    comment = post("You are rude.")
    client.force_login(moderator)
    page = client.get(reverse("moderation:comment", args=[comment.pk]))
    assert page.status_code == 200
    assert b"Comment rejected automatically by triage" in page.content
    assert client.get(reverse("moderation:audit")).status_code == 200


def test_count_event_counts_per_day_edition_and_kind():
    from masthead.guards.models import TriageCounter, count_event

    count_event("en", "bot")
    count_event("en", "bot")
    count_event("ko", "bot")
    counts = dict(TriageCounter.objects.values_list("edition", "count"))
    assert counts == {"en": 2, "ko": 1}


class Translated(Rule):
    code = "translated"

    def check(self, comment, options):
        from django.utils.translation import gettext

        return Finding(Outcome.PASS, gettext("No links."))


def test_explanations_are_written_in_the_language_of_the_comments_desk(
    only_rules, post, ko_home, make_article
):
    only_rules(Translated)
    korean_article = make_article(
        ensure_section(ko_home, "국제", "world"), title="철도 개통"
    )
    korean = verdicts(post("좋은 기사입니다.", target=korean_article))
    english = verdicts(post("A fair report."))
    assert english["translated"].explanation == "No links."
    assert korean["translated"].explanation == "링크 없음."
