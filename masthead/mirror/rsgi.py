"""The application `masthead serve` runs: the edge (masthead.core.rsgi) in front of
the WSGI application of masthead.mirror.wsgi, whose baked pages it answers itself."""

from .wsgi import application as wsgi_application  # first: it sets Django up


def get_application():
    from masthead.core.limits import ClientLimits
    from masthead.core.rsgi import Edge, threads_setting

    from .serving import MirrorApplication

    return Edge(
        wsgi_application,
        ClientLimits.from_settings(),
        front=baked_front(wsgi_application, MirrorApplication),
        threads=threads_setting(),
    )


def baked_front(application, front_class):
    """Return the baked-pages front in the chain of WSGI layers (media.py wraps it),
    or None when mirroring is off."""
    while application is not None and not isinstance(application, front_class):
        application = getattr(application, "application", None)
    return application


application = get_application()
