"""The events that make baked pages stale, wired in MirrorConfig.ready().

Editors: a page of any type published, unpublished, moved, renamed or deleted, a
translation link changed, and a view restriction (password, login, groups) put on a
page or above it, changed or lifted. Moderators: a comment approved, edited or taken
down (`comment_decided`), or an approved one deleted. A person renamed, an image
changed: the articles that name them or lead with it. Publisher settings are on
every page: saving them purges everything.
"""

from dataclasses import asdict
from functools import wraps

from django.core.cache import caches
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from wagtail.models import ModelLogEntry, Page, PageViewRestriction, get_page_models
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
)

from masthead.comments.models import Comment, CommentStatus
from masthead.comments.signals import comment_decided
from masthead.core.fragments import FRAGMENTS, GENERATION_KEY, KEPT_SECONDS, generation
from masthead.core.models import PublisherSettings
from masthead.news.models import (
    ArticlePage,
    EditionHomePage,
    NewsImage,
    Person,
    PersonName,
    PolicyPage,
    SectionPage,
)

from .dependents import (
    Change,
    article_change,
    comments_change,
    image_change,
    listing_change,
    old_url,
    own_change,
    page_path,
    person_change,
    subtree_change,
)
from .purging import active, refresh_on_commit

# Pages every page of their edition links to (navigation, footer, switcher): a
# change to one purges its edition, or every edition for a home (dependents.py).
LISTINGS = {SectionPage: "section", EditionHomePage: "home", PolicyPage: "policy"}
APPROVED = CommentStatus.APPROVED


def when_active(receiver):
    """Skip the receiver's queries when there are neither baked pages nor a CDN."""

    @wraps(receiver)
    def wrapper(*args, **kwargs):
        if active():
            receiver(*args, **kwargs)

    return wrapper


def listing_kind(page):
    """Return the kind of listing `page` is ("section", "home", "policy") or None."""
    return next((kind for cls, kind in LISTINGS.items() if isinstance(page, cls)), None)


def page_change(page):
    page = page.specific
    if isinstance(page, ArticlePage):
        return article_change(page, getattr(page, "_mirror_old_keys", ()))
    kind = listing_kind(page)
    return listing_change(page, kind) if kind else own_change(page)


@when_active
def on_publish_or_unpublish(sender, instance, **kwargs):
    refresh_on_commit(page_change(instance))


@when_active
def remember_translation_key(sender, instance, **kwargs):
    """Keep the key an article had before this save: a changed translation link
    must purge the group it leaves as well as the one it joins."""
    if instance.pk is None:
        return
    old = ArticlePage.objects.filter(pk=instance.pk).values_list(
        "translation_key", flat=True
    )
    instance._mirror_old_keys = {*getattr(instance, "_mirror_old_keys", ()), *old}


@when_active
def on_move(sender, instance, url_path_before, url_path_after, **kwargs):
    if url_path_before == url_path_after:
        return
    on_path_change(instance.specific, url_path_before)


@when_active
def on_slug_change(sender, instance, instance_before, **kwargs):
    on_path_change(instance.specific, instance_before.url_path)


def on_path_change(page, url_path_before):
    """Purge what shows the page now, its old address and the listing it left."""
    before = old_url(page, url_path_before)
    change = page_change(page)
    if before:
        left = before.rstrip("/").rpartition("/")[0] + "/"
        change += Change(paths=[left], trees=[before])
    refresh_on_commit(change.with_copies())


def is_whole_page(instance):
    """Return whether `instance` is a page as its type has it, not the row of a
    parent model that Django deletes with it (each is announced on its own)."""
    if not isinstance(instance, Page):
        return False
    concrete = instance.specific_class or Page
    return type(instance)._meta.concrete_model is concrete._meta.concrete_model


@when_active
def on_page_delete(sender, instance, **kwargs):
    """Work out what showed the page while it still exists; purge after commit."""
    if is_whole_page(instance) and instance.live:
        own = page_path(instance)
        change = page_change(instance) + Change(trees=[own] if own else [])
        refresh_on_commit(change.with_copies())


@when_active
def on_view_restriction_changed(sender, instance, **kwargs):
    """A password, login or group restriction added, changed or lifted: purge the
    pages it covers and everything that shows them, and bake them again (a page
    still restricted is not kept; one no longer restricted comes back)."""
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        refresh_on_commit(covered_change(page.specific))


