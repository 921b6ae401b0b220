"""Moderators' API keys: issued, listed and revoked by `masthead moderator_token`.

A key works until it expires (MASTHEAD_API_TOKEN_DAYS after it was issued), is
revoked, its moderator is deactivated, or their password or desks change.
"""

from django.contrib.auth import get_user_model

from .accounts import AccountError
from .models import ModeratorToken
from .permissions import is_moderator


def user_named(username):
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        raise AccountError(f"no user {username!r}")
    return user


def issue_token(username):
    """Return a new API key for a moderator; it is stored only as a digest."""
    user = user_named(username)
    if not user.is_active:
        raise AccountError(f"{username} is deactivated: reactivate them first")
    if not is_moderator(user):
        raise AccountError(
            f"{username} is not a moderator: seat them at a desk first with "
            f"`masthead createmoderator {username} --edition CODE`"
        )
    return ModeratorToken.issue(user)


def tokens_of(username):
    """Return every key a user was given, newest first, revoked and expired too."""
    user = user_named(username)
    return list(user.moderator_tokens.select_related("user").order_by("-pk"))


def revoke_tokens(username, token_ids=None):
    """Revoke the user's keys with these ids (every key when None); return the ids.

    Ids that are not the user's are refused before anything is revoked.
    """
    tokens = user_named(username).moderator_tokens.all()
    if token_ids is not None:
        theirs = tokens.filter(pk__in=token_ids).values_list("pk", flat=True)
        unknown = set(token_ids) - set(theirs)
        if unknown:
            numbers = ", ".join(str(pk) for pk in sorted(unknown))
            raise AccountError(
                f"no key {numbers} of {username}; "
                f"`masthead moderator_token {username} --list` shows their keys"
            )
        tokens = tokens.filter(pk__in=token_ids)
    ids = sorted(tokens.filter(revoked_at=None).values_list("pk", flat=True))
    tokens.revoke()
    return ids


def revoke_keys_of_deactivated_user(sender, instance, raw=False, **kwargs):
    """End a deactivated user's keys for good: reactivating them brings none back."""
    if not raw and not instance.is_active:
        ModeratorToken.objects.filter(user=instance).revoke()
