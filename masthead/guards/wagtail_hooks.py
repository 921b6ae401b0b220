from wagtail import hooks

from .bans import refuse_banned_commenters
from .flood import refuse_floods

# A banned commenter hears of the ban, not of a flood limit.
hooks.register("masthead_comment_guard", refuse_banned_commenters)
hooks.register("masthead_comment_guard", refuse_floods)
