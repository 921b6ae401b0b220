from django.db import migrations
from django.utils.translation import gettext_noop

# A starting list tied to clauses of a typical Terms of Use; each site edits it in the
# admin to match its own terms. The labels are in the interface catalogues, so the
# desk shows a default label in the moderator's language.
DEFAULT_REASONS = [
    ("abuse", gettext_noop("Abuse, threats or hate speech"), "3.1"),
    ("personal-attack", gettext_noop("Personal attack on another commenter"), "3.2"),
    ("spam", gettext_noop("Spam or advertising"), "3.3"),
    ("off-topic", gettext_noop("Off topic"), "3.4"),
    ("personal-data", gettext_noop("Personal data of someone else"), "3.5"),
    ("unlawful", gettext_noop("Unlawful content or incitement"), "3.6"),
    ("impersonation", gettext_noop("Impersonation"), "3.7"),
    ("duplicate", gettext_noop("Duplicate of an earlier comment"), "3.8"),
]


def add_reasons(apps, schema_editor):
    reason_model = apps.get_model("moderation", "RejectionReason")
    for order, (code, label, clause) in enumerate(DEFAULT_REASONS):
        reason_model.objects.get_or_create(
            code=code, defaults={"label": label, "terms_clause": clause, "sort_order": order}
        )


class Migration(migrations.Migration):
    dependencies = [("moderation", "0001_initial")]

    operations = [migrations.RunPython(add_reasons, migrations.RunPython.noop)]
