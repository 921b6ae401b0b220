"""Checks a submission must pass before it is stored, as an extension point.

Guards are plain callables `guard(submission) -> Verdict`, registered as the Wagtail
hook `masthead_comment_guard` in an app's wagtail_hooks.py (the guards app
registers bans and flood limits). Each returns a Verdict a person can read; they run
in hook order, so later apps plug in without this app importing them.
"""

from dataclasses import dataclass

from wagtail import hooks


@dataclass(frozen=True)
class Verdict:
    ok: bool
    reason: str = ""
    status: int = 403  # the HTTP status a refusal answers with
    retry_after: int | None = None  # seconds, for 429


ALLOW = Verdict(True)


def first_refusal(submission):
    """Return the first refusing Verdict, or ALLOW when every guard agrees."""
    for guard in hooks.get_hooks("masthead_comment_guard"):
        verdict = guard(submission)
        if not verdict.ok:
            return verdict
    return ALLOW
