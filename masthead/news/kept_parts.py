"""What makes the kept parts of pages stale (core/fragments.py): any save or delete
of a page (publishing, moving, a new slug, a direct save from a command) and of the
people, pictures, tags, settings and view restrictions pages show."""

from django.db.models.signals import post_delete, post_save
from taggit.models import Tag
from wagtail.models import Locale, PageViewRestriction, Site, get_page_models
from wagtail.signals import page_published, page_unpublished, post_page_move

from masthead.core.fragments import content_changed, settings_changed
from masthead.core.models import PublisherSettings

from .digits import native_digits_changed
from .models import NewsImage, Person, PersonName

# A restricted page is left out of other pages' links (translations, related).
SHOWN_ON_PAGES = (
    Person,
    PersonName,
    NewsImage,
    Tag,
    Site,
    Locale,
    PageViewRestriction,
)


def connect():
    uid = "masthead.kept-parts"
    for model in (*get_page_models(), *SHOWN_ON_PAGES):
        for signal in (post_save, post_delete):
            signal.connect(content_changed, model, dispatch_uid=uid)
    post_save.connect(settings_changed, PublisherSettings, dispatch_uid=uid)
    post_delete.connect(content_changed, PublisherSettings, dispatch_uid=uid)
    # A move rewrites its descendants' paths with one UPDATE: no save of theirs.
    # These come from every page type, one defined after start-up too.
    for signal in (post_page_move, page_published, page_unpublished):
        signal.connect(content_changed, dispatch_uid=uid)
    native_digits_changed.connect(content_changed, dispatch_uid=uid)
