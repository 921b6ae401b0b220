"""Rule 7: the learned score, from a model trained on this desk's own decisions.

It only advises: the score raises the comment's priority in the Pending queue and the
moderator sees the n-grams behind it. A site may let it reject with the option
`reject_above` (a probability such as 0.98); by default it never does. From
`highlight_above` (0.5) on, the n-grams are also marked in the comment's text.
"""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from masthead.triage.learning import scoring, storage

from ..base import Finding, Outcome, Rule
from ..explanations import Explanation, explains

# A score of 1.0 weighs as much as one HOLD (pipeline.HOLD_PRIORITY).
PRIORITY_AT_ONE = 10


class LearnedScoreRule(Rule):
    code = "learned"
    label = gettext_lazy("Learned score")
    reject_reason = "abuse"
    uses_database = False
    default_options = {"reject_above": None, "highlight_above": 0.5}

    def check(self, comment, options):
        return self.check_many([comment], options)[0]

    def check_many(self, comments, options):
        # The model scores the whole batch in one call: most of its cost is per call.
        try:
            loaded = storage.cache.get(comments[0].edition)
        except storage.ModelFileError:
            return [self._unreadable() for _comment in comments]
        if loaded is None:
            return [self._untrained() for _comment in comments]
        pipeline, meta = loaded
        results = scoring.score_many(pipeline, [comment.body for comment in comments])
        return [self._finding(result, meta, options) for result in results]

    def _unreadable(self):
        return Finding(Outcome.UNKNOWN, Explanation("learned.unreadable"))

    def _untrained(self):
        return Finding(Outcome.PASS, Explanation("learned.untrained"))

    def _finding(self, result, meta, options):
        return Finding(
            self._outcome(result.probability, options),
            self._explain(result),
            details=self._details(result, meta, options),
            score=round(result.probability, 4),
        )

    def _details(self, result, meta, options):
        details = {
            "priority": round(result.probability * PRIORITY_AT_ONE),
            "ngrams": list(result.ngrams),
            "trained_at": meta.get("trained_at", ""),
        }
        if result.probability >= float(options.get("highlight_above", 0.5)):
            details["spans"] = [list(span) for span in result.spans]
        return details

    def _outcome(self, probability, options):
        threshold = options.get("reject_above")
        if threshold is not None and probability > float(threshold):
            return Outcome.REJECT
        return Outcome.NOTE

    def _explain(self, result):
        score = round(result.probability, 4)
        return Explanation("learned.score", score=score, ngrams=list(result.ngrams))


@explains("learned.unreadable")
def _unreadable(params):
    return _(
        "The edition's model file cannot be read; run `masthead "
        "train_triage` to replace it. Nothing was decided by this rule."
    )


@explains("learned.untrained")
def _untrained(params):
    return _("No model trained yet.")


@explains("learned.score")
def _scored(params):
    score = f"{float(params['score']):.2f}"
    if not params.get("ngrams"):
        return _("Learned score %(score)s.") % {"score": score}
    driven_by = ", ".join(f"'{ngram}'" for ngram in params["ngrams"])
    return _("Learned score %(score)s — driven by: %(ngrams)s") % {
        "score": score,
        "ngrams": driven_by,
    }
