"""Who may moderate what: desk assignments scope every queue, page and endpoint."""

from django.core.exceptions import PermissionDenied
from django.db.models import Q

from .models import DeskAssignment


def is_moderator(user):
    if not (user and user.is_authenticated and user.is_active):
        return False
    return user.is_superuser or DeskAssignment.objects.filter(user=user).exists()


def desk_scope(user):
    """Return a Q on Comment matching what the user may see and decide."""
    if not is_moderator(user):
        return Q(pk__in=[])
    if user.is_superuser:
        return Q()
    scope = Q(pk__in=[])
    for assignment in DeskAssignment.objects.filter(user=user):
        if assignment.section_id:
            scope |= Q(edition=assignment.edition, section_id=assignment.section_id)
        else:
            scope |= Q(edition=assignment.edition)
    return scope


def editions_for(user):
    """Return the edition codes a user moderates (every one for administrators)."""
    from masthead.core.editions import edition_codes

    if user.is_superuser:
        return edition_codes()
    codes = DeskAssignment.objects.filter(user=user).values_list("edition", flat=True)
    return sorted(set(codes))


def can_moderate(user, comment):
    if not is_moderator(user):
        return False
    if user.is_superuser:
        return True
    assignments = DeskAssignment.objects.filter(user=user, edition=comment.edition)
    return assignments.filter(
        Q(section__isnull=True) | Q(section_id=comment.section_id)
    ).exists()


def ensure_can_moderate(user, comment):
    if not can_moderate(user, comment):
        raise PermissionDenied("This comment belongs to a desk you do not moderate.")
