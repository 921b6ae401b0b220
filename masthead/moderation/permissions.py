"""Who may moderate what: desk assignments scope every queue, page and endpoint."""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.utils.translation import gettext as _

from masthead.core.editions import edition_codes

from .models import DeskAssignment

_CACHE_ATTRIBUTE = "_masthead_desk_assignments"


def assignments(user):
    """Return the user's (edition, section id) pairs, read once per user object.

    A request checks permissions several times (the view, the action, the next
    comment in the queue); the user object lives as long as the request, so one read
    serves them all.
    """
    cached = getattr(user, _CACHE_ATTRIBUTE, None)
    if cached is None:
        cached = list(
            DeskAssignment.objects.filter(user=user)
            .order_by("pk")
            .values_list("edition", "section_id")
        )
        setattr(user, _CACHE_ATTRIBUTE, cached)
    return cached


def forget_assignments(user):
    """Drop the cached assignments, after the user's desks changed."""
    if hasattr(user, _CACHE_ATTRIBUTE):
        delattr(user, _CACHE_ATTRIBUTE)


def is_moderator(user):
    if not (user and user.is_authenticated and user.is_active):
        return False
    return user.is_superuser or bool(assignments(user))


def desk_scope(user):
    """Return a Q on Comment matching what the user may see and decide."""
    if not is_moderator(user):
        return Q(pk__in=[])
    if user.is_superuser:
        return Q()
    scope = Q(pk__in=[])
    for edition, section_id in assignments(user):
        if section_id:
            scope |= Q(edition=edition, section_id=section_id)
        else:
            scope |= Q(edition=edition)
    return scope


def editions_for(user):
    """Return the edition codes a user moderates (every one for administrators)."""
    if user.is_superuser:
        return edition_codes()
    return sorted({edition for edition, _section in assignments(user)})


def can_moderate(user, comment):
    if not is_moderator(user):
        return False
    if user.is_superuser:
        return True
    return any(
        edition == comment.edition and section_id in (None, comment.section_id)
        for edition, section_id in assignments(user)
    )


def ensure_can_moderate(user, comment):
    if not can_moderate(user, comment):
        raise PermissionDenied(_("This comment belongs to a desk you do not moderate."))
