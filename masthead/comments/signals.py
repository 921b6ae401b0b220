from django.dispatch import Signal

# Sent inside the transaction that stores a reader's comment (kwargs: comment), so
# work a receiver queues is committed with the comment or not at all. Triage listens
# here; a receiver that acts at once should wait for `transaction.on_commit`.
comment_submitted = Signal()
# Sent after a moderator's decision is committed (kwargs: comment, action, user,
# reason: the code of the Terms of Use reason, or "").
comment_decided = Signal()
