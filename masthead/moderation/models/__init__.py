from .desks import DeskAssignment
from .digests import DeskDigest
from .reasons import RejectionReason
from .tokens import ModeratorToken

__all__ = [
    "DeskAssignment",
    "DeskDigest",
    "ModeratorToken",
    "RejectionReason",
]
