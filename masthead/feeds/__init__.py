"""RSS and Atom feeds, sitemaps, Google News sitemaps and robots.txt."""


def urls_showing(article):
    """Return the absolute URLs of every feed and sitemap that shows `article`.

    For exact cache purges: the RSS and Atom feeds of the article's edition and
    section, the sitemap index, every page of its edition's sitemap (one entry
    moves them all when it appears or goes), every page of its edition's Google News
    sitemap (the bare address too, which is an index beyond 1,000 articles), and
    the sitemaps of the editions holding its live translations (their hreflang
    alternates name it). Call it before a change that moves or unpublishes the
    article and again after it, and purge both lists: the addresses depend on
    where the article is and how many articles are live.
    """
    from .purge import urls_showing as _urls_showing

    return _urls_showing(article)
