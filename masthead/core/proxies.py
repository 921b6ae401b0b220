"""What the proxies in front of the site say about a client, believed only from
MASTHEAD_TRUSTED_PROXIES.

Core owns it because every app asks: login throttling (django-axes), the comment
forms and the API all count the same address.
"""

from django.conf import settings


def client_address(request):
    """Return the client's address, trusting X-Forwarded-For only from our proxies."""
    remote = request.META.get("REMOTE_ADDR", "")
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if forwarded and remote in settings.MASTHEAD_TRUSTED_PROXIES:
        return forwarded.split(",")[-1].strip()
    return remote
