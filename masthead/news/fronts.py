"""What a front page (an edition home or a section) shows, slot by slot.

The desk arranges the lead and top stories in the admin (`FrontStory`); a slot it
leaves empty takes the newest story not already on the front, so a new edition
never looks empty. A few queries whatever the number of stories or sections: the
newest stories are read once and shared out among the blocks in Python.
"""

from dataclasses import dataclass, field

from .models import ArticlePage, EditionHomePage, FrontStory
from .models.fronts import ARRANGED_SLOTS

SECTION_BLOCK_SIZE = 3
LATEST_SIZE = 8
# Enough of the newest stories to fill every block of a busy edition.
POOL_SIZE = 60


@dataclass
class SectionBlock:
    section: object
    articles: list


@dataclass
class Front:
    lead: ArticlePage | None = None
    top: list = field(default_factory=list)
    latest: list = field(default_factory=list)
    sections: list = field(default_factory=list)

    def __bool__(self):
        return self.lead is not None


def _shown(articles):
    return (
        ArticlePage.objects.live()
        .public()
        .select_related("lead_image", "locale")
        .filter(pk__in=articles)
    )


def arranged_articles(page):
    """Return the live, public stories the desk put on `page`, in its order."""
    order = list(
        FrontStory.objects.filter(page=page)
        .order_by("sort_order", "pk")
        .values_list("article_id", flat=True)
    )
    if not order:
        return []
    shown = _shown(order).filter(locale_id=page.locale_id).in_bulk()
    return [shown[pk] for pk in order if pk in shown]


def newest_articles(page):
    return list(
        ArticlePage.objects.live()
        .public()
        .descendant_of(page)
        .select_related("lead_image", "locale")
        .order_by("-first_published_at", "-pk")[:POOL_SIZE]
    )


def _first_of_each(articles):
    unique = {}
    for article in articles:
        unique.setdefault(article.pk, article)
    return list(unique.values())


def section_blocks(home, articles):
    """Return one block per section of `home` holding some of `articles`."""
    blocks = []
    for section in home.sections():
        inside = [a for a in articles if a.path.startswith(section.path)]
        if inside:
            blocks.append(SectionBlock(section, inside[:SECTION_BLOCK_SIZE]))
    return blocks


def build_front(page):
    """Return the Front of an edition home or a section."""
    newest = newest_articles(page)
    chosen = _first_of_each(arranged_articles(page) + newest)[:ARRANGED_SLOTS]
    if not chosen:
        return Front()
    on_front = {article.pk for article in chosen}
    rest = [article for article in newest if article.pk not in on_front]
    front = Front(chosen[0], chosen[1:], rest[:LATEST_SIZE])
    if isinstance(page, EditionHomePage):
        front.sections = section_blocks(page, rest)
    return front
