from .bans import Ban
from .desks import DeskAssignment
from .digests import DeskDigest
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
    "DeskDigest",
    "ModeratorToken",
    "RejectionReason",
    "TriageCounter",
    "TriageVerdict",
    "WordKind",
    "WordListEntry",
    "count_event",
]
