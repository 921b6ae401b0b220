"""Hand Ban and TriageCounter to guards, TriageVerdict and WordListEntry to triage.

State only: the tables stay where they are, under their `moderation_` names, and the
new apps' 0001 migrations take the models over.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("guards", "0001_initial"),
        ("moderation", "0007_desk_digest_mail"),
        ("triage", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="Ban"),
                migrations.DeleteModel(name="TriageCounter"),
                migrations.DeleteModel(name="TriageVerdict"),
                migrations.DeleteModel(name="WordListEntry"),
            ],
        ),
    ]
