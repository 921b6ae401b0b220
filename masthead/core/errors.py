"""The site's error pages: 404, 403, 500 and 503 in the edition the address names.

Every one is drawn in the site's own layout, in the language and direction of the
edition of the URL prefix (/ug/... answers in Uyghur, right to left), with the
header and the search form. None of them asks the database, so the 500 and 503
pages still arrive when it is what failed; the 503 page is also what an unreachable
database turns any page into (DatabaseOutageMiddleware).
"""

import logging

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.csrf import requires_csrf_token

from .editions import UnknownEdition, edition_home_links, get_edition
from .models import PublisherSettings

logger = logging.getLogger(__name__)

# How long a reader's browser is asked to wait before trying again after a 503.
RETRY_AFTER_SECONDS = 60


def edition_of_path(path):
    """Return the edition named by the path's language prefix, or the default one."""
    code = translation.get_language_from_path(path) or settings.LANGUAGE_CODE
    try:
        return get_edition(code)
    except UnknownEdition:
        return get_edition(settings.LANGUAGE_CODE)


def render_error(request, template, status, context=None, edition=None):
    """Render an error template in `edition` (by default the one the request's path
    names) without the database: no sections, the edition switcher from the
    registry, and the site's name unless the caller read the publisher's."""
    edition = edition or edition_of_path(request.path_info)
    context = {
        "edition": edition,
        "home_url": f"/{edition.code}/",
        "edition_links": edition_home_links(edition),
        "site_name": settings.WAGTAIL_SITE_NAME,
        **(context or {}),
    }
    with translation.override(edition.code):
        response = render(request, template, context, status=status)
    response["Content-Language"] = edition.code
    return response


@requires_csrf_token
def page_not_found(request, exception=None):
    context = {"site_name": publisher_name(request)}
    return render_error(request, "errors/404.html", 404, context)


@requires_csrf_token
def permission_denied(request, exception=None):
    context = {"site_name": publisher_name(request)}
    return render_error(request, "errors/403.html", 403, context)


def publisher_name(request):
    """Return the publisher's name for a 404 or 403, where the database is up; the
    site's name when it cannot be read."""
    try:
        return PublisherSettings.for_request(request).publisher_name
    except DatabaseError:
        return settings.WAGTAIL_SITE_NAME


@requires_csrf_token
def server_error(request):
    return render_error(request, "errors/500.html", 500)


def service_unavailable(request):
    response = render_error(request, "errors/503.html", 503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


class DatabaseOutageMiddleware:
    """Answer 503 with the outage page when the database cannot be reached.

    A view that can keep what the reader sent (the comment form) handles the error
    itself; any other page would otherwise end in a 500 that blames the reader's
    request for a failure that will pass.
    """

    outage_errors = (OperationalError, InterfaceError)

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, self.outage_errors):
            return None
        logger.error("Database unreachable at %s", request.path, exc_info=exception)
        return service_unavailable(request)
