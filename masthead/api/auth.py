"""Moderators call the API with `Authorization: Bearer <key>` from
`masthead moderator_token`; no cookies, so no CSRF token is needed or accepted."""

from django.utils.translation import gettext as _
from ninja.errors import AuthorizationError
from ninja.security import HttpBearer

from masthead.moderation.models import ModeratorToken
from masthead.moderation.permissions import is_moderator


class ModeratorBearer(HttpBearer):
    def authenticate(self, request, token):
        """Return the moderator a key belongs to; None (401) for a key that is
        unknown, revoked, expired or issued before their password or desks changed.
        """
        key = ModeratorToken.objects.token_for_key(token) if token else None
        if key is None:
            return None
        user = key.user
        if not is_moderator(user):
            # A key of someone no longer at any desk: known, but not allowed.
            raise AuthorizationError(message=_("You do not moderate any desk."))
        if key.is_outdated():
            return None
        key.record_use()
        request.user = user
        return user