def covered_change(page):
    """Return what a restriction on `page` purges: its own URL folder, and what a
    change to it purges, or for a listing (or the root) to every article under it."""
    own = page_path(page)
    change = Change(trees=[own or "/"]).with_copies()
    if isinstance(page, ArticlePage):
        return change + article_change(page)
    # Any other page (the site's root) covers editions: as an edition home does.
    return change + subtree_change(page, listing_kind(page) or "home")


@when_active
def on_comment_decided(sender, comment, action, **kwargs):
    """Purge the article when readers see the decision: a comment shown, changed
    while shown, or taken down; a pending one rejected, edited or restored is not."""
    shown = action in ("approve", "edit") and comment.status == APPROVED
    # An undo may show or hide a comment; its audit entry says, but a purge is cheap.
    if shown or action == "undo" or (action == "reject" and was_approved(comment)):
        purge_comments_of(comment.article_id)


def purge_comments_of(article_id):
    change = kept_comments_change(article_id)
    if change is not None:
        refresh_on_commit(change)


def kept_comments_change(article_id):
    """Return what a decision on the article's comments purges, or None.

    Its addresses (the article, its fronts, their copies) change only with content,
    so each process keeps them by the content generation (core/fragments.py): a
    desk working through a busy thread works them out once, not at every decision.
    """
    key = f"masthead:comments-change:{article_id}:{generation(GENERATION_KEY)}"
    kept = caches[FRAGMENTS].get(key)
    if kept is None:
        article = ArticlePage.objects.filter(pk=article_id).first()
        if article is None:
            return None
        kept = asdict(comments_change(article))
        caches[FRAGMENTS].set(key, kept, KEPT_SECONDS)
    return Change(**kept)


def was_approved(comment):
    """Return whether a rejected comment was shown before (its audit entry says)."""
    entry = (
        ModelLogEntry.objects.for_instance(comment)
        .filter(action="masthead.comment.reject")
        .order_by("-timestamp", "-pk")
        .first()
    )
    return entry is None or entry.data.get("status_before") == APPROVED


@when_active
def on_comment_deleted(sender, instance, **kwargs):
    if instance.status == APPROVED:
        purge_comments_of(instance.article_id)


@when_active
def on_person_changed(sender, instance, **kwargs):
    person = instance.person if isinstance(instance, PersonName) else instance
    if person.pk is not None:
        refresh_on_commit(person_change(person))


@when_active
def on_image_changed(sender, instance, **kwargs):
    if instance.pk is not None:
        refresh_on_commit(image_change(instance))


@when_active
def on_settings_saved(sender, instance, created, **kwargs):
    # The first page rendered creates the row with its defaults: nothing changed.
    if not created:
        refresh_on_commit(Change(trees=["/"]).with_copies())


def connect():
    uid = "masthead.mirror"
    # Every page type: only pages send these.
    page_published.connect(on_publish_or_unpublish, dispatch_uid=uid)
    page_unpublished.connect(on_publish_or_unpublish, dispatch_uid=uid)
    # Page models only: a receiver for every model would cost every other model
    # Django's fast bulk delete (sessions, finished jobs, flood counters).
    for page_type in get_page_models():
        pre_delete.connect(on_page_delete, page_type, dispatch_uid=uid)
    pre_save.connect(remember_translation_key, ArticlePage, dispatch_uid=uid)
    post_page_move.connect(on_move, dispatch_uid=uid)
    page_slug_changed.connect(on_slug_change, dispatch_uid=uid)
    for signal in (post_save, post_delete):
        signal.connect(
            on_view_restriction_changed, PageViewRestriction, dispatch_uid=uid
        )
    comment_decided.connect(on_comment_decided, Comment, dispatch_uid=uid)
    post_delete.connect(on_comment_deleted, Comment, dispatch_uid=uid)
    post_save.connect(on_settings_saved, PublisherSettings, dispatch_uid=uid)
    post_save.connect(on_image_changed, NewsImage, dispatch_uid=uid)
    for model in (Person, PersonName):
        post_save.connect(on_person_changed, model, dispatch_uid=uid)
        post_delete.connect(on_person_changed, model, dispatch_uid=uid)
