"""Who wrote a comment, as far as the desk may tell: the commenter key.

A mailbox its owner confirmed is one commenter, whatever device they post from.
Otherwise a random id kept in a signed cookie stands for the browser; the cookie is
set only by a stored post (HttpOnly, SameSite=Lax, Secure over HTTPS), read only
when posting, and never set by reading, so it follows no one around the site. Only a
keyed hash of either is stored. An unconfirmed address is no key (anyone can type
anyone's), and neither is the network: one address is shared by a household, an
office or a whole mobile carrier, so the desk shows it as a signal of its own.
"""

import secrets

from django.core import signing

from .confirmation import is_confirmed
from .emails import mailbox_hashes
from .privacy import keyed_hashes

COOKIE_NAME = "masthead_commenter"
COOKIE_SALT = "masthead.comments.commenter"
COOKIE_MAX_AGE = 365 * 24 * 3600


def browser_id(request):
    """Return the id in the reader's commenter cookie, or a new one if it has none
    or a forged one."""
    try:
        value = request.get_signed_cookie(COOKIE_NAME, salt=COOKIE_SALT)
    except (KeyError, signing.BadSignature):
        return secrets.token_urlsafe(18)
    return value


def remember_browser(request, response, browser):
    """Set the commenter cookie on the answer to a stored post."""
    response.set_signed_cookie(
        COOKIE_NAME,
        browser,
        salt=COOKIE_SALT,
        max_age=COOKIE_MAX_AGE,
        httponly=True,
        samesite="Lax",
        secure=request.is_secure(),
    )


def commenter_key(email="", browser=""):
    """Return the key a comment is grouped by: the confirmed mailbox's hash, else
    the browser's, else "" (the comment stands alone)."""
    if email and is_confirmed(email):
        return mailbox_hashes(email)[0]
    return keyed_hashes(f"browser:{browser}")[0] if browser else ""
