"""Give a new site the home pages of its editions, so `/en/` and the others answer.

A site made with `migrate` alone has no edition yet: every front is a 404 until one is
made, and an edition's home must be a translation of the default edition's for
Wagtail to serve it under its language prefix, which the admin's "Add child page"
does not do. Running it again changes nothing that is there.

The site `migrate` makes answers as `localhost`, and canonical links, feeds and
sitemaps are written from the site's address: while it is still that one, it is
pointed at SITE_URL, the address readers use.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from masthead.core.editions import UnknownEdition, edition_codes, get_edition
from masthead.news.setup import configure_site, ensure_edition, ensure_section


class Command(BaseCommand):
    help = (
        "Create the home pages of the editions named (all ten when none is), "
        "published, and the sections named with --section in each."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "codes", nargs="*", metavar="CODE", help=f"from {' '.join(edition_codes())}"
        )
        parser.add_argument(
            "--section",
            action="append",
            default=[],
            metavar="TITLE",
            help="a section to make in each edition (repeat for more); editors "
            "rename and translate it in the admin",
        )

    def handle(self, *args, codes, section, **options):
        codes = codes or edition_codes()
        known = " ".join(edition_codes())
        for code in codes:
            try:
                get_edition(code)
            except UnknownEdition:
                raise CommandError(
                    f"{code!r} is not an edition; choose from {known}."
                ) from None
        # First, so the fronts published below are baked with the right address.
        self.point_new_site_at_site_url()
        for code in codes:
            home = ensure_edition(code)
            for title in section:
                ensure_section(home, title)
            self.stdout.write(f"{code}: {home.get_url()} is published")

    def point_new_site_at_site_url(self):
        site = Site.objects.filter(is_default_site=True).first()
        if site is None or site.hostname != "localhost":
            return  # set by hand (Settings > Sites) or by an earlier run: kept
        address = urlsplit(settings.SITE_URL)
        default_port = 443 if address.scheme == "https" else 80
        if address.hostname and address.hostname != "localhost":
            site = configure_site(address.hostname, address.port or default_port)
            self.stdout.write(f"the site answers as {site.root_url}")
