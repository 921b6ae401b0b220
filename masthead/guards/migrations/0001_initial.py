"""Take over Ban and TriageCounter from the moderation app, tables and rows as they are.

The tables keep their `moderation_` names: only Django's idea of which app owns
the models moves (moderation's 0008 drops them from its state).
"""

import django.db.models.deletion
import django.utils.timezone
import masthead.guards.models
from django.conf import settings
from django.db import migrations, models


MOVED = ["ban", "triagecounter"]

def adopt_content_types(apps, schema_editor, old="moderation", new="guards"):
    """Move the content types (and so permissions, log entries) to this app."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MOVED:
        if not ContentType.objects.filter(app_label=new, model=model).exists():
            ContentType.objects.filter(app_label=old, model=model).update(
                app_label=new
            )


def return_content_types(apps, schema_editor):
    adopt_content_types(apps, schema_editor, old="guards", new="moderation")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("moderation", "0007_desk_digest_mail"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='TriageCounter',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('day', models.DateField()),
                        ('edition', models.CharField(blank=True, max_length=10)),
                        ('kind', models.CharField(max_length=50)),
                        ('count', models.PositiveIntegerField(default=0)),
                    ],
                    options={
                        'db_table': 'moderation_triagecounter',
                        'constraints': [models.UniqueConstraint(fields=('day', 'edition', 'kind'), name='one_counter_per_day')],
                    },
                ),
                migrations.CreateModel(
                    name='Ban',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('email', models.EmailField(blank=True, db_index=True, max_length=254, verbose_name='email')),
                        ('ip_hash', models.CharField(blank=True, db_index=True, max_length=64)),
                        ('network', models.CharField(blank=True, db_index=True, help_text='An anonymised network such as 203.0.113.0/24.', max_length=64, validators=[masthead.guards.models.validate_network], verbose_name='network')),
                        ('reason', models.CharField(blank=True, max_length=200, verbose_name='reason')),
                        ('created_at', models.DateTimeField(default=django.utils.timezone.now)),
                        ('expires_at', models.DateTimeField(blank=True, null=True, verbose_name='expires')),
                        ('created_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'verbose_name': 'ban',
                        'db_table': 'moderation_ban',
                        'constraints': [models.CheckConstraint(condition=models.Q(('email', ''), ('ip_hash', ''), ('network', ''), _negated=True), name='ban_names_someone')],
                    },
                ),
            ],
        ),
        migrations.RunPython(adopt_content_types, return_content_types),
    ]
