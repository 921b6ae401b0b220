"""Run the triage rules on a comment, record every verdict, apply the outcome.

`triage(comment)` is a plain function; the task queue calls it after the comment is
committed (triage/tasks.py), and tests may call it directly. It runs again only
when the author's own text changes; moderator edits do not re-run it, since triage
is advice for the moderator and the moderator has already read the comment.
Explanations are stored as a code and parameters (see `explanations`), written out
in the language of whoever reads them; the text kept beside them, in the language of
the comment's edition, is what shows if the code is ever unknown.
"""

import logging
import threading
import time

from django.conf import settings
from django.db import close_old_connections, transaction
from django.utils import translation
from django.utils.translation import gettext as _

from masthead.comments.models import Comment

from .base import Finding, Outcome
from .explanations import Explanation, explains, stored_fields
from .models import TriageVerdict
from .registry import rules_for
from .signals import rule_rejected

logger = logging.getLogger(__name__)

# What each HOLD adds to a comment's priority; rules may add more in
# Finding.details["priority"] (the learned score does).
HOLD_PRIORITY = 10


def triage(comment):
    """Run the edition's rules on `comment`; store and return its TriageVerdicts."""
    rules = rules_for(comment.edition)
    with translation.override(comment.edition or settings.LANGUAGE_CODE):
        findings = [(rule, run_rule(rule, comment)) for rule in rules]
    for _rule, finding in findings:
        if finding.details.get("spans"):
            # Spans index this revision's text; the desk checks before highlighting.
            finding.details.setdefault("revision", comment.revision)
    with transaction.atomic():
        TriageVerdict.objects.filter(comment=comment).delete()
        verdicts = TriageVerdict.objects.bulk_create(
            TriageVerdict(
                comment=comment,
                rule=rule.code,
                outcome=finding.outcome,
                **stored_fields(finding.explanation),
                details=finding.details,
                score=finding.score,
            )
            for rule, finding in findings
        )
    apply_outcome(comment, findings)
    return verdicts


def run_rule(rule, comment):
    """Return the rule's Finding, or an UNKNOWN one if it failed or ran late."""
    started = time.monotonic()
    try:
        if rule.uses_database:
            finding = rule.check(comment, rule.options)
        else:
            finding = _in_worker_thread(rule, comment)
    except RuleTimeout:
        return _late(rule, comment)
    except Exception as error:
        logger.exception("Triage rule %s failed on comment %s", rule.code, comment.pk)
        return Finding(
            Outcome.UNKNOWN, Explanation("triage.failed", error=type(error).__name__)
        )
    if time.monotonic() - started > rule.timeout:
        return _late(rule, comment)
    if not isinstance(finding, Finding) or finding.outcome not in Outcome.values:
        logger.error("Triage rule %s returned %r", rule.code, finding)
        return Finding(Outcome.UNKNOWN, Explanation("triage.unusable"))
    return finding


class RuleTimeout(Exception):
    pass


def _in_worker_thread(rule, comment):
    """Run `rule.check` in a daemon thread and give up on it after its timeout."""
    result = {}
    language = translation.get_language()

    def work():
        try:
            with translation.override(language):
                result["finding"] = rule.check(comment, rule.options)
        except Exception as error:  # re-raised in the caller's thread
            result["error"] = error
        finally:
            close_old_connections()

    worker = threading.Thread(
        target=work, name=f"triage-{rule.code}-{comment.pk}", daemon=True
    )
    worker.start()
    worker.join(rule.timeout)
    if worker.is_alive():
        raise RuleTimeout
    if "error" in result:
        raise result["error"]
    return result["finding"]


def _late(rule, comment):
    logger.warning(
        "Triage rule %s took longer than %ss on comment %s",
        rule.code,
        rule.timeout,
        comment.pk,
    )
    return Finding(
        Outcome.UNKNOWN, Explanation("triage.late", seconds=f"{rule.timeout:g}")
    )


@explains("triage.failed")
def _failed(params):
    return _("The rule failed (%(error)s); nothing was decided by it.") % params


@explains("triage.unusable")
def _unusable(params):
    return _("The rule gave no usable answer; nothing was decided.")


@explains("triage.late")
def _late_explained(params):
    return _(
        "The rule did not answer within %(seconds)s seconds; nothing was decided."
    ) % {"seconds": params["seconds"]}


def apply_outcome(comment, findings):
    """Send `rule_rejected` on any REJECT (the desk rejects the comment); otherwise
    set the priority the holds and scores give."""
    rejecting = [(r, f) for r, f in findings if f.outcome == Outcome.REJECT]
    if rejecting:
        rule, finding = rejecting[0]
        rule_rejected.send(
            type(rule),
            comment=comment,
            reason=rule.reject_reason,
            rule=rule.code,
            explanation=str(finding.explanation),
        )
        return
    priority = sum(_priority(finding) for _rule, finding in findings)
    priority = max(-32768, min(32767, priority))
    Comment.objects.filter(pk=comment.pk).update(priority=priority)
    comment.priority = priority


def _priority(finding):
    extra = finding.details.get("priority", 0) if finding.details else 0
    try:
        extra = int(extra)
    except (TypeError, ValueError):
        extra = 0
    return extra + (HOLD_PRIORITY if finding.outcome == Outcome.HOLD else 0)
