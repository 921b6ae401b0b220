from django import template

from masthead.core.pieces import rendered_pieces

register = template.Library()


@register.simple_tag(takes_context=True)
def page_pieces(context, hook_name):
    """Draw what the apps registered for the hook `hook_name` (core/pieces.py)."""
    return rendered_pieces(hook_name, context)
