from django.core.management.base import BaseCommand

from masthead.comments.rendering import rerender_approved


class Command(BaseCommand):
    help = "Render the stored HTML of every approved comment again (after upgrades)."

    def handle(self, *args, **options):
        count = rerender_approved()
        self.stdout.write(f"Rendered {count} approved comments.")
