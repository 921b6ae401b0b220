from django.core.management.base import BaseCommand, CommandError

from masthead.core.editions import UnknownEdition, edition_codes, get_edition
from masthead.search.indexing import rebuild


class Command(BaseCommand):
    help = (
        "Index every published article for search again, after an upgrade changed "
        "how text is indexed or pages were published without Wagtail's signals."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--edition",
            help=f"only this edition ({', '.join(edition_codes())})",
        )

    def handle(self, *args, edition=None, **options):
        if edition:
            try:
                edition = get_edition(edition).code
            except UnknownEdition as error:
                raise CommandError(str(error)) from None
        count = rebuild(edition)
        self.stdout.write(f"Indexed {count} articles for search.")
