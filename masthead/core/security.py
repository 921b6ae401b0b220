"""Security headers on every answer, and login throttling that knows our proxies.

The Content-Security-Policy forbids inline scripts and styles: every page of ours
takes its scripts and styles from files on our own host, so an injected `<script>`
or `style=` attribute does nothing even if escaping ever failed. Wagtail's admin
needs inline code of its own and keeps Django's defaults without this policy.
"""

import base64
import hashlib

from axes.backends import AxesStandaloneBackend

CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "img-src 'self' data:",
        "style-src 'self'",
        "script-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'self'",
        "object-src 'none'",
    )
)
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in ("camera", "geolocation", "microphone", "payment", "usb")
)


def style_hash_source(style):
    """Return the CSP source ('sha256-...') naming this exact `<style>` text."""
    digest = hashlib.sha256(style.encode("utf-8")).digest()
    return "'sha256-{}'".format(base64.b64encode(digest).decode("ascii"))


def policy_allowing_style(style, policy=CONTENT_SECURITY_POLICY):
    """Return `policy` letting exactly this inline `<style>` text apply, by its hash.

    For the few pages that must arrive as one request (pages for the slowest lines,
    the outage page): an injected `<style>` or `style=` attribute still does nothing.
    """
    source = style_hash_source(style)
    directives = [directive.strip() for directive in policy.split(";")]
    if not any(directive.startswith("style-src ") for directive in directives):
        directives.append("style-src 'self'")
    return "; ".join(
        f"{directive} {source}" if directive.startswith("style-src ") else directive
        for directive in directives
    )


class SecurityHeadersMiddleware:
    """Add the Content-Security-Policy and Permissions-Policy to every answer.

    Subclass and change the class attributes to loosen the policy for more paths.
    """

    policy = CONTENT_SECURITY_POLICY
    permissions_policy = PERMISSIONS_POLICY
    # Wagtail's admin runs inline scripts and styles of its own.
    exempt_paths = ("/admin/",)

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.permissions_policy)
        if not request.path_info.startswith(self.exempt_paths):
            response.headers.setdefault("Content-Security-Policy", self.policy)
        return response


class LoginThrottleBackend(AxesStandaloneBackend):
    """django-axes' check, for logins that come with a request.

    A sign-in without a request (a management command, a test client's login())
    has no address to throttle by; it falls through to the next backend instead of
    being refused.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username, password, **kwargs)
