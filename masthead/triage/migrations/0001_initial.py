"""Take over TriageVerdict and WordListEntry from the moderation app, tables and rows as they are.

The tables keep their `moderation_` names: only Django's idea of which app owns
the models moves (moderation's 0008 drops them from its state).
"""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


OLD_TASK = "masthead.moderation.tasks.triage_comment"
NEW_TASK = "masthead.triage.tasks.triage_comment"
MOVED = ["triageverdict", "wordlistentry"]

def adopt_content_types(apps, schema_editor, old="moderation", new="triage"):
    """Move the content types (and so permissions, log entries) to this app."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MOVED:
        if not ContentType.objects.filter(app_label=new, model=model).exists():
            ContentType.objects.filter(app_label=old, model=model).update(
                app_label=new
            )


def return_content_types(apps, schema_editor):
    adopt_content_types(apps, schema_editor, old="triage", new="moderation")


def follow_queued_jobs(apps, schema_editor, old=OLD_TASK, new=NEW_TASK):
    """Point triage jobs queued before the move at the task's new module."""
    DBTaskResult = apps.get_model("django_tasks_database", "DBTaskResult")
    DBTaskResult.objects.filter(task_path=old).update(task_path=new)


def return_queued_jobs(apps, schema_editor):
    follow_queued_jobs(apps, schema_editor, old=NEW_TASK, new=OLD_TASK)


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("django_tasks_database", "0021_conditional_partial_index_ordering"),
        ("moderation", "0007_desk_digest_mail"),
        ('comments', '0005_commenter_key_mail'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='TriageVerdict',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('rule', models.CharField(max_length=50, verbose_name='rule')),
                        ('outcome', models.CharField(choices=[('pass', 'Pass'), ('note', 'Note for the moderator'), ('hold', 'Held for priority review'), ('reject', 'Rejected automatically'), ('unknown', 'Unknown (the rule failed or timed out)')], max_length=10, verbose_name='outcome')),
                        ('explanation_code', models.CharField(blank=True, default='', max_length=50)),
                        ('explanation_params', models.JSONField(blank=True, default=dict)),
                        ('explanation', models.TextField(verbose_name='explanation')),
                        ('details', models.JSONField(blank=True, default=dict)),
                        ('score', models.FloatField(blank=True, null=True)),
                        ('created_at', models.DateTimeField(default=django.utils.timezone.now)),
                        ('comment', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='triage_verdicts', to='comments.comment')),
                    ],
                    options={
                        'verbose_name': 'triage verdict',
                        'db_table': 'moderation_triageverdict',
                        'indexes': [models.Index(fields=['comment', 'rule'], name='triage_by_comment')],
                    },
                ),
                migrations.CreateModel(
                    name='WordListEntry',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('edition', models.CharField(blank=True, help_text='Empty: every edition.', max_length=10, verbose_name='edition')),
                        ('term', models.CharField(max_length=100, verbose_name='word or phrase')),
                        ('kind', models.CharField(choices=[('banned', 'Banned: reject automatically'), ('suspect', 'Suspect: hold for priority review')], default='suspect', max_length=10, verbose_name='kind')),
                        ('created_at', models.DateTimeField(default=django.utils.timezone.now)),
                        ('added_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'verbose_name': 'word list entry',
                        'verbose_name_plural': 'word list',
                        'db_table': 'moderation_wordlistentry',
                        'ordering': ['edition', 'kind', 'term'],
                        'indexes': [models.Index(fields=['edition', 'kind'], name='word_list_desk')],
                        'constraints': [models.UniqueConstraint(fields=('edition', 'term', 'kind'), name='one_word_list_entry')],
                    },
                ),
            ],
        ),
        migrations.RunPython(adopt_content_types, return_content_types),
        migrations.RunPython(follow_queued_jobs, return_queued_jobs),
    ]
