"""Which URLs show a page: what a change to it must purge.

An article is shown on its own page, on the fronts above it (its section, its
edition's home), on the fronts the desk placed it on, on its translations' pages
("Read in ...", hreflang) and on the pages that list it among their related
stories; its approved comments count on the fronts above it ("Most commented").
A page is cached at the paths of its `get_cached_paths()`, and other apps add the
copies of each URL and the views that also show a page (hooks.py). A section, and a
policy page, is in every page's navigation or footer, so its change purges its
whole edition; an edition home is in every edition's switcher, so its change purges
all. Any other page type purges itself and the fronts above it.
"""

from dataclasses import dataclass, field
from urllib.parse import unquote

from django.db.models import Q
from wagtail.models import Page

from masthead.news.models import (
    ArticlePage,
    EditionHomePage,
    FrontStory,
    RelatedArticle,
)

from .hooks import dependent_paths, with_copies


@dataclass
class Change:
    """The URLs to purge: single `paths` (baked again at once) and whole `trees`."""

    paths: list = field(default_factory=list)
    trees: list = field(default_factory=list)

    def __add__(self, other):
        return Change(self.paths + other.paths, self.trees + other.trees)

    def unique(self):
        return Change(list(dict.fromkeys(self.paths)), list(dict.fromkeys(self.trees)))

    def with_copies(self):
        """Return the change with each URL's copies (hooks.py) added, once each."""
        return Change(with_copies(self.paths), with_copies(self.trees))


def page_path(page):
    """Return a page's URL path ("/ko/세계/철도/"), or None if it has none.

    Decoded, as a request's path is: the store keeps pages under these names.
    """
    parts = page.get_url_parts()
    return unquote(parts[2]) if parts else None


def page_paths(page):
    """Return every URL path a page is cached at: its own and those its type adds
    with Wagtail's `get_cached_paths()` ("/" is the page itself)."""
    own = page_path(page)
    if not own:
        return []
    cached = page.specific_deferred.get_cached_paths()
    return [own + path.lstrip("/") for path in cached]


def _paths(pages):
    return [path for page in pages for path in page_paths(page)]


def _listings(article):
    return article.get_ancestors().filter(depth__gt=1).live().specific()


def _arranging_fronts(article):
    """Return the live fronts the desk placed `article` on, wherever they are."""
    arranged = FrontStory.objects.filter(article_id=article.pk).values("page_id")
    return Page.objects.live().filter(pk__in=arranged)


def article_change(article, translation_keys=()):
    """Return what a change to `article` (published, updated, unpublished) purges."""
    keys = {article.translation_key, *translation_keys}
    translations = ArticlePage.objects.live().filter(translation_key__in=keys)
    related_by = RelatedArticle.objects.filter(article_id=article.pk).values("page_id")
    relating = ArticlePage.objects.live().filter(pk__in=related_by)
    pages = [
        article,
        *_listings(article),
        *_arranging_fronts(article),
        *translations.exclude(pk=article.pk),
        *relating,
    ]
    return Change(_paths(pages) + dependent_paths(article, "article")).with_copies()


def comments_change(article):
    """Return what a change to the approved comments of `article` purges: its page,
    and the fronts above it, whose "Most commented" counts them."""
    pages = [article, *_listings(article)]
    return Change(_paths(pages) + dependent_paths(article, "comments")).with_copies()


def person_change(person):
    """Return what a change to a person (name, title) purges: the articles whose
    byline, credits or JSON-LD name them."""
    named = Q(authors__person=person) | Q(credits__person=person)
    articles = ArticlePage.objects.live().filter(named).distinct()
    return Change(_paths(articles)).with_copies()


def image_change(image):
    """Return what a changed image (file, alt text, credit) purges: the articles
    that lead with it. Pictures inside an article's body are not looked for."""
    articles = ArticlePage.objects.live().filter(lead_image=image)
    return Change(_paths(articles)).with_copies()


def own_change(page):
    """Return what a change to a page of another type purges: its own paths, and
    the fronts above it, which may list it."""
    pages = [page, *_listings(page)]
    return Change(_paths(pages) + dependent_paths(page, "page")).with_copies()


def listing_change(page, kind):
    """Return what a change to a section, policy page or edition home purges: its
    edition (every edition for a home), the page itself and the edition's front."""
    home = EditionHomePage.objects.ancestor_of(page, inclusive=True).first()
    home_path = page_path(home) if home else None
    # An edition home is in every edition's language menu: all of them.
    trees = ["/"] if kind == "home" or not home_path else [home_path]
    paths = _paths([page]) + ([home_path] if home_path else [])
    return Change(paths + dependent_paths(page, kind), trees).with_copies()


def subtree_change(page, kind):
    """Return what a view restriction on a section or edition home (`kind`) purges.

    The listing's own change (its edition, or every edition), the pages of the live
    articles under it, and the pages elsewhere that show one of them (translations,
    related stories) with their editions' sitemaps. In a few queries whatever the
    number of articles: a restriction may cover a whole edition.
    """
    covered = ArticlePage.objects.live().descendant_of(page, inclusive=True)
    related_by = RelatedArticle.objects.filter(article__in=covered).values("page_id")
    keys = covered.values("translation_key")
    showing = (
        ArticlePage.objects.live()
        .filter(Q(translation_key__in=keys) | Q(pk__in=related_by))
        .exclude(path__startswith=page.path)
    )
    homes = EditionHomePage.objects.filter(locale__in=showing.values("locale"))
    paths = _paths(covered) + _paths(showing)
    paths += [path for home in homes for path in dependent_paths(home, "home")]
    return listing_change(page, kind) + Change(paths).with_copies()


def old_url(page, url_path_before):
    """Return the URL `page` had when its Wagtail url_path was `url_path_before`.

    A page's URL is its url_path without the edition home's slug, behind the
    edition's prefix; so the prefix of today's URL serves the old path too.
    """
    current = page_path(page)
    if not current or url_path_before.count("/") < 2:
        return None
    tail_now = page.url_path.split("/", 2)[2]
    prefix = current[: len(current) - len(tail_now)]
    return prefix + url_path_before.split("/", 2)[2]
