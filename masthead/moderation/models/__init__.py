from .bans import Ban
from .desks import DeskAssignment
from .reasons import RejectionReason
from .tokens import ModeratorToken
from .triage import (
    TriageCounter,
    TriageVerdict,
    WordKind,
    WordListEntry,
    count_event,
)

__all__ = [
    "Ban",
    "DeskAssignment",
    "ModeratorToken",
    "RejectionReason",
    "TriageCounter",
    "TriageVerdict",
    "WordKind",
    "WordListEntry",
    "count_event",
]
