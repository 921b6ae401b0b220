"""What a queue row or comment page links to, worked out once per request.

A queue page shows fifty comments, each with a dozen links and forms; reversing each
URL and rendering each reason list per row cost more than the database did. The
patterns are reversed once here and filled in with each comment's id.
"""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils.html import format_html, format_html_join

from ..forms import reason_choices

LINKED = ("comment", "approve", "reject", "edit", "restore", "dismiss_reports", "ban")
PLACEHOLDER = "2147483647"


class CommentLinks:
    """Attach `urls` (a dict by URL name) to comments, for one queue and origin."""

    def __init__(self, queue_url, origin):
        self.patterns = {
            name: reverse(f"moderation:{name}", args=[PLACEHOLDER]) for name in LINKED
        }
        self.all_queue = reverse("moderation:queue", args=["all"])
        self.queue_query = urlencode({"queue": queue_url})
        self.back_query = urlencode({"queue": queue_url, "origin": origin})

    def url(self, name, pk):
        return self.patterns[name].replace(PLACEHOLDER, str(pk))

    def for_comment(self, comment):
        urls = {name: self.url(name, comment.pk) for name in LINKED}
        urls["page"] = f"{urls['comment']}?{self.queue_query}"
        urls["edit_page"] = f"{urls['edit']}?{self.back_query}"
        urls["ban_page"] = f"{urls['ban']}?{self.back_query}"
        urls["article_queue"] = f"{self.all_queue}?article={comment.article_id}"
        if comment.parent_id:
            urls["parent"] = self.url("comment", comment.parent_id)
        return urls

    def attach(self, request, comments):
        article_urls = {}
        for comment in comments:
            comment.urls = self.for_comment(comment)
            if comment.article_id not in article_urls:
                article_urls[comment.article_id] = comment.article.get_url(request)
            comment.article_url = article_urls[comment.article_id]
        return comments


def reason_options():
    """Return the <option>s of the active reasons, rendered once for every row."""
    return format_html_join(
        "", '<option value="{}">{}</option>', reason_choices()
    ) or format_html("")
