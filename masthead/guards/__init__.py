"""Guards: what turns a comment away before it is stored (bans, flood limits, bots).

Each guard is registered as the Wagtail hook `masthead_comment_guard`
(wagtail_hooks.py); `masthead.comments.guards` runs them on every submission.
"""
