"""Links to the next page of a list, keeping the caller's other parameters."""


def url_with(request, **params):
    """Return the request's absolute URL with some query parameters replaced."""
    query = request.GET.copy()
    for name, value in params.items():
        query[name] = value
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


def next_offset_url(request, next_offset, count):
    return url_with(request, offset=next_offset) if next_offset < count else None
