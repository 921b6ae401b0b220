"""Find an article by page id, by URL path (/en/world/slug/) or by its full URL."""

from urllib.parse import unquote, urlsplit

from masthead.news.models import ArticlePage


def find_article(reference):
    """Return the ArticlePage a reference names, or None.

    A full URL must match the page's full URL, host included, so that another site's
    link with the same path never names one of ours.
    """
    reference = str(reference).strip()
    if reference.isdigit():
        return ArticlePage.objects.filter(pk=int(reference)).first()
    parts = urlsplit(reference)
    path = unquote(parts.path)
    slugs = [segment for segment in path.split("/") if segment]
    if not slugs:
        return None
    for article in ArticlePage.objects.filter(slug=slugs[-1]):
        if _address(article, full=bool(parts.scheme)) == _normal(reference):
            return article
    return None


def _address(article, full):
    url_parts = article.get_url_parts()
    if url_parts is None:
        return None
    _site_id, root_url, page_path = url_parts
    return _normal(root_url + page_path if full else page_path)


def _normal(url):
    """Return a URL or path unquoted, with its query dropped and a trailing slash."""
    parts = urlsplit(url)
    path = unquote(parts.path).rstrip("/") + "/"
    origin = f"{parts.scheme}://{parts.netloc}" if parts.scheme else ""
    return origin + path
