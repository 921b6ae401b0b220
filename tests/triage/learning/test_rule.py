import pytest

from masthead.comments.models import Comment
from masthead.triage.base import Outcome
from masthead.triage.learning import storage
from masthead.triage.pipeline import run_rule
from masthead.triage.registry import registered_rules
from masthead.triage.rules.learned import LearnedScoreRule

ABUSE = "The flood relief. What a stupid fool"


@pytest.fixture(autouse=True)
def fresh_cache():
    storage.cache.clear()
    yield
    storage.cache.clear()


def check(text, edition="en", **options):
    rule = LearnedScoreRule(options)
    return rule.check(Comment(edition=edition, body=text), rule.options)


def test_the_learned_rule_is_registered():
    assert registered_rules()["learned"] is LearnedScoreRule


def test_an_edition_without_a_model_passes(data_dir):
    finding = check(ABUSE)
    assert finding.outcome == Outcome.PASS
    assert finding.explanation == "No model trained yet."


def test_the_score_is_a_note_with_the_ngrams_that_drove_it(en_model):
    finding = check(ABUSE)
    assert finding.outcome == Outcome.NOTE
    assert finding.score > 0.8
    assert finding.explanation.startswith(f"Learned score {finding.score:.2f} — ")
    assert "driven by: '" in finding.explanation
    assert finding.details["ngrams"]
    assert all(ngram in ABUSE for ngram in finding.details["ngrams"])


def test_priority_grows_with_the_score(en_model):
    abusive, civil = check(ABUSE), check("Thank you for this report")
    assert abusive.details["priority"] == round(abusive.score * 10)
    assert abusive.details["priority"] > civil.details["priority"]


def test_the_score_never_rejects_by_default(en_model):
    assert check("you people are trash, disgusting pig").outcome == Outcome.NOTE


def test_a_site_threshold_lets_the_score_reject_as_abuse(en_model):
    finding = check(ABUSE, reject_above=0.5)
    assert finding.outcome == Outcome.REJECT
    assert LearnedScoreRule.reject_reason == "abuse"
    assert check("Thank you for this report", reject_above=0.9).outcome == "note"


def test_a_corrupted_model_file_is_unknown_with_the_fix(data_dir):
    path = storage.model_path("en")
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x80\x04 broken")
    finding = run_rule(LearnedScoreRule(), Comment(edition="en", body=ABUSE))
    assert finding.outcome == Outcome.UNKNOWN
    assert "masthead train_triage" in finding.explanation


def test_the_driving_ngrams_are_marked_when_the_score_is_high(en_model):
    finding = check(ABUSE)
    marked = [ABUSE[start:end] for start, end in finding.details["spans"]]
    assert marked == finding.details["ngrams"]


def test_a_low_score_marks_nothing(en_model):
    assert "spans" not in check("Thank you for this report").details


@pytest.mark.django_db
def test_a_submitted_comment_gets_its_learned_score_in_the_desk(
    en_model, article, django_capture_on_commit_callbacks
):
    from masthead.comments import submission
    from masthead.triage.models import TriageVerdict

    prepared = submission.prepare(
        article, display_name="Reader", body=ABUSE, address="203.0.113.7"
    )
    with django_capture_on_commit_callbacks(execute=True):
        comment = submission.store(prepared)
    verdict = TriageVerdict.objects.get(comment=comment, rule="learned")
    assert verdict.outcome == Outcome.NOTE
    assert verdict.score > 0.8
    comment.refresh_from_db()
    assert comment.priority >= round(verdict.score * 10)
