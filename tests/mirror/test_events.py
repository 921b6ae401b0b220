"""A decision purges and re-bakes exactly the pages that show what it changed."""

from wagtail.models import PageViewRestriction

from masthead.core.models import PublisherSettings
from masthead.mirror.store import MARKS, PageStore


def baked(mirror, path):
    return mirror / path.strip("/") / "index.html"


def test_publishing_an_article_bakes_its_page(article, mirror, front):
    assert baked(mirror, article.url).exists()
    answer = front.get(article.url)
    assert answer.status_code == 200 and "ETag" in answer.headers


def test_publishing_an_article_bakes_its_section_and_edition_home_again(
    article, en_section, make_article, mirror, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        make_article(en_section, title="Ferry timetable changes")
    for path in ("/en/world/", "/en/"):
        assert "Ferry timetable changes" in baked(mirror, path).read_text()


def test_approved_comment_is_on_the_next_baked_page(
    article, post_comment, decide, front
):
    comment = post_comment(article, body="The new line saves me an hour.")
    assert "saves me an hour" not in front.get(article.url).text
    decide("approve", comment)
    answer = front.get(article.url)
    assert "ETag" in answer.headers  # from the file, not Django
    assert "The new line saves me an hour." in answer.text


def test_approval_changes_the_etag_so_a_revalidating_reader_gets_the_new_page(
    article, post_comment, decide, front
):
    before = front.get(article.url)["ETag"]
    decide("approve", post_comment(article, body="Worth the wait."))
    answer = front.get(article.url, if_none_match=before)
    assert answer.status_code == 200 and "Worth the wait." in answer.text


def test_edited_comment_shows_its_new_text(article, post_comment, decide, front):
    comment = decide("approve", post_comment(article, body="Trains are late agian."))
    decide(
        "edit",
        comment,
        body="Trains are late again.",
        reason="spam",
        seen_status="approved",
    )
    answer = front.get(article.url)
    assert "late again." in answer.text and "agian" not in answer.text


def test_comment_taken_down_is_gone_from_the_baked_page(
    article, post_comment, decide, front
):
    comment = decide("approve", post_comment(article, body="Soon to be removed."))
    decide("reject", comment, reason="spam", seen_status="approved")
    assert "Soon to be removed." not in front.get(article.url).text


def test_rejecting_a_pending_comment_leaves_the_baked_page_alone(
    article, post_comment, decide, mirror
):
    page = baked(mirror, article.url)
    stamp = page.stat().st_mtime_ns
    decide("reject", post_comment(article), reason="spam")
    assert page.stat().st_mtime_ns == stamp


def test_unpublished_article_is_gone_from_its_page_and_its_listings(
    article, mirror, front, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        article.unpublish()
    assert not baked(mirror, article.url).exists()
    assert front.get(article.url).status_code == 404
    assert "Rail link opens" not in front.get("/en/world/").text


def test_deleted_article_is_gone_from_its_listings(
    article, mirror, front, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        article.delete()
    assert front.get(article.url).status_code == 404
    assert "Rail link opens" not in baked(mirror, "/en/").read_text()


def test_changed_slug_purges_the_old_address(
    article, mirror, django_capture_on_commit_callbacks
):
    old = article.url
    article.slug = "rail-link-opens"
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    assert not baked(mirror, old).exists()
    assert baked(mirror, "/en/world/rail-link-opens/").exists()


def test_translation_link_purges_the_original_page(
    article, ko_home, make_article, mirror, django_capture_on_commit_callbacks
):
    from masthead.news.setup import ensure_section

    ko_section = ensure_section(ko_home, "세계", "world")
    with django_capture_on_commit_callbacks(execute=True):
        make_article(ko_section, title="철도 개통", translation_of=article)
    assert "철도 개통" not in baked(mirror, article.url).read_text()
    assert "/ko/world/" in baked(mirror, article.url).read_text()


def test_removing_a_translation_link_purges_the_group_it_left(
    article, ko_home, make_article, mirror, django_capture_on_commit_callbacks
):
    from masthead.news.setup import ensure_section

    ko_section = ensure_section(ko_home, "세계", "world")
    with django_capture_on_commit_callbacks(execute=True):
        translation = make_article(ko_section, title="철도", translation_of=article)
    translation.translation_of = None
    translation.translation_key = translation.__class__().translation_key
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_revision().publish()
    assert "/ko/world/" not in baked(mirror, article.url).read_text()


def test_publishing_a_section_purges_its_whole_edition(
    article, en_home, mirror, django_capture_on_commit_callbacks
):
    from masthead.news.setup import ensure_section

    with django_capture_on_commit_callbacks(execute=True):
        ensure_section(en_home, "Sport", "sport").save_revision().publish()
    # Every page of the edition shows the sections in its header.
    assert not baked(mirror, article.url).exists()
    assert "Sport" in baked(mirror, "/en/").read_text()


def test_saving_publisher_settings_purges_every_page(
    article, front, mirror, django_capture_on_commit_callbacks
):
    front.get(article.url)  # creates the settings row, as the first page does
    publisher = PublisherSettings.objects.get()
    publisher.publisher_name = "Harbour Radio"
    with django_capture_on_commit_callbacks(execute=True):
        publisher.save()
    assert not baked(mirror, article.url).exists()
    assert "Harbour Radio" in front.get(article.url).text


def test_purge_marks_are_never_served(article, front):
    assert front.get(f"/{MARKS}/en/").status_code == 404


def test_page_with_a_view_restriction_is_never_baked(
    article, mirror, admin_client, django_capture_on_commit_callbacks
):
    restriction = PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.LOGIN
    )
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    assert restriction.pk and not baked(mirror, article.url).exists()


def test_first_reader_of_a_purged_page_keeps_it_for_the_next(article, mirror, front):
    PageStore(mirror).purge(article.url)
    first = front.get(article.url)
    assert "ETag" not in first.headers  # Django answered
    assert baked(mirror, article.url).read_bytes() == first.content


def test_reply_form_asked_for_by_query_string_is_not_kept(article, mirror, front):
    PageStore(mirror).purge(article.url)
    front.get(article.url, query="reply_to=1")
    assert not baked(mirror, article.url).exists()


def test_moved_article_leaves_its_old_section_and_address(
    article, en_home, mirror, front, django_capture_on_commit_callbacks
):
    from masthead.news.setup import ensure_section

    sport = ensure_section(en_home, "Sport", "sport")
    front.get("/en/world/")
    with django_capture_on_commit_callbacks(execute=True):
        article.move(sport, pos="last-child")
    assert "Rail link opens" not in front.get("/en/world/").text
    old = front.get(article.url)  # the stale file is gone: Wagtail's redirect
    assert old.status_code == 301 and old["Location"].endswith(
        "/en/sport/" + article.slug + "/"
    )
    assert front.get(f"/en/sport/{article.slug}/").status_code == 200


def test_articles_published_in_one_transaction_bake_their_listing_once(
    en_section, make_article, django_capture_on_commit_callbacks, monkeypatch
):
    from masthead.mirror import purging

    baked_paths = []
    monkeypatch.setattr(purging, "bake", lambda paths: baked_paths.extend(paths))
    with django_capture_on_commit_callbacks(execute=True):
        make_article(en_section, title="First")
        make_article(en_section, title="Second")
    assert baked_paths.count("/en/world/") == 1


def test_deleting_an_approved_comment_removes_it_from_the_page(
    article, post_comment, decide, front, django_capture_on_commit_callbacks
):
    comment = decide("approve", post_comment(article, body="Deleted by an admin."))
    with django_capture_on_commit_callbacks(execute=True):
        comment.delete()
    assert "Deleted by an admin." not in front.get(article.url).text


def test_restoring_a_rejected_comment_to_the_queue_leaves_the_page_alone(
    article, post_comment, decide, mirror
):
    comment = decide("reject", post_comment(article), reason="spam")
    page = baked(mirror, article.url)
    stamp = page.stat().st_mtime_ns
    decide("restore", comment)
    assert page.stat().st_mtime_ns == stamp


def test_article_with_a_korean_address_is_purged_where_it_was_kept(
    ko_home, make_article, post_comment, decide, front, mirror
):
    from masthead.news.setup import ensure_section

    section = ensure_section(ko_home, "세계", "세계")
    article = make_article(section, title="철도 개통", slug="철도-개통")
    PageStore(mirror).purge_tree("/")
    assert front.get("/ko/세계/철도-개통/").status_code == 200  # kept by this reader
    assert baked(mirror, "/ko/세계/철도-개통/").exists()
    decide("approve", post_comment(article, body="기차가 빨라졌어요. 정말 좋습니다."))
    assert "기차가 빨라졌어요" in front.get("/ko/세계/철도-개통/").text


def test_renamed_author_is_renamed_on_their_articles(
    en_section, make_article, make_person, front, django_capture_on_commit_callbacks
):
    person = make_person("Ana Reyes")
    with django_capture_on_commit_callbacks(execute=True):
        article = make_article(en_section, title="Dock", authors=[person])
    assert "Ana Reyes" in front.get(article.url).text
    person.name = "Ana Reyes-Park"
    with django_capture_on_commit_callbacks(execute=True):
        person.save()
    assert "Ana Reyes-Park" in front.get(article.url).text


def test_new_credit_of_a_lead_image_is_on_its_article(
    en_section, make_article, make_image, front, django_capture_on_commit_callbacks
):
    image = make_image(credit="Harbour Radio")
    with django_capture_on_commit_callbacks(execute=True):
        article = make_article(en_section, title="Dock", lead_image=image)
    image.credit = "Kim Ha-neul"
    with django_capture_on_commit_callbacks(execute=True):
        image.save()
    assert "Kim Ha-neul" in front.get(article.url).text


def test_undone_approval_is_gone_from_the_baked_page(
    article, post_comment, decide, front, admin_user, django_capture_on_commit_callbacks
):
    from masthead.moderation.undo import undo

    comment = decide("approve", post_comment(article, body="Approved by mistake."))
    assert "Approved by mistake." in front.get(article.url).text
    with django_capture_on_commit_callbacks(execute=True):
        undo(comment, user=admin_user, revision=comment.revision)
    assert "Approved by mistake." not in front.get(article.url).text


def test_later_comment_pages_are_rendered_and_the_first_stays_baked(
    article, post_comment, decide, front, mirror, settings
):
    settings.MASTHEAD_COMMENT_THREADS_PER_PAGE = 1
    for body in ("First of two.", "Second of two."):
        decide("approve", post_comment(article, body=body))
    first = front.get(article.url)
    assert "ETag" in first.headers and "First of two." in first.text
    assert "Second of two." not in first.text and 'rel="next"' in first.text
    second = front.get(article.url, query="comment_page=2")
    assert second.status_code == 200 and "Second of two." in second.text
    assert list(mirror.rglob("*comment_page*")) == []
