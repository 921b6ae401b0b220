"""Repeats: the same text again from one commenter, and the same text from many.

"duplicate": the same text after folding (as the word lists fold it, spaces
collapsed) from the same address hash or email within `window_hours` (24) is
rejected as a duplicate, naming the earliest such comment.

"campaign": text nearly the same as comments from other commenters in the same
edition within the window (estimated Jaccard similarity of character shingles at
least `threshold`, 0.6) is held, with the cluster it joins and the cluster's size.
Its MinHash signature is kept in the verdict's details, so later comments compare
with it without reading its text again.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from masthead.comments.models import Comment

from ..base import Finding, Outcome, Rule
from ..explanations import Explanation, explains
from ..models import TriageVerdict


def similarity():
    """Return the similarity module; its numpy loads only where triage runs (the task
    worker), not in every web process that lists the rules."""
    from .. import similarity

    return similarity


def window(options):
    return timedelta(hours=float(options.get("window_hours", 24)))


def hours(options):
    return f"{window(options).total_seconds() / 3600:g}"


def same_commenter(comment):
    """Return a filter for comments by the same address hash or email."""
    match = Q(pk__in=[])
    if comment.ip_hash:
        match |= Q(ip_hash=comment.ip_hash)
    if comment.email:
        match |= Q(email=comment.email)
    return match


class DuplicateRule(Rule):
    code = "duplicate"
    label = gettext_lazy("Duplicate")
    reject_reason = "duplicate"
    default_options = {"window_hours": 24}

    def check(self, comment, options):
        since = comment.created_at - window(options)
        earlier = (
            Comment.objects.filter(same_commenter(comment))
            .filter(created_at__range=(since, comment.created_at))
            .exclude(pk=comment.pk)
            .order_by("created_at", "pk")
            .values_list("pk", "body")
        )
        folded = similarity()
        text = folded.fold_digest(comment.body)
        for other_pk, other_body in earlier.iterator():
            if folded.fold_digest(other_body) == text:
                explanation = Explanation(
                    "duplicate.repeat", id=other_pk, hours=hours(options)
                )
                return Finding(Outcome.REJECT, explanation, {"duplicate_of": other_pk})
        return Finding(Outcome.PASS, Explanation("duplicate.none"))


@explains("duplicate.repeat")
def _repeat(params):
    return _(
        "The same text as comment #%(id)d, sent by the same commenter "
        "within the last %(hours)s hours."
    ) % {"id": int(params["id"]), "hours": params["hours"]}


@explains("duplicate.none")
def _not_repeat(params):
    return _("Not a repeat of this commenter's recent comments.")


@dataclass(frozen=True)
class Match:
    comment_id: int
    score: float
    cluster: int
    other_commenter: bool


class CampaignRule(Rule):
    code = "campaign"
    label = gettext_lazy("Coordinated campaign")
    default_options = {
        "threshold": 0.6,
        "window_hours": 24,
        "min_letters": 20,  # shorter texts ("Thank you!") are alike by nature
        "bands": 32,  # of 128 MinHash rows: 4 rows a band find 99% of pairs at 0.6
        "per_band": 20,  # newest comments read per band key
    }
    max_candidates = 400

    def check(self, comment, options):
        sim = similarity()
        text = sim.letters_only(comment.body)
        if len(text) < int(options["min_letters"]):
            return Finding(Outcome.PASS, Explanation("campaign.short"))
        sig = sim.signature(text)
        keys = sim.band_keys(sig, int(options["bands"]))
        seconds = int(window(options).total_seconds())
        index = sim.BandIndex(comment.edition, seconds, int(options["per_band"]))
        candidates = [pk for pk in index.candidates(keys) if pk != comment.pk]
        index.add(keys, comment.pk)
        matches = self.matches(comment, sig, candidates, options)
        details = {"minhash": sim.encode(sig), "cluster": comment.pk}
        if not matches:
            return Finding(Outcome.PASS, Explanation("campaign.none"), details)
        return self.clustered(comment, matches, details, seconds)

    def matches(self, comment, sig, candidates, options):
        """Return the candidates at least `threshold` alike, most alike first."""
        threshold, sim = float(options["threshold"]), similarity()
        rows = TriageVerdict.objects.filter(
            rule=self.code,
            comment_id__in=candidates[: self.max_candidates],
            comment__edition=comment.edition,
            comment__created_at__gte=comment.created_at - window(options),
        ).values_list("comment_id", "details", "comment__ip_hash", "comment__email")
        found = []
        for pk, details, ip_hash, email in rows:
            stored = (details or {}).get("minhash")
            score = sim.similarity(sig, sim.decode(stored or ""))
            if score >= threshold:
                same = (comment.ip_hash and ip_hash == comment.ip_hash) or (
                    comment.email and email == comment.email
                )
                cluster = details.get("cluster", pk)
                found.append(Match(pk, score, cluster, not same))
        return sorted(found, key=lambda match: (-match.score, match.comment_id))

    def clustered(self, comment, matches, details, seconds):
        """Join the oldest cluster among the matches; hold if others wrote alike."""
        cluster = min(match.cluster for match in matches)
        size = similarity().join_cluster(comment.edition, cluster, seconds)
        best = matches[0]
        details.update(
            cluster=cluster,
            size=max(size, len(matches) + 1),
            similar=[match.comment_id for match in matches[:20]],
            from_others=sum(match.other_commenter for match in matches),
            similarity=round(best.score, 2),
        )
        outcome = Outcome.HOLD if details["from_others"] else Outcome.NOTE
        return Finding(outcome, explain(details, best), details, best.score)


def explain(details, best):
    percent = round(best.score * 100)
    if not details["from_others"]:
        return Explanation("campaign.own", id=best.comment_id, percent=percent)
    return Explanation(
        "campaign.others",
        id=best.comment_id,
        percent=percent,
        from_others=details["from_others"],
        cluster=details["cluster"],
        size=details["size"],
    )


@explains("campaign.short")
def _short(params):
    return _("Too short to compare with others.")


@explains("campaign.none")
def _no_similar(params):
    return _("No similar recent comment.")


@explains("campaign.own")
def _own(params):
    return _(
        "Nearly the same as this commenter's own comment #%(id)d (%(percent)d%% alike)."
    ) % {"id": int(params["id"]), "percent": int(params["percent"])}


@explains("campaign.others")
def _others(values):
    return (
        ngettext(
            "Nearly the same text as %(from_others)d comment from another commenter: "
            "cluster #%(cluster)d, %(size)d comments (most alike: #%(id)d, "
            "%(percent)d%%).",
            "Nearly the same text as %(from_others)d comments from other commenters: "
            "cluster #%(cluster)d, %(size)d comments (most alike: #%(id)d, "
            "%(percent)d%%).",
            int(values["from_others"]),
        )
        % values
    )
