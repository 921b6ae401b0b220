"""Pieces of the site's pages that apps further down the line contribute.

Core and news draw every page but name no output app: an app adds its piece (a feed
link in the head, a switch in the footer, the comment section under an article) by
registering a function `piece(context) -> HTML` as one of these Wagtail hooks, and
the page draws them in hook order with `{% page_pieces "HOOK" %}`:

- `masthead_page_head`: inside <head>, after the page's own links;
- `masthead_page_header`: in the masthead, after the edition's sections;
- `masthead_page_footer`: in the footer, before the list of editions;
- `masthead_listing_after_body`: under the stories of a section or edition home;
- `masthead_article_after_body`: under an article's body, before related stories.
"""

from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from wagtail import hooks


def rendered_pieces(hook_name, context):
    """Return the HTML of every piece registered for `hook_name`, in order."""
    pieces = (piece(context) for piece in hooks.get_hooks(hook_name))
    return mark_safe("".join(conditional_escape(piece) for piece in pieces))  # noqa: S308


def template_piece(template_name):
    """Return a piece that renders `template_name` in the page's own context, as an
    {% include %} would."""

    def render(context):
        template = context.template.engine.get_template(template_name)
        with context.push():
            return template.render(context)

    render.template_name = template_name
    return render
