"""On PostgreSQL, a new job wakes the workers by itself.

A trigger sends the NOTIFY the workers LISTEN for (masthead_tasks, core/queue.py)
once per INSERT statement into the jobs table. The NOTIFY is sent when the
inserting transaction commits, and not at all if it rolls back, as before; the
request that queues the job no longer spends a statement on it. SQLite has no
LISTEN: its workers poll, and nothing is created there.
"""

from django.db import migrations

from masthead.core.migrations._postgresql import on_postgresql

CREATE = [
    """
CREATE FUNCTION masthead_wake_task_workers() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('masthead_tasks', '');
    RETURN NULL;
END;
$$
""",
    """
CREATE TRIGGER masthead_wake_task_workers
AFTER INSERT ON django_tasks_database_dbtaskresult
FOR EACH STATEMENT EXECUTE FUNCTION masthead_wake_task_workers()
""",
]

DROP = [
    "DROP TRIGGER IF EXISTS masthead_wake_task_workers"
    " ON django_tasks_database_dbtaskresult",
    "DROP FUNCTION IF EXISTS masthead_wake_task_workers()",
]


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_task_workers_and_effects"),
        ("django_tasks_database", "0021_conditional_partial_index_ordering"),
    ]

    operations = [
        migrations.RunPython(on_postgresql(CREATE), on_postgresql(DROP)),
    ]
