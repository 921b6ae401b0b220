"""`masthead train_triage`: retrain each edition's learned triage score."""

from django.core.management.base import BaseCommand, CommandError

from masthead.core.editions import UnknownEdition, edition_codes, get_edition
from masthead.triage.learning.retrain import retrain
from masthead.triage.learning.training import NotEnoughData


class Command(BaseCommand):
    help = (
        "Train each edition's triage model on its moderators' decisions (approved "
        "vs rejected, the reader's own text) and print its cross-validated "
        "precision and recall. Editions with too few decisions are skipped."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--edition",
            action="append",
            help="Only this edition (repeatable); all editions by default.",
        )
        parser.add_argument(
            "--min-samples",
            type=int,
            default=50,
            help="Skip an edition with fewer decisions than this (default 50).",
        )

    def handle(self, *args, edition=None, min_samples=50, **options):
        for code in self._editions(edition):
            try:
                trained, path = retrain(code, min_samples=min_samples)
            except NotEnoughData as reason:
                self.stdout.write(f"{code}: skipped, {reason}")
                continue
            metrics = trained.metrics
            self.stdout.write(
                f"{code}: {trained.samples} samples ({trained.approved} approved, "
                f"{trained.rejected} rejected); 5-fold cross-validated precision "
                f"{metrics.precision:.2f}, recall {metrics.recall:.2f} for rejected; "
                f"saved to {path}"
            )

    def _editions(self, requested):
        try:
            return [get_edition(code).code for code in requested or edition_codes()]
        except UnknownEdition as error:
            raise CommandError(str(error)) from None
