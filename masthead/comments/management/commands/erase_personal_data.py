from django.conf import settings
from django.core.management.base import BaseCommand

from masthead.comments.retention import erase_rejected_personal_data


class Command(BaseCommand):
    help = (
        "Erase the email, IP hash and network of comments rejected more than "
        "MASTHEAD_ERASE_REJECTED_AFTER_DAYS days ago. Pending comments are never "
        "touched. Run it daily (cron or a systemd timer)."
    )

    def handle(self, *args, **options):
        count = erase_rejected_personal_data()
        days = settings.MASTHEAD_ERASE_REJECTED_AFTER_DAYS
        self.stdout.write(
            f"Erased the personal data of {count} comment(s) rejected more than "
            f"{days} days ago."
        )
