"""The comment app's places in the site: its paths, its queue, its section."""

from wagtail import hooks

from masthead.core.paths import UnprefixedPath
from masthead.core.pieces import template_piece

hooks.register(
    "masthead_article_after_body", template_piece("comments/article_comments.html")
)


@hooks.register("masthead_unprefixed_paths")
def comment_paths():
    return [UnprefixedPath("/comments/")]


@hooks.register("masthead_worker_queues")
def comment_queue():
    # Triage, confirmation mail and baking again after a decision (settings.TASKS).
    return ["comments"]
