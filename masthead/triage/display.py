"""What the desk shows of triage: each comment's verdicts and its highlighted text.

A queue page fetches the verdicts inside its comment query (`with_verdicts`), as one
JSON array per row, so triage costs the page no query of its own.
"""

import json

from django.db.models import Aggregate, JSONField, OuterRef, Subquery
from django.db.models.functions import JSONObject
from django.utils.html import escape, format_html, linebreaks
from django.utils.safestring import mark_safe

from .base import Outcome
from .models import TriageVerdict
from .registry import registered_rules

VERDICT_FIELDS = (
    "id",
    "rule",
    "outcome",
    "explanation",
    "explanation_code",
    "explanation_params",
    "details",
    "score",
)


class JSONArrayAgg(Aggregate):
    """Aggregate JSON values into one JSON array (SQLite, PostgreSQL)."""

    function = "JSON_GROUP_ARRAY"
    output_field = JSONField()

    def as_postgresql(self, compiler, connection, **extra):
        return self.as_sql(compiler, connection, function="JSONB_AGG", **extra)


def with_verdicts(queryset):
    """Annotate comments with `triage_json`: their verdicts as a list of dicts."""
    items = JSONObject(**{name: name for name in VERDICT_FIELDS})
    verdicts = (
        TriageVerdict.objects.filter(comment=OuterRef("pk"))
        .order_by()
        .values("comment")
        .annotate(items=JSONArrayAgg(items))
        .values("items")
    )
    return queryset.annotate(triage_json=Subquery(verdicts, output_field=JSONField()))


def _from_json(comment, items):
    verdicts = []
    for item in sorted(items or [], key=lambda item: item["id"]):
        details = item.get("details")
        if isinstance(details, str):  # SQLite nests the stored text as a string
            details = json.loads(details)
        params = item.get("explanation_params")
        if isinstance(params, str):
            params = json.loads(params)
        fields = {**item, "details": details or {}, "explanation_params": params or {}}
        verdicts.append(TriageVerdict(comment_id=comment.pk, **fields))
    return verdicts


def attach_verdicts(comments):
    """Give each comment `triage_list` and `triage_highlight`.

    Comments fetched `with_verdicts` already carry them; the others cost one query.
    """
    missing = {}
    for comment in comments:
        if hasattr(comment, "triage_json"):
            comment.triage_list = _from_json(comment, comment.triage_json)
        else:
            comment.triage_list = []
            missing[comment.pk] = comment
    if missing:
        verdicts = TriageVerdict.objects.filter(comment_id__in=missing)
        for verdict in verdicts.order_by("pk"):
            missing[verdict.comment_id].triage_list.append(verdict)
    labels = rule_labels()
    for comment in comments:
        for verdict in comment.triage_list:
            verdict.label = labels.get(verdict.rule, verdict.rule)
        comment.triage_highlight = highlighted_body(comment)
        summarise(comment)
    return comments


def summarise(comment):
    """Set `triage_flagged` and `triage_score`, so a row that passed every rule can
    take a single line: a tick and the highest score a rule gave."""
    verdicts = comment.triage_list
    comment.triage_flagged = any(v.outcome != Outcome.PASS for v in verdicts)
    scores = [v.score for v in verdicts if v.score is not None]
    comment.triage_score = max(scores) if scores else None


def rule_labels():
    return {code: rule.label or code for code, rule in registered_rules().items()}


def highlighted_body(comment):
    """Return the comment's text as HTML with every matched span in <mark>, or None.

    Spans index the body at the revision the rule read; after a moderator edit they
    no longer fit, so nothing is highlighted rather than the wrong words.
    """
    spans = []
    for verdict in comment.triage_list:
        details = verdict.details or {}
        if details.get("revision", comment.revision) == comment.revision:
            spans.extend(details.get("spans") or [])
    if not spans:
        return None
    return mark_spans(comment.body, spans)


def mark_spans(text, spans):
    """Return `text` escaped, with the given [start, end) spans in <mark>."""
    merged = []
    for start, end in sorted(_valid(spans, len(text))):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    parts, position = [], 0
    for start, end in merged:
        parts.append(escape(text[position:start]))
        parts.append(format_html("<mark>{}</mark>", text[start:end]))
        position = end
    parts.append(escape(text[position:]))
    html = "".join(parts)
    # The text is escaped above; linebreaks only adds <p> and <br>.
    return mark_safe(linebreaks(html, autoescape=False))  # noqa: S308


def _valid(spans, length):
    for span in spans:
        try:
            start, end = int(span[0]), int(span[1])
        except (TypeError, ValueError, IndexError):
            continue
        if 0 <= start < end <= length:
            yield start, end
