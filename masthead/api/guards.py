"""What a post to the API must be before its body is read.

JSON only: a browser sends text/plain, form and multipart bodies to any site without
asking first (a "simple" request), so accepting them would let another site's page
post in its visitors' names. A browser's post must also come from our own pages, by
the comment form's rule (masthead.comments.origin); a script or app, which sends
neither Origin nor Sec-Fetch-Site, is not a cross-site request and goes on.
"""

from functools import wraps

from django.http import JsonResponse
from django.utils.translation import gettext as _

from masthead.comments.origin import origin_refusal, sent_by_a_browser

JSON = "application/json"


def json_body(view):
    """Refuse a body that is not JSON with 415, before it is parsed.

    No body at all is left to the parser, which says what it expected.
    """

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        has_body = request.META.get("CONTENT_LENGTH") not in (None, "", "0")
        if has_body and request.content_type != JSON:
            detail = _("Send the body as JSON, with Content-Type: application/json.")
            return JsonResponse({"detail": detail}, status=415)
        return view(request, *args, **kwargs)

    return wrapper


def same_origin(view):
    """Refuse a browser's post from another site with 403, as the form does."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if sent_by_a_browser(request) and origin_refusal(request):
            detail = _("Comments can only be posted from this site's own pages.")
            return JsonResponse({"detail": detail}, status=403)
        return view(request, *args, **kwargs)

    return wrapper
