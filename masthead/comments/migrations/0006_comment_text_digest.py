from datetime import timedelta

from django.db import migrations, models
from django.utils import timezone

from masthead.core.text import text_digest

# Triage compares a comment with the commenter's comments of the last day (a week at
# most, in any setting seen); older comments without a digest are folded when read.
RECENT = timedelta(days=7)


def digest_recent_comments(apps, schema_editor):
    Comment = apps.get_model("comments", "Comment")
    recent = Comment.objects.filter(created_at__gte=timezone.now() - RECENT)
    batch = []
    for comment in recent.only("pk", "body").iterator(chunk_size=1000):
        comment.text_digest = text_digest(comment.body)
        batch.append(comment)
        if len(batch) == 1000:
            Comment.objects.bulk_update(batch, ["text_digest"])
            batch = []
    Comment.objects.bulk_update(batch, ["text_digest"])


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0005_commenter_key_mail"),
    ]

    operations = [
        migrations.AddField(
            model_name="comment",
            name="text_digest",
            field=models.CharField(blank=True, max_length=32),
        ),
        migrations.AddIndex(
            model_name="comment",
            index=models.Index(
                fields=["text_digest", "created_at"], name="comment_same_text"
            ),
        ),
        migrations.RunPython(digest_recent_comments, migrations.RunPython.noop),
    ]
