"""The lite page as one of the pages an article is read on (comments/reading.py).

Registered as the `masthead_reading_page` hook (lite/wagtail_hooks.py), so a comment
or report sent from a lite page is answered on the lite page: its errors, the refusal
and the report form in the lite templates, under the lite pages' own policy,
compressed like the lite pages.
"""

from django.conf import settings
from django.middleware.gzip import GZipMiddleware

from masthead.comments.reading import ReadingPage

from .paths import lite_path
from .stylesheet import content_security_policy, stylesheet

TEMPLATE_PREFIX = "lite/"


class LitePage(ReadingPage):
    def url(self, article):
        return lite_path(super().url(article))

    def template_name(self, name):
        # A page type (or page of ours) has a lite version when this template exists.
        return TEMPLATE_PREFIX + name

    def threads_per_page(self):
        return settings.MASTHEAD_LITE_COMMENT_THREADS_PER_PAGE

    def extra_context(self, request, page):
        return {
            "comment_threads_per_page": self.threads_per_page(),
            "full_url": page.get_url(request),
            "canonical_url": page.get_full_url(request),
            "lite_css": stylesheet(),
        }

    def render(self, request, page, template, context, status=200):
        response = super().render(request, page, template, context, status)
        response["Content-Security-Policy"] = content_security_policy()
        # Every lite answer, page or refusal, is compressed when the browser accepts it.
        return GZipMiddleware(lambda _request: response).process_response(
            request, response
        )


LITE_PAGE = LitePage()
