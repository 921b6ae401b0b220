from django.db import migrations

# A starting list tied to clauses of a typical Terms of Use; each site edits it in the
# admin to match its own terms.
DEFAULT_REASONS = [
    ("abuse", "Abuse, threats or hate speech", "3.1"),
    ("personal-attack", "Personal attack on another commenter", "3.2"),
    ("spam", "Spam or advertising", "3.3"),
    ("off-topic", "Off topic", "3.4"),
    ("personal-data", "Personal data of someone else", "3.5"),
    ("unlawful", "Unlawful content or incitement", "3.6"),
    ("impersonation", "Impersonation", "3.7"),
    ("duplicate", "Duplicate of an earlier comment", "3.8"),
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
