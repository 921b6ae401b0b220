"""`masthead import FILE...`: publish ninjs documents as articles."""

import sys

from django.core.management.base import BaseCommand

from masthead.news.ninjs.errors import ImportFailure
from masthead.news.ninjs.importer import import_file


class Command(BaseCommand):
    help = (
        "Import IPTC ninjs 3.1 files as published articles; with --update, a file "
        "whose uri was imported before replaces that article where it is. Prints "
        "each article's URL and page id."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE", help="ninjs JSON file")
        parser.add_argument(
            "--update",
            action="store_true",
            help="replace an existing article with the same uri (without it, such "
            "a file is refused)",
        )

    def handle(self, *args, files, update, **options):
        failed = [name for name in files if not self._import(name, update)]
        if not failed:
            return
        if len(files) > 1:
            summary = f"error: {len(failed)} of {len(files)} files failed: "
            self.stderr.write(summary + ", ".join(failed))
        # Like `makemigrations --check`: the error lines above are the whole message.
        sys.exit(1)

    def _import(self, name, update):
        try:
            result = import_file(name, update=update)
        except ImportFailure as failure:
            self.stderr.write(f"error: {failure}")
            return False
        verb = "created" if result.created else "updated"
        article = result.article
        self.stdout.write(
            f"{verb} {name}: {article.get_full_url()} (page {article.pk})"
        )
        return True
