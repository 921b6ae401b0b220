from wagtail import hooks

from masthead.core.pieces import template_piece

# The search form in every page's masthead, and on the error pages.
hooks.register(
    "masthead_page_header", template_piece("search/includes/search_form.html")
)
