from django import template

from ..views.offers import take_undo_offer

register = template.Library()


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
