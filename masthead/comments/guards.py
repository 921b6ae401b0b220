"""Checks a submission must pass before it is stored, as an extension point.

Guards are plain callables registered from an AppConfig.ready() (the moderation app
registers bans; triage adds flood and bot checks). Each returns a Verdict a person can
read. Keeping the registry here lets later apps plug in without this app importing
them.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Verdict:
    ok: bool
    reason: str = ""
    status: int = 403  # the HTTP status a refusal answers with
    retry_after: int | None = None  # seconds, for 429


ALLOW = Verdict(True)

_guards = []


def register_guard(guard):
    """Add `guard(submission) -> Verdict` to the checks every submission passes."""
    if guard not in _guards:
        _guards.append(guard)


def unregister_guard(guard):
    if guard in _guards:
        _guards.remove(guard)


def first_refusal(submission):
    """Return the first refusing Verdict, or ALLOW when every guard agrees."""
    for guard in list(_guards):
        verdict = guard(submission)
        if not verdict.ok:
            return verdict
    return ALLOW
