"""The WSGI application `masthead serve` runs: baked pages first, then Django.

Settings: MASTHEAD_MIRROR (on by default) and MASTHEAD_MIRROR_ROOT (the folder).
"""

import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings.demo")


def get_application():
    """Return Django's application, behind the baked-page front when mirroring is on."""
    django.setup(set_prefix=False)
    from .baking import MirrorHandler, mirror_enabled, mirror_root
    from .serving import MirrorApplication

    handler = MirrorHandler()
    if not mirror_enabled():
        return handler
    return MirrorApplication(handler, mirror_root())


application = get_application()
