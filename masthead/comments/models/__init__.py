from .comment import Comment, CommentQuerySet, CommentStatus
from .confirmation import EmailConfirmation
from .report import Report, ReportReason
from .revision import CommentRevision

__all__ = [
    "Comment",
    "CommentQuerySet",
    "CommentRevision",
    "CommentStatus",
    "EmailConfirmation",
    "Report",
    "ReportReason",
]
