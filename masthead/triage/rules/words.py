"""Banned and suspect words of the edition's desk: banned rejects, suspect holds.

Terms come from the desk's word list (WordListEntry, per edition or for every
edition) and match after `normalise` folding, by the rules of `matching` for the
term's script. Options: "suffixes", a list of endings allowed after a whole word in
spaced scripts (for example Uyghur plural and case endings).
"""

from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ..base import Finding, Outcome, Rule
from ..explanations import Explanation, explains
from ..matching import find_term
from ..models import WordKind, WordListEntry
from ..normalise import normalise, normalise_term


class WordListRule(Rule):
    code = "words"
    label = gettext_lazy("Banned and suspect words")
    reject_reason = "abuse"

    def check(self, comment, options):
        return self.find(comment, list(self.terms(comment.edition)), options)

    def check_many(self, comments, options):
        # One read of the word list for the batch (comments of one edition).
        terms = list(self.terms(comments[0].edition))
        return [self.find(comment, terms, options) for comment in comments]

    def find(self, comment, terms, options):
        folded = normalise(comment.body)
        suffixes = tuple(normalise_term(s) for s in options.get("suffixes", ()))
        found = {WordKind.BANNED: [], WordKind.SUSPECT: []}
        spans = []
        for term, kind in terms:
            matches = find_term(folded.text, normalise_term(term), suffixes)
            if matches:
                found[kind].append(term)
                spans.extend(folded.original_span(*match) for match in matches)
        details = {
            "banned": found[WordKind.BANNED],
            "suspect": found[WordKind.SUSPECT],
            "matches": found[WordKind.BANNED] + found[WordKind.SUSPECT],
            "spans": [list(span) for span in spans if span],
            "from_zawgyi": folded.from_zawgyi,
        }
        return Finding(self.outcome(found), self.explain(found, folded), details)

    def terms(self, edition):
        entries = WordListEntry.objects.filter(Q(edition=edition) | Q(edition=""))
        return entries.values_list("term", "kind").order_by("pk")

    def outcome(self, found):
        if found["banned"]:
            return Outcome.REJECT
        return Outcome.HOLD if found["suspect"] else Outcome.PASS

    def explain(self, found, folded):
        if not (found["banned"] or found["suspect"]):
            return Explanation("words.none")
        code = "words.banned" if found["banned"] else "words.suspect"
        terms = found["banned"] or found["suspect"]
        return Explanation(code, words=terms, from_zawgyi=folded.from_zawgyi)


@explains("words.none")
def _no_words(params):
    return _("No banned or suspect words.")


@explains("words.banned")
def _banned(params):
    return _("Banned word found: %(words)s.") % {"words": _quoted(params)} + (
        _zawgyi_note(params)
    )


@explains("words.suspect")
def _suspect(params):
    return _("Suspect word found: %(words)s.") % {"words": _quoted(params)} + (
        _zawgyi_note(params)
    )


def _quoted(params):
    return ", ".join(f"“{term}”" for term in params["words"])


def _zawgyi_note(params):
    if not params.get("from_zawgyi"):
        return ""
    return " " + _("(Found after converting the Zawgyi-encoded text.)")
