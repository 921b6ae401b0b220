"""Everything about one comment: text, context, author, reports, revisions, audit."""

from django.template.response import TemplateResponse
from wagtail.models import ModelLogEntry

from masthead.news.policies import clause_url, terms_url
from masthead.triage.display import attach_verdicts

from ..diff import diff_html
from ..history import commenter_history
from ..models import RejectionReason
from .access import comment_for, desk_view, queue_state
from .rows import CommentLinks, reason_options


@desk_view
def comment(request, pk):
    comment = comment_for(request, pk)
    state = queue_state(request, request.GET.get("queue"))
    revisions = list(comment.revisions.select_related("editor").order_by("number"))
    reports = list(comment.reports.order_by("created_at"))
    comment.open_report_list = [r for r in reports if r.resolved_at is None]
    CommentLinks(state.url, "detail").attach(request, [comment])
    attach_verdicts([comment])
    audit = list(
        ModelLogEntry.objects.for_instance(comment)
        .select_related("user")
        .order_by("timestamp", "pk")
    )
    _label_reasons(comment, revisions, audit)
    context = {
        "comment": comment,
        "queue_url": state.url,
        "history": commenter_history(comment, request.desk_scope),
        "reports": reports,
        "revisions": revisions,
        "diff": revision_diff(revisions, request.GET),
        "audit": audit,
        "reason_options": reason_options(),
    }
    return TemplateResponse(request, "moderation/comment.html", context)


def _label_reasons(comment, revisions, audit):
    """Name each reason code with its label and Terms of Use clause, and link it to
    that clause in the comment's edition."""
    reasons = {reason.code: reason for reason in RejectionReason.objects.all()}
    terms = terms_url(comment.article.edition_home)
    for item, code in [
        *((revision, revision.reason) for revision in revisions),
        *((entry, (entry.data or {}).get("reason", "")) for entry in audit),
    ]:
        reason = reasons.get(code)
        item.reason_label = str(reason) if reason else code
        item.reason_url = clause_url(terms, reason.terms_clause) if reason else ""


def revision_diff(revisions, query):
    """Return {"from", "to", "html"} comparing two revisions (first and last by
    default), or None when there is only one."""
    if len(revisions) < 2:
        return None
    by_number = {revision.number: revision for revision in revisions}
    old = by_number.get(_number(query.get("from"))) or revisions[0]
    new = by_number.get(_number(query.get("to"))) or revisions[-1]
    return {"from": old, "to": new, "html": diff_html(old.body, new.body)}


def _number(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
