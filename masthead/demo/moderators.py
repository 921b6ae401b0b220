"""The demo's moderators: one per language desk, each with a login kept like the
editor's."""

from django.contrib.auth import get_user_model

from masthead.moderation.accounts import desk_group
from masthead.moderation.models import DeskAssignment

from .logins import ensure_login

DESK_EDITIONS = ("en", "ko", "zh-hans", "zh-hant", "bo", "ug", "my", "km", "lo", "vi")


def moderator_username(edition):
    return f"moderator-{edition}"


def ensure_moderator(edition):
    """Return the demo moderator of the `edition` desk, creating what is missing.

    Not a superuser: the desk assignment is what lets them moderate, and the desk
    group lets them sign in through Wagtail's login page. Setting the groups (not
    adding to them) also repairs a database made by an earlier demo, which put its
    moderators in Wagtail's "Moderators" group with rights over every page.
    """
    user, created = get_user_model().objects.get_or_create(
        username=moderator_username(edition)
    )
    if created:
        user.set_unusable_password()  # until ensure_login gives them the kept one
        user.save()
    user.groups.set([desk_group()])
    DeskAssignment.objects.get_or_create(user=user, edition=edition, section=None)
    return user


def ensure_moderator_logins(data_dir):
    """Return [(edition, Login)] for every demo desk, creating what is missing."""
    return [
        (code, ensure_login(data_dir, ensure_moderator(code))) for code in DESK_EDITIONS
    ]
