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
from functools import partial

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
    return triage_many([comment])[comment.pk]


def triage_many(comments):
    """Triage `comments` together; return {comment pk: its stored TriageVerdicts}.

    The task worker hands over a batch of queued comments: each rule sees the whole
    batch of an edition at once (one word-list read, one model scoring for all), and
    the verdicts are written in one statement. Every comment gets the findings it
    would get alone.
    """
    findings = {}
    for edition, group in by_edition(comments).items():
        rules = rules_for(edition)
        with translation.override(edition or settings.LANGUAGE_CODE):
            per_rule = [(rule, run_rule_many(rule, group)) for rule in rules]
        for at, comment in enumerate(group):
            findings[comment.pk] = [(rule, found[at]) for rule, found in per_rule]
    verdicts = store_verdicts(comments, findings)
    apply_outcomes(comments, findings)
    return verdicts


def by_edition(comments):
    groups = {}
    for comment in comments:
        groups.setdefault(comment.edition, []).append(comment)
    return groups


def store_verdicts(comments, findings):
    """Replace the comments' verdicts with these findings; return them by comment."""
    by_comment = {comment.pk: comment for comment in comments}
    for pk, found in findings.items():
        for _rule, finding in found:
            if finding.details.get("spans"):
                # Spans index this revision's text; the desk checks before highlighting.
                finding.details.setdefault("revision", by_comment[pk].revision)
    with transaction.atomic():
        TriageVerdict.objects.filter(comment__in=list(by_comment)).delete()
        created = TriageVerdict.objects.bulk_create(
            TriageVerdict(
                comment=by_comment[pk],
                rule=rule.code,
                outcome=finding.outcome,
                **stored_fields(finding.explanation),
                details=finding.details,
                score=finding.score,
            )
            for pk, found in findings.items()
            for rule, finding in found
        )
    verdicts = {pk: [] for pk in by_comment}
    for verdict in created:
        verdicts[verdict.comment_id].append(verdict)
    return verdicts


def run_rule_many(rule, comments):
    """Return the rule's Finding for each comment, in order.

    The batch runs under the rule's timeout as one comment would. If it fails, runs
    late or answers wrongly, each comment is checked again on its own, so one
    troublesome comment is UNKNOWN alone and the others keep their findings.
    """
    if len(comments) == 1:
        return [run_rule(rule, comments[0])]
    started = time.monotonic()
    try:
        check = partial(rule.check_many, comments, rule.options)
        findings = _call(rule, check, f"triage-{rule.code}-batch")
    except Exception:
        logger.warning(
            "Triage rule %s failed on a batch; checking one by one", rule.code
        )
        findings = None
    if not _usable_batch(findings, comments) or (
        time.monotonic() - started > rule.timeout
    ):
        return [run_rule(rule, comment) for comment in comments]
    return findings


def _usable_batch(findings, comments):
    return (
        isinstance(findings, list)
        and len(findings) == len(comments)
        and all(_usable(finding) for finding in findings)
    )


def _usable(finding):
    return isinstance(finding, Finding) and finding.outcome in Outcome.values


def run_rule(rule, comment):
    """Return the rule's Finding, or an UNKNOWN one if it failed or ran late."""
    started = time.monotonic()
    try:
        check = partial(rule.check, comment, rule.options)
        finding = _call(rule, check, f"triage-{rule.code}-{comment.pk}")
    except RuleTimeout:
        return _late(rule, comment)
    except Exception as error:
        logger.exception("Triage rule %s failed on comment %s", rule.code, comment.pk)
        return Finding(
            Outcome.UNKNOWN, Explanation("triage.failed", error=type(error).__name__)
        )
    if time.monotonic() - started > rule.timeout:
        return _late(rule, comment)
    if not _usable(finding):
        logger.error("Triage rule %s returned %r", rule.code, finding)
        return Finding(Outcome.UNKNOWN, Explanation("triage.unusable"))
    return finding


class RuleTimeout(Exception):
    pass


def _call(rule, check, thread_name):
    """Run `check()` as the rule asks: in this thread when it reads the database
    (Rule.uses_database says why), else in a worker thread under its timeout."""
    if rule.uses_database:
        return check()
    return _in_worker_thread(check, rule.timeout, thread_name)


def _in_worker_thread(check, timeout, name):
    """Run `check()` in a daemon thread and give up on it after `timeout` seconds."""
    result = {}
    language = translation.get_language()

    def work():
        try:
            with translation.override(language):
                result["finding"] = check()
        except Exception as error:  # re-raised in the caller's thread
            result["error"] = error
        finally:
            close_old_connections()

    worker = threading.Thread(target=work, name=name, daemon=True)
    worker.start()
    worker.join(timeout)
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


def apply_outcomes(comments, findings):
    """Reject each comment a rule rejects (`rule_rejected`, which the desk acts on);
    set the others' priority from their holds and scores, one statement per value."""
    priorities = {}
    for comment in comments:
        found = findings[comment.pk]
        rejecting = [(r, f) for r, f in found if f.outcome == Outcome.REJECT]
        if rejecting:
            reject(comment, *rejecting[0])
            continue
        priority = sum(_priority(finding) for _rule, finding in found)
        comment.priority = max(-32768, min(32767, priority))
        priorities.setdefault(comment.priority, []).append(comment.pk)
    for priority, pks in priorities.items():
        Comment.objects.filter(pk__in=pks).update(priority=priority)


def reject(comment, rule, finding):
    rule_rejected.send(
        type(rule),
        comment=comment,
        reason=rule.reject_reason,
        rule=rule.code,
        explanation=str(finding.explanation),
    )


def _priority(finding):
    extra = finding.details.get("priority", 0) if finding.details else 0
    try:
        extra = int(extra)
    except (TypeError, ValueError):
        extra = 0
    return extra + (HOLD_PRIORITY if finding.outcome == Outcome.HOLD else 0)
