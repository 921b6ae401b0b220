from django.dispatch import Signal

# Sent after a reader's comment is committed (kwargs: comment). Triage listens here.
comment_submitted = Signal()
# Sent after a moderator's decision is committed (kwargs: comment, action, user,
# reason: the code of the Terms of Use reason, or "").
comment_decided = Signal()
