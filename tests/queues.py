"""Task settings for tests that run the queue as production does."""

# The comment queue kept in the site's database, as `masthead serve` runs it; the
# default backend stays immediate.
DATABASE_QUEUE = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "comments": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
