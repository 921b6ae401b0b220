"""Turn a demo `Story` into a published ArticlePage with realistic times."""

from datetime import timedelta

from django.utils.html import escape
from wagtail.rich_text import RichText

from masthead.news.models import (
    ArticleAuthor,
    ArticleCredit,
    ArticlePage,
    RelatedArticle,
)


def publish_story(story, section, people, images, published, now):
    """Publish `story` under `section`, backdated to `story.hours_ago` before `now`.

    `published` holds the stories already published, by key, for related links and
    the original of a translation.
    """
    article = ArticlePage(
        title=story.title,
        slug=story.slug,
        locale=section.locale,
        standfirst=story.standfirst,
        dateline=story.dateline,
        lead_image=images[story.image],
        lead_caption=story.caption,
        lead_credit=story.credit,
        body=list(stream_blocks(story.body, images)),
        translation_of=published[story.translation_of]
        if story.translation_of
        else None,
        updated_at=_ago(now, story.updated_hours_ago),
    )
    _add_people(article, story, people)
    for key in story.related:
        article.related_links.add(RelatedArticle(article=published[key]))
    article.tags.add(*story.tags)
    section.add_child(instance=article)
    article.save_revision().publish()
    _backdate(article, _ago(now, story.hours_ago), article.updated_at)
    return article


def stream_blocks(body, images):
    """Return the story's simple blocks as the article body's StreamField items."""
    for kind, *values in body:
        if kind == "paragraph":
            yield "paragraph", RichText(f"<p>{escape(values[0])}</p>")
        elif kind == "subheading":
            yield "subheading", values[0]
        elif kind == "quote":
            yield "quote", {"text": values[0], "attribution": values[1]}
        elif kind == "image":
            image, caption, credit = values
            yield (
                "image",
                {"image": images[image], "caption": caption, "credit": credit},
            )
        else:
            raise ValueError(f"unknown demo block {kind!r}")


def _add_people(article, story, people):
    for key in story.authors:
        article.authors.add(ArticleAuthor(person=people[key]))
    for role, key, desk in story.credits:
        article.credits.add(ArticleCredit(role=role, person=people[key], desk=desk))


def _ago(now, hours):
    return None if hours is None else now - timedelta(hours=hours)


def _backdate(article, published_at, updated_at):
    # Publishing stamps "now"; a front page of stories all published this second
    # would not look like a newsroom's day.
    last = updated_at or published_at
    ArticlePage.objects.filter(pk=article.pk).update(
        first_published_at=published_at,
        last_published_at=last,
        latest_revision_created_at=last,
    )
    article.refresh_from_db()
