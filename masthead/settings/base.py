"""Settings shared by every environment, read from the environment (12-factor).

Environment variables: DATABASE_URL, REDIS_URL, SECRET_KEY, ALLOWED_HOSTS, SITE_URL,
MASTHEAD_DATA and the EMAIL_* family. Each is documented in the README's
configuration table.
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
    env_int,
    env_list,
    logging_from_environment,
    media_storage_from_environment,
    triage_cache_from_environment,
)

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

EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "masthead@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Seconds an SMTP connection may hang before the attempt counts as failed; mail is
# sent from the task queue, and retried like every task (below).
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
# A failed task is run again after MASTHEAD_TASK_RETRY_SECONDS, then twice as long
# each time, MASTHEAD_TASK_ATTEMPTS times in all; then it stays failed (a dead letter
# on the desk dashboard). A job whose worker has not been seen for the lease is
# given back; finished jobs are pruned after the retention (core/queue.py).
MASTHEAD_TASK_ATTEMPTS = env_int("MASTHEAD_TASK_ATTEMPTS", 5)
MASTHEAD_TASK_RETRY_SECONDS = env_int("MASTHEAD_TASK_RETRY_SECONDS", 30)
MASTHEAD_TASK_LEASE_SECONDS = env_int("MASTHEAD_TASK_LEASE_SECONDS", 60)
MASTHEAD_TASK_RETENTION_DAYS = env_int("MASTHEAD_TASK_RETENTION_DAYS", 7)

# Reader comments. The IP hash secret defaults to one derived from SECRET_KEY; set it
# to rotate independently, keeping the old ones so existing bans still match.
MASTHEAD_IP_HASH_SECRET = os.environ.get("MASTHEAD_IP_HASH_SECRET", "")
MASTHEAD_IP_HASH_PREVIOUS_SECRETS = env_list("MASTHEAD_IP_HASH_PREVIOUS_SECRETS")
MASTHEAD_TRUSTED_PROXIES = env_list("MASTHEAD_TRUSTED_PROXIES")
# Flood limits count, and bans name, the network of an address (comments/privacy.py).
MASTHEAD_IPV4_PREFIX = env_int("MASTHEAD_IPV4_PREFIX", 24)
MASTHEAD_IPV6_PREFIX = env_int("MASTHEAD_IPV6_PREFIX", 64)

# `masthead import`: pictures named by URL come only from these hosts ("*" for any,
# ".example.org" for its subdomains), and only from public addresses unless their
# network is listed; no host by default, so a ninjs file cannot make the server
# fetch from anywhere it likes.
MASTHEAD_IMPORT_IMAGE_HOSTS = env_list("MASTHEAD_IMPORT_IMAGE_HOSTS")
MASTHEAD_IMPORT_IMAGE_NETWORKS = env_list("MASTHEAD_IMPORT_IMAGE_NETWORKS")
MASTHEAD_IMPORT_IMAGE_MAX_BYTES = env_int(
    "MASTHEAD_IMPORT_IMAGE_MAX_BYTES", 25 * 1024 * 1024
)
MASTHEAD_COMMENT_MAX_LENGTH = env_int("MASTHEAD_COMMENT_MAX_LENGTH", 2000)
# Top-level comments per page of an article's comments; replies go with their thread.
MASTHEAD_COMMENT_THREADS_PER_PAGE = env_int("MASTHEAD_COMMENT_THREADS_PER_PAGE", 50)
# A lite page carries the article and its comments in 15 KB: fewer threads a page.
MASTHEAD_LITE_COMMENT_THREADS_PER_PAGE = env_int(
    "MASTHEAD_LITE_COMMENT_THREADS_PER_PAGE", 10
)
MASTHEAD_COMMENT_FORM_MAX_AGE = env_int("MASTHEAD_COMMENT_FORM_MAX_AGE", 2 * 24 * 3600)
# Seconds a link confirming a reader's address works (comments/confirmation.py).
MASTHEAD_EMAIL_CONFIRMATION_MAX_AGE = env_int(
    "MASTHEAD_EMAIL_CONFIRMATION_MAX_AGE", 3 * 24 * 3600
)
MASTHEAD_ERASE_REJECTED_AFTER_DAYS = env_int("MASTHEAD_ERASE_REJECTED_AFTER_DAYS", 30)
# `masthead moderation_digest` mails a desk whose oldest pending comment is older.
MASTHEAD_DIGEST_AFTER_MINUTES = env_int("MASTHEAD_DIGEST_AFTER_MINUTES", 60)
MASTHEAD_API_TOKEN_DAYS = env_int("MASTHEAD_API_TOKEN_DAYS", 90)
# Flood control (guards/flood.py): rates such as "20/h" or "1/15s", comma-separated;
# an empty value turns that scope's limits off.
MASTHEAD_FLOOD_LIMITS = {
    "commenter": os.environ.get("MASTHEAD_FLOOD_COMMENTER", "1/15s,20/h"),
    "article": os.environ.get("MASTHEAD_FLOOD_ARTICLE", "600/h"),
}
# A comment form sent sooner than this after the page was shown is a bot's.
MASTHEAD_MIN_FORM_SECONDS = env_int("MASTHEAD_MIN_FORM_SECONDS", 3)

# Baked pages (masthead/mirror): published pages kept as files, purged when they
# change, answered before Django. Empty root: "mirror" in the data folder. The
# purge, CDN purge and re-bake are a task queued with the change in the TASKS
# backend named by MASTHEAD_MIRROR_TASKS (the comment queue, so a moderator's
# decision neither waits for a page to render nor calls the CDN), or run right
# after the commit when it is empty.
MASTHEAD_MIRROR = env_bool("MASTHEAD_MIRROR", True)
MASTHEAD_MIRROR_ROOT = os.environ.get("MASTHEAD_MIRROR_ROOT", "")
MASTHEAD_MIRROR_TASKS = os.environ.get("MASTHEAD_MIRROR_TASKS", "comments")
# Browsers revalidate baked pages (a purge is seen at once); behind a CDN that is
# purged by WAGTAILFRONTENDCACHE, e.g. "public, max-age=0, s-maxage=86400".
MASTHEAD_MIRROR_CACHE_CONTROL = os.environ.get(
    "MASTHEAD_MIRROR_CACHE_CONTROL", "no-cache"
)
# Memory each serving process may keep the most read baked answers in (0: none).
MASTHEAD_MIRROR_MEMORY_MB = env_int("MASTHEAD_MIRROR_MEMORY_MB", 64)
# How often each serving process reads the purge log other servers write (0: never,
# for a single server); with REDIS_URL a purge wakes it at once (mirror/coherence.py).
MASTHEAD_MIRROR_PURGE_POLL_MS = env_int("MASTHEAD_MIRROR_PURGE_POLL_MS", 250)
# A CDN named in WAGTAILFRONTENDCACHE is purged of the URLs a change makes stale,
# each as it is: an edition's pages have paths of their own, so Wagtail must not
# add the same path under every other language prefix.
WAGTAILFRONTENDCACHE_LANGUAGES = []

# What `masthead serve` allows a client before Django sees its request
# (masthead/core/limits.py): the largest body (the admin takes uploads), how slowly
# a body may come (a megabyte per this many seconds), how long a client may take to
# send its headers and how long an idle connection is kept open. Seconds.
MASTHEAD_MAX_BODY_KB = env_int("MASTHEAD_MAX_BODY_KB", 1024)
MASTHEAD_ADMIN_MAX_BODY_MB = env_int("MASTHEAD_ADMIN_MAX_BODY_MB", 64)
MASTHEAD_BODY_READ_TIMEOUT = env_int("MASTHEAD_BODY_READ_TIMEOUT", 20)
MASTHEAD_HEADER_READ_TIMEOUT = env_int("MASTHEAD_HEADER_READ_TIMEOUT", 10)
MASTHEAD_KEEP_ALIVE_TIMEOUT = env_int("MASTHEAD_KEEP_ALIVE_TIMEOUT", 5)

# Automatic triage of new comments: options per rule, "default" merged with an
# edition's own entry. A rule runs unless its options say "enabled": False. This is
# a Python setting: override it in your settings file, not the environment.
MASTHEAD_TRIAGE = {
    "default": {
        "rules": {
            "words": {"enabled": True},
            "links": {"enabled": True, "max_links": 2},
            "language": {"enabled": True, "min_letters": 8},
        }
    },
    # Uyghur writes case and plural endings onto the word: a banned word still
    # matches with one of these after it.
    "ug": {
        "rules": {
            "words": {
                "suffixes": (
                    "لار لەر نىڭ نى غا قا گە كە دا تا دە تە دىن تىن چە دەك تەك"
                ).split(),
            }
        }
    },
}

# Tor Browser is offered this onion copy of every public page (Onion-Location).
MASTHEAD_ONION_ADDRESS = os.environ.get("MASTHEAD_ONION_ADDRESS", "")

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Operations (masthead/operations): /readyz answers 503 when a due job has waited
# longer than this many seconds for a task worker; /metrics answers the addresses or
# networks listed, and any client showing the token as "Authorization: Bearer ...".
MASTHEAD_READY_QUEUE_MAX_AGE = env_int("MASTHEAD_READY_QUEUE_MAX_AGE", 600)
MASTHEAD_METRICS_ADDRESSES = env_list("MASTHEAD_METRICS_ADDRESSES")
MASTHEAD_METRICS_TOKEN = os.environ.get("MASTHEAD_METRICS_TOKEN", "")

# MASTHEAD_LOG_FORMAT=json: one JSON object a line; MASTHEAD_ACCESS_LOG: a line per
# request Django answers (settings/environment.py).
LOGGING = logging_from_environment()
