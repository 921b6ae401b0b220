from .bans import Ban
from .desks import DeskAssignment
from .reasons import RejectionReason
from .tokens import ModeratorToken

__all__ = ["Ban", "DeskAssignment", "ModeratorToken", "RejectionReason"]
