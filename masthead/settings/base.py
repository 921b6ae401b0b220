"""Settings shared by every environment, read from the environment (12-factor).

Environment variables: DATABASE_URL, REDIS_URL, SECRET_KEY, ALLOWED_HOSTS, SITE_URL,
MASTHEAD_DATA and the EMAIL_* family. Each is documented in the README's
configuration table. Django's and Wagtail's settings stand here; Masthead's own
(MASTHEAD_*) and the mail settings in settings/options.py, reading the environment
in settings/environment.py.
"""

import os
from datetime import timedelta
from pathlib import Path

from masthead.core.editions import EDITIONS

from .environment import (
    DATA_DIR,
    cache_from_environment,
    database_from_environment,
    env_bool,
    env_list,
    logging_from_environment,
    media_storage_from_environment,
    triage_cache_from_environment,
)
from .options import *  # noqa: F403 (the MASTHEAD_* options and the mail settings)

PACKAGE_DIR = Path(__file__).resolve().parent.parent


DEBUG = env_bool("DEBUG")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL

INSTALLED_APPS = [
    "masthead.core",
    "masthead.news",
    "masthead.sharing",
    "masthead.comments",
    "masthead.guards",
    "masthead.triage",
    "masthead.moderation",
    "masthead.api",
    "masthead.feeds",
    "masthead.search",
    "masthead.lite",
    "masthead.mirror",
    "masthead.operations",
    "django_tasks",
    "django_tasks_db",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.redirects",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
]

MIDDLEWARE = [
    "masthead.core.middleware.forwarded_proto_from_proxies",
    # Outside every other layer: it times the request and counts the status the
    # client gets.
    "masthead.operations.middleware.observe_requests",
    "django.middleware.security.SecurityMiddleware",
    "masthead.core.staticfiles.StaticFilesMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "masthead.core.middleware.EditionLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "masthead.core.security.SecurityHeadersMiddleware",
    "masthead.lite.middleware.OnionLocationMiddleware",
    "masthead.core.errors.DatabaseOutageMiddleware",
    # After the edition's language is set: the page an address leads to is kept.
    "masthead.core.routing.KeptRoutesMiddleware",
    # Last, as django-axes asks: it turns a lockout into its 429 answer.
    "axes.middleware.AxesMiddleware",
]

# Login throttling (django-axes): 5 failures for one username from one address lock
# that pair out for 15 minutes; other people and other addresses can still sign in.
AUTHENTICATION_BACKENDS = [
    "masthead.core.security.LoginThrottleBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# The address comments see: X-Forwarded-For only from MASTHEAD_TRUSTED_PROXIES.
AXES_CLIENT_IP_CALLABLE = "masthead.core.proxies.client_address"
AXES_VERBOSE = False

ROOT_URLCONF = "masthead.urls"
WSGI_APPLICATION = "masthead.mirror.wsgi.application"
# What `masthead serve` runs: the edge (masthead/core/rsgi.py) in front of the WSGI
# application, answering baked pages on the event loop.
RSGI_APPLICATION = "masthead.mirror.rsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]


DATABASES = {"default": database_from_environment()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


CACHES = {
    "default": cache_from_environment(),
    "triage": triage_cache_from_environment(),
    # Each process's own memory: what is kept here is named by a key that changes
    # with what it shows, so no server has to tell another to forget it.
    # Parts of pages, by content generation (core/fragments.py): a few kilobytes
    # each, up to ~80 for a list of 150 comments, so at most ~40 MB a process.
    "fragments": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "masthead-fragments",
        "OPTIONS": {"MAX_ENTRIES": 500},
    },
    # Wagtail's renditions, by image, file hash and filter: a new picture file or
    # focal point is a new key. Read about twenty times a page.
    "renditions": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "masthead-renditions",
        "TIMEOUT": 600,
        "OPTIONS": {"MAX_ENTRIES": 5000},
    },
}

# Background work. Wagtail's own tasks (reference index, search index) stay in the
# request. The comment system's work (triage of every new comment) goes to a durable
# queue in the site's own database: the job is written in the same transaction as the
# comment, so a crash can delay triage but never skip it. `masthead serve` starts the
# worker that runs it (or run `masthead db_worker --backend comments` yourself).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "comments": {
        "BACKEND": os.environ.get(
            "MASTHEAD_TASK_BACKEND", "django_tasks_db.DatabaseBackend"
        )
    },
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]

# Editions are Wagtail locales; the interface speaks the same ten languages.
LANGUAGE_CODE = "en"
LANGUAGES = [(edition.code, edition.english_name) for edition in EDITIONS]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", DATA_DIR / "media"))
STORAGES = {
    # MEDIA_ROOT, or an S3-compatible bucket (MASTHEAD_MEDIA_S3_BUCKET).
    "default": media_storage_from_environment(),
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
    },
}

# Files browsers ask for at the site root (favicon.ico), served by WhiteNoise.
WHITENOISE_ROOT = PACKAGE_DIR / "core" / "root"

WAGTAIL_SITE_NAME = os.environ.get("MASTHEAD_SITE_NAME", "Masthead")
# A page behind a password asks for it in the site's own layout and edition.
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "password_required.html"  # noqa: S105
WAGTAILIMAGES_IMAGE_MODEL = "news.NewsImage"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "txt", "xlsx"]
# Documents only through Wagtail's view, which checks collection view restrictions;
# the media front never serves the documents/ folder (masthead/mirror/media.py).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ALLOW_UNICODE_SLUGS = True
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# MASTHEAD_LOG_FORMAT=json: one JSON object a line; MASTHEAD_ACCESS_LOG: a line per
# request Django answers (settings/environment.py).
LOGGING = logging_from_environment()
