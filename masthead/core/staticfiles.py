"""Whether the hashed static files pages link to have been collected."""

from django.contrib.staticfiles.storage import staticfiles_storage


def static_files_collected():
    """Return False when every page would fail on a missing manifest entry."""
    manifest = getattr(staticfiles_storage, "manifest_name", None)
    return not manifest or staticfiles_storage.exists(manifest)
