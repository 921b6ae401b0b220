"""The lite pages' places in the full site: their path, the switch in every footer,
and the lite page as a page comments are answered on."""

from wagtail import hooks

from masthead.core.paths import UnprefixedPath
from masthead.core.pieces import template_piece

from .reading import LITE_PAGE

hooks.register("masthead_page_footer", template_piece("lite/includes/lite_switch.html"))
# Comments and reports sent from a lite page are answered on it.
hooks.register("masthead_reading_page", LITE_PAGE)


@hooks.register("masthead_unprefixed_paths")
def lite_paths():
    return [UnprefixedPath("/lite/", for_readers=True)]
