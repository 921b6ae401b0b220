"""Template tags every desk page shares: the language switch, dates, the undo offer."""

from django import template
from django.utils import timezone, translation
from django.utils.html import format_html

from masthead.core.formatting import format_moment_with_age

from .. import language
from ..views.offers import take_undo_offer

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


@register.simple_tag
def desk_time(moment):
    """Render a moment the one way the desk writes dates, in a <time> element.

    Absolute in the moderator's language and time zone, with its age as a hint:
    "Dec 3, 2026, 2:05 PM (5 minutes ago)".
    """
    if moment is None:
        return ""
    local = timezone.localtime(moment)
    text = format_moment_with_age(
        moment, translation.get_language(), local.tzinfo, timezone.now()
    )
    return format_html(
        '<time datetime="{}">{}</time>', local.isoformat(timespec="seconds"), text
    )


@register.inclusion_tag("moderation/includes/undo_offer.html", takes_context=True)
def undo_offer(context):
    """Render the undo form for the decision just made, while it can be undone."""
    request = context["request"]
    match = request.resolver_match
    on_comment_page = match is not None and match.view_name == "moderation:comment"
    return {
        "offer": take_undo_offer(request),
        "queue": request.GET.get("queue", "")
        if on_comment_page
        else request.get_full_path(),
        "origin": "detail" if on_comment_page else "queue",
        "csrf_token": context.get("csrf_token"),
    }
