from wagtail import hooks

from masthead.core.paths import UnprefixedPath


@hooks.register("masthead_unprefixed_paths")
def api_paths():
    return [UnprefixedPath("/api/", speaks_json=True)]
