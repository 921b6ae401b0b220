"""The WSGI application `masthead serve` runs: public media files, baked pages, Django.

Settings: MASTHEAD_MIRROR (on by default) and MASTHEAD_MIRROR_ROOT (the folder);
media files come from MEDIA_ROOT's image folders only (media.py).
"""

import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings.demo")


def get_application():
    """Return Django's application, behind the baked-page front when mirroring is on,
    behind the media front always."""
    django.setup(set_prefix=False)
    from django.conf import settings

    from .baking import MirrorHandler, mirror_enabled, mirror_root
    from .coherence import start_following
    from .media import MediaApplication
    from .serving import MirrorApplication

    application = MirrorHandler()
    if mirror_enabled():
        application = MirrorApplication(application, mirror_root())
        # Other servers' purges reach this process's folder and memory.
        start_following(application)
    return MediaApplication(application, settings.MEDIA_ROOT)


application = get_application()
