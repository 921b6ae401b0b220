"""Campaigns: nearly the same text from many commenters.

"campaign": text nearly the same as comments from other commenters in the same
edition within the window (estimated Jaccard similarity of character shingles at
least `threshold`, 0.6) is held, with the cluster it joins and the cluster's size.
Its MinHash signature is kept in the verdict's details, so later comments compare
with it without reading its text again.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from ..base import Finding, Outcome, Rule
from ..explanations import Explanation, explains
from ..models import TriageVerdict
from .duplicates import similarity, window


@dataclass(frozen=True)
class Match:
    comment_id: int
    score: float
    cluster: int
    other_commenter: bool


def signature_details(minhash, cluster):
    """The part of a stored campaign verdict's details a comparison reads."""
    details = {"minhash": minhash} if minhash else {}
    if cluster is not None:
        details["cluster"] = cluster
    return details


@dataclass(frozen=True)
class Known:
    """What the campaign rule needs of a comment already checked."""

    details: dict
    ip_hash: str
    email: str
    created_at: object

    @classmethod
    def of(cls, comment, details):
        return cls(details, comment.ip_hash, comment.email, comment.created_at)

    def same(self, comment):
        """Whether `comment` comes from the same address hash or email."""
        return bool(
            (comment.ip_hash and self.ip_hash == comment.ip_hash)
            or (comment.email and self.email == comment.email)
        )


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
        return self.check_many([comment], options)[0]

    def check_many(self, comments, options):
        """Check comments of one edition in posting order, as one at a time would:
        each meets the comments before it in the batch as well as those stored."""
        sim, seconds = similarity(), int(window(options).total_seconds())
        index = sim.BandIndex(comments[0].edition, seconds, int(options["per_band"]))
        looked_up = self.look_up(comments, index, options)
        known = self.stored_signatures(comments, looked_up, options)
        findings = []
        for comment, found in zip(comments, looked_up, strict=True):
            if found is None:
                findings.append(Finding(Outcome.PASS, Explanation("campaign.short")))
                continue
            sig, candidates = found
            finding = self.compare(comment, sig, candidates, known, options)
            known[comment.pk] = Known.of(comment, finding.details)
            findings.append(finding)
        return findings

    def look_up(self, comments, index, options):
        """Return for each comment (signature, ids sharing a band), or None for a
        text too short to compare; enter the others in the index."""
        sim = similarity()
        signatures = []
        for comment in comments:
            text = sim.letters_only(comment.body)
            long_enough = len(text) >= int(options["min_letters"])
            signatures.append(sim.signature(text) if long_enough else None)
        entries = [
            (comment.pk, sim.band_keys(sig, int(options["bands"])))
            for comment, sig in zip(comments, signatures, strict=True)
            if sig is not None
        ]
        found = iter(index.look_up_and_add(entries))
        return [
            None if sig is None else (sig, next(found)[: self.max_candidates])
            for sig in signatures
        ]

    def stored_signatures(self, comments, looked_up, options):
        """Return {comment id: Known} for every candidate with a stored verdict, in
        one query."""
        wanted = {pk for found in looked_up if found for pk in found[1]}
        if not wanted:
            return {}
        earliest = min(comment.created_at for comment in comments) - window(options)
        rows = TriageVerdict.objects.filter(
            rule=self.code,
            comment_id__in=wanted,
            comment__edition=comments[0].edition,
            comment__created_at__gte=earliest,
        ).values_list(
            # Only the two keys compared: a campaign's verdicts are read by the
            # hundred, and decoding their whole details was most of a batch's time.
            "comment_id",
            "details__minhash",
            "details__cluster",
            "comment__ip_hash",
            "comment__email",
            "comment__created_at",
        )
        return {
            pk: Known(signature_details(minhash, cluster), *commenter)
            for pk, minhash, cluster, *commenter in rows
        }

    def compare(self, comment, sig, candidates, known, options):
        details = {"minhash": similarity().encode(sig), "cluster": comment.pk}
        matches = self.matches(comment, sig, candidates, known, options)
        if not matches:
            return Finding(Outcome.PASS, Explanation("campaign.none"), details)
        seconds = int(window(options).total_seconds())
        return self.clustered(comment, matches, details, seconds)

    def matches(self, comment, sig, candidates, known, options):
        """Return the candidates at least `threshold` alike, most alike first."""
        threshold, sim = float(options["threshold"]), similarity()
        since = comment.created_at - window(options)
        found = []
        for pk in candidates:
            other = known.get(pk)
            if other is None or other.created_at < since:
                continue
            stored = (other.details or {}).get("minhash")
            score = sim.similarity(sig, sim.decode(stored or ""))
            if score >= threshold:
                cluster = other.details.get("cluster", pk)
                found.append(Match(pk, score, cluster, not other.same(comment)))
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
