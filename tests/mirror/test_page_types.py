"""A page type is baked and purged without the mirror naming it: the paths it is
cached at come from Wagtail's `Page.get_cached_paths()`."""

import shutil
from io import StringIO

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.http import HttpResponse
from wagtail.models import Page

SITE = "http://127.0.0.1:8000"


class NoticePage(Page):
    """A page type of another app, which the mirror has never heard of."""

    is_creatable = False  # kept out of the admin's page type choices

    class Meta:
        proxy = True
        app_label = "news"

    def get_cached_paths(self):
        return ["/", "print/"]

    def serve(self, request, *args, **kwargs):
        return HttpResponse(f"<p>{self.title}</p>")


@pytest.fixture
def make_notice(en_section, django_capture_on_commit_callbacks):
    def make(title="Polling stations open at seven"):
        # An earlier test's content type row was rolled back with it.
        ContentType.objects.clear_cache()
        notice_type = ContentType.objects.get_for_model(
            NoticePage, for_concrete_model=False
        )
        notice = NoticePage(title=title, slug="polling", locale=en_section.locale)
        notice.content_type = notice_type
        en_section.add_child(instance=notice)
        with django_capture_on_commit_callbacks(execute=True):
            notice.save_revision().publish()
        return notice

    return make


def test_new_page_type_is_baked_when_published(make_notice, mirror):
    make_notice()
    kept = mirror / "en" / "world" / "polling" / "index.html"
    assert "Polling stations open at seven" in kept.read_text()


def test_new_page_type_purges_every_path_it_is_cached_at(make_notice, cdn):
    make_notice()
    assert SITE + "/en/world/polling/" in cdn
    assert SITE + "/en/world/polling/print/" in cdn


def test_new_page_type_is_purged_from_the_folder_when_unpublished(
    make_notice, mirror, django_capture_on_commit_callbacks
):
    notice = make_notice()
    kept = mirror / "en" / "world" / "polling" / "index.html"
    assert kept.exists()
    with django_capture_on_commit_callbacks(execute=True):
        notice.unpublish()
    assert not kept.exists()


def test_bake_command_bakes_published_pages_of_every_type(en_terms, mirror):
    shutil.rmtree(mirror, ignore_errors=True)
    call_command("bake", stdout=StringIO())
    assert (mirror / en_terms.url.strip("/") / "index.html").exists()
