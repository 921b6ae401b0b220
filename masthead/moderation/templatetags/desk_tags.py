"""Template tags every desk page shares: the language switch and dates."""

from django import template
from django.utils import translation

from .. import language

register = template.Library()


@register.inclusion_tag("moderation/includes/language_form.html", takes_context=True)
def language_form(context):
    """Render the form that changes the language the desk speaks."""
    request = context["request"]
    return {
        "request": request,
        "choices": language.language_choices(),
        "current": translation.get_language(),
        "csrf_token": context.get("csrf_token"),
    }
