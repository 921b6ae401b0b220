from wagtail import hooks

from masthead.core.paths import UnprefixedPath


@hooks.register("masthead_unprefixed_paths")
def operations_paths():
    # Asked by load balancers and Prometheus, never by readers.
    return [
        UnprefixedPath("/healthz", speaks_json=True),
        UnprefixedPath("/readyz", speaks_json=True),
        UnprefixedPath("/metrics"),
    ]
