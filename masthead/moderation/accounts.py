"""Moderator accounts: who sits at which desk, and what that lets them into.

The management commands are thin wrappers around these functions; each error is an
AccountError whose message says what to do instead.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction

from masthead.core.editions import UnknownEdition, get_edition
from masthead.news.models import SectionPage

from .models import DeskAssignment
from .permissions import forget_assignments

# Moderators sign in on Wagtail's login page and set their language in its account
# settings, so they need the admin; Wagtail's own "Moderators" group would also give
# them every page, image and document, which the desk never needs.
DESK_GROUP_NAME = "Moderation desk"


class AccountError(ValueError):
    pass


def desk_group():
    """Return the group that lets a moderator into the admin and grants nothing else.

    What they may moderate comes from their desk assignments, never from a group.
    """
    group, _created = Group.objects.get_or_create(name=DESK_GROUP_NAME)
    group.permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )
    )
    return group


def grant_desk_access(user):
    user.groups.add(desk_group())


def grant_seated_user_desk_access(sender, instance, raw=False, **kwargs):
    """Let someone seated at a desk (in the admin, too) sign in to reach it."""
    if not raw:
        grant_desk_access(instance.user)


def edition_code(code):
    """Return the canonical code of an edition, or raise AccountError."""
    try:
        return get_edition(code).code
    except UnknownEdition as error:
        raise AccountError(str(error)) from None


def find_section(edition, slug_or_id):
    """Return the section of `edition` with this page id or slug."""
    sections = SectionPage.objects.filter(locale__language_code=edition)
    if str(slug_or_id).isdigit():
        section = sections.filter(pk=int(slug_or_id)).first()
    else:
        section = sections.filter(slug=slug_or_id).first()
    if section is None:
        known = ", ".join(sections.order_by("slug").values_list("slug", flat=True))
        raise AccountError(
            f"no section {slug_or_id!r} in the {edition} edition; "
            f"its sections are: {known or 'none yet'}"
        )
    return section


def desks(editions, section=None):
    """Return [(edition, section or None)] for the editions named, checked."""
    if not editions:
        raise AccountError("name at least one desk with --edition CODE")
    codes = [edition_code(code) for code in editions]
    return [(code, find_section(code, section) if section else None) for code in codes]


@transaction.atomic
def assign_moderator(username, editions, *, section=None, email="", password=None):
    """Create or update a moderator and seat them at desks.

    Return (user, created, [DeskAssignment added]). A new user needs a password;
    an existing one keeps theirs unless a new one is given.
    """
    seats = desks(editions, section)
    user_model = get_user_model()
    user = user_model.objects.filter(username=username).first()
    created = user is None
    if created:
        if password is None:
            raise AccountError("a new moderator needs a password")
        user = user_model(username=username)
    if email:
        _check_email(email)
        user.email = email
    if password is not None:
        _check_password(password, user)
        user.set_password(password)
    user.save()
    added = []
    for code, section_page in seats:
        assignment, new = DeskAssignment.objects.get_or_create(
            user=user, edition=code, section=section_page
        )
        if new:
            added.append(assignment)
    grant_desk_access(user)
    forget_assignments(user)
    return user, created, added


def _check_email(email):
    try:
        validate_email(email)
    except ValidationError:
        raise AccountError(f"{email!r} is not an email address") from None


def _check_password(password, user):
    if not password:
        raise AccountError("the password is empty")
    try:
        validate_password(password, user)
    except ValidationError as error:
        raise AccountError(" ".join(error.messages)) from None
