"""People between ninjs and Masthead: the `rel` words, and finding a Person by name."""

from django.utils.text import slugify

from masthead.news.credits import credit_role
from masthead.news.models import Person

# ninjs `people[].rel` -> ArticleCredit role. "author" is the byline, not a credit.
ROLE_FOR_REL = {
    "contributor": "additional_reporting",
    "translator": "translation",
    "photographer": "photos",
    "editor": "editing",
}
REL_FOR_ROLE = {role: rel for rel, role in ROLE_FOR_REL.items()}
NAME_LIMIT = 200


def rel_for_role(role):
    """Return the ninjs rel for a credit role; roles added later map by schema.org."""
    return REL_FOR_ROLE.get(role) or credit_role(role).schema_property


def find_or_create_person(name):
    """Return the Person of that name (in any edition's spelling), creating one."""
    name = name[:NAME_LIMIT]
    people = Person.objects.order_by("pk")
    person = (
        people.filter(name__iexact=name).first()
        or people.filter(localized_names__name__iexact=name).first()
    )
    if person is None:
        person = Person.objects.create(name=name, slug=_unique_slug(name))
    return person


def _unique_slug(name):
    base = slugify(name, allow_unicode=True)[:190] or "person"
    slug, number = base, 1
    while Person.objects.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug
