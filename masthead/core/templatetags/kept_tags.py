"""`{% kept "name" page %}...{% endkept %}`: a part of the page rendered once per
content generation and kept in memory (core/fragments.py says when)."""

from django import template
from django.utils.safestring import mark_safe

from masthead.core.fragments import fragment_key, kept

register = template.Library()


class KeptNode(template.Node):
    def __init__(self, name, page, nodelist):
        self.name, self.page, self.nodelist = name, page, nodelist

    def render(self, context):
        key = fragment_key(
            context.get("request"), self.page.resolve(context), self.name
        )

        def render_part():
            # Its own scope: a variable the part sets must not reach the rest of
            # the page only when the part was rendered, not when it was kept.
            with context.push():
                return self.nodelist.render(context)

        return mark_safe(kept(key, render_part))  # noqa: S308  # nosec B308, B703


@register.tag("kept")
def do_kept(parser, token):
    bits = token.split_contents()
    if len(bits) != 3 or bits[1][0] not in "\"'" or bits[1][-1] != bits[1][0]:
        raise template.TemplateSyntaxError(
            '{% kept %} takes a quoted name and the page: {% kept "head" page %}'
        )
    nodelist = parser.parse(("endkept",))
    parser.delete_first_token()
    return KeptNode(bits[1][1:-1], parser.compile_filter(bits[2]), nodelist)
