from django.conf import settings
from django.middleware.locale import LocaleMiddleware

from .paths import unprefixed_prefixes


def forwarded_proto_from_proxies(get_response):
    """Forget X-Forwarded-Proto unless a proxy of MASTHEAD_TRUSTED_PROXIES sent it.

    Django believes SECURE_PROXY_SSL_HEADER from anyone: a client talking plain HTTP
    to the server directly could claim HTTPS, skip the HTTPS redirect and get
    https:// links and secure-only cookies over an unencrypted connection. First in
    MIDDLEWARE, so nothing reads the scheme before this.
    """

    def middleware(request):
        remote = request.META.get("REMOTE_ADDR", "")
        if remote not in settings.MASTHEAD_TRUSTED_PROXIES:
            request.META.pop("HTTP_X_FORWARDED_PROTO", None)
        return get_response(request)

    return middleware


class EditionLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, minus its guess for paths outside the editions.

    Every unknown path "exists" under a language prefix, because Wagtail answers any
    path there; so Django would redirect a 404 at /comments/... to /en/comments/...,
    turning a POST into a GET. Paths of our own apps keep their 404s: each app
    registers them (core/paths.py).
    """

    def process_response(self, request, response):
        if request.path_info.startswith(unprefixed_prefixes()):
            return response
        return super().process_response(request, response)
