"""The application `masthead serve` runs: the edge (masthead.core.rsgi) in front of
the WSGI application of masthead.mirror.wsgi, whose baked pages it answers itself."""

from .wsgi import application as wsgi_application  # first: it sets Django up


def get_application():
    from masthead.core.limits import ClientLimits
    from masthead.core.rsgi import Edge, threads_setting

    from .serving import MirrorApplication

    baked = isinstance(wsgi_application, MirrorApplication)
    return Edge(
        wsgi_application,
        ClientLimits.from_settings(),
        front=wsgi_application if baked else None,
        threads=threads_setting(),
    )


application = get_application()
