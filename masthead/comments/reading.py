"""The pages an article is read on, so the comment views answer on the one the
reader came from.

An article is read on its own page, and may also be shown at other addresses by
apps further down the line. Such an app registers a `ReadingPage` instance as the
Wagtail hook `masthead_reading_page` in its wagtail_hooks.py; the comment and report
forms send that page's address as `next`, and the views follow it only when it is
exactly the address that page gives the article, so `next` can never send a reader
elsewhere. This app never imports those apps: they import this module.
"""

from django.template.response import TemplateResponse
from django.utils import translation
from wagtail import hooks

from .thread import threads_per_page


class ReadingPage:
    """The article's own page. Subclass to show the article somewhere else."""

    def url(self, article):
        """Return the address of `article` on this page, from the site root."""
        # Without the request Wagtail answers from its cached site paths: no Site query.
        return article.get_url()

    def threads_per_page(self):
        """Return how many comment threads a page of this page shows."""
        return threads_per_page()

    def template_name(self, name):
        """Return the template used where the full site uses template `name`."""
        return name

    def extra_context(self, request, page):
        return {}

    def render(self, request, page, template, context, status=200):
        """Render the full site's `template` as this page shows it, in the edition
        of `page` (the article, or the one the comment being reported is on)."""
        language = page.locale.language_code
        context = {**context, **self.extra_context(request, page)}
        with translation.override(language):
            response = TemplateResponse(
                request, self.template_name(template), context, status=status
            )
            response.render()
        response["Content-Language"] = language
        return response


ARTICLE_PAGE = ReadingPage()


def reading_page(article, next_url):
    """Return the page at exactly `next_url` that shows `article`, else its own."""
    for candidate in hooks.get_hooks("masthead_reading_page"):
        if next_url and next_url == candidate.url(article):
            return candidate
    return ARTICLE_PAGE
