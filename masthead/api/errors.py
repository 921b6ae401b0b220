"""Error answers: field errors as `{"errors": {field: [message]}}`, the rest as
`{"detail": message}`, each saying what the caller should change."""

import json

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import Http404, JsonResponse
from django.utils.translation import gettext as _
from ninja.errors import AuthenticationError, HttpError, ValidationError

# Where ninja puts a parameter's source in a pydantic error location.
SOURCES_WITH_PARAMETER_NAME = {"body"}


def field_errors(errors):
    """Return {"field": [messages]} from ninja's list of pydantic errors, or None
    when an error is about the whole body rather than one of its fields."""
    by_field = {}
    for error in errors:
        source, *path = error["loc"]
        if source in SOURCES_WITH_PARAMETER_NAME:
            path = path[1:]  # the view's parameter name, not the caller's field
            if not path:
                return None
        name = ".".join(str(part) for part in path) or source
        by_field.setdefault(name, []).append(error["msg"])
    return by_field


def not_found(request, *args, **kwargs):
    """Answer unknown API paths in JSON."""
    return JsonResponse({"detail": _("Not found.")}, status=404)


def install(api):
    """Register the handlers on a NinjaAPI."""

    @api.exception_handler(ValidationError)
    def invalid_input(request, exc):
        errors = field_errors(exc.errors)
        if errors is None:
            detail = _("The request body must be a JSON object.")
            return api.create_response(request, {"detail": detail}, status=400)
        return api.create_response(request, {"errors": errors}, status=400)

    @api.exception_handler(Http404)
    def missing(request, exc):
        return api.create_response(request, {"detail": _("Not found.")}, status=404)

    @api.exception_handler(AuthenticationError)
    def unauthenticated(request, exc):
        detail = _("Send a moderator token: Authorization: Bearer <key>.")
        response = api.create_response(request, {"detail": detail}, status=401)
        response["WWW-Authenticate"] = 'Bearer realm="masthead"'
        return response

    @api.exception_handler(RequestDataTooBig)
    def too_large(request, exc):
        detail = _("The request body is too large: send at most %(limit)s bytes.") % {
            "limit": settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        }
        return api.create_response(request, {"detail": detail}, status=413)

    @api.exception_handler(HttpError)
    def http_error(request, exc):
        detail = str(exc)
        if isinstance(exc.__cause__, json.JSONDecodeError | UnicodeDecodeError):
            # ninja wraps the parser's error in a generic message; say what it was.
            detail = _("The request body is not valid JSON: %(error)s") % {
                "error": exc.__cause__
            }
        return api.create_response(request, {"detail": detail}, status=exc.status_code)
