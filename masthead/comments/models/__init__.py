from .comment import Comment, CommentQuerySet, CommentStatus
from .report import Report, ReportReason
from .revision import CommentRevision

__all__ = [
    "Comment",
    "CommentQuerySet",
    "CommentRevision",
    "CommentStatus",
    "Report",
    "ReportReason",
]
