"""`masthead export ARTICLE`: print an article as IPTC ninjs 3.1 JSON."""

import json

from django.core.management.base import BaseCommand, CommandError

from masthead.news.ninjs.exporter import export_article
from masthead.news.ninjs.lookup import find_article


class Command(BaseCommand):
    help = "Print an article as IPTC ninjs 3.1 JSON."

    def add_arguments(self, parser):
        parser.add_argument(
            "article", help="page id, URL path (/en/world/slug/) or full URL"
        )

    def handle(self, *args, article, **options):
        page = find_article(article)
        if page is None:
            raise CommandError(
                f"no article {article!r}: give a page id or the article's URL path, "
                "e.g. /en/world/slug/"
            )
        self.stdout.write(
            json.dumps(export_article(page), ensure_ascii=False, indent=2)
        )
