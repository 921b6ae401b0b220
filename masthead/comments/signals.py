from django.dispatch import Signal

# Sent after a reader's comment is committed (kwargs: comment). Triage listens here.
comment_submitted = Signal()
# Sent after a moderator's decision is committed (kwargs: comment, action, user).
comment_decided = Signal()
