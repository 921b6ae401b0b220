"""Masthead's own options (the MASTHEAD_* settings) and the mail the site sends.

Each is read from the environment, with a default that suits one server, and
documented in the README's configuration table; settings/base.py takes them all.
"""

import os

from .environment import env_bool, env_int, env_list

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
# A worker takes up to this many waiting jobs of a task that runs in batches (triage)
# at once (core/batches.py): fewer round trips, one model call for the lot.
MASTHEAD_TASK_BATCH = env_int("MASTHEAD_TASK_BATCH", 100)
# ... and, when fewer were waiting, gathers those that come within this many ms.
MASTHEAD_TASK_GATHER_MS = env_int("MASTHEAD_TASK_GATHER_MS", 250)

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

# Operations (masthead/operations): /readyz answers 503 when a due job has waited
# longer than this many seconds for a task worker; /metrics answers the addresses or
# networks listed, and any client showing the token as "Authorization: Bearer ...".
MASTHEAD_READY_QUEUE_MAX_AGE = env_int("MASTHEAD_READY_QUEUE_MAX_AGE", 600)
MASTHEAD_METRICS_ADDRESSES = env_list("MASTHEAD_METRICS_ADDRESSES")
MASTHEAD_METRICS_TOKEN = os.environ.get("MASTHEAD_METRICS_TOKEN", "")
