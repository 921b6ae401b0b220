"""A copy of the site works under another origin, over Tor, and without cookies."""

from urllib.parse import urlsplit

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import Client

from masthead.lite.middleware import onion_origin
from masthead.lite.paths import lite_path
from masthead.news.setup import ensure_section

from .conftest import soup_of

pytestmark = pytest.mark.django_db

MIRROR = "mirror.example.net"
ONION = "examplexyzexamplexyzexamplexyzexamplexyzexamplexyzexample.onion"
PAGES = ["article", "en_section", "en_home"]


@pytest.fixture
def mirror_client(settings):
    """A client reaching the site under a host name it was not set up with."""
    settings.ALLOWED_HOSTS = [MIRROR]
    return Client(HTTP_HOST=MIRROR)


def addresses(soup):
    """Yield every address a reader's browser follows or loads from the page."""
    for tag in soup.find_all(href=True):
        rel = tag.get("rel") or []
        if "canonical" in rel or tag.get("hreflang") and tag.name == "link":
            continue  # metadata for search engines, absolute on purpose
        yield tag["href"]
    for tag in soup.find_all(src=True):
        yield tag["src"]
    for tag in soup.find_all(srcset=True):
        yield from (item.split()[0] for item in tag["srcset"].split(","))
    for tag in soup.find_all("form", action=True):
        yield tag["action"]


def own_hosts(page):
    return {MIRROR, "testserver", urlsplit(page.full_url).netloc}


@pytest.mark.parametrize("lite", [False, True], ids=["full", "lite"])
@pytest.mark.parametrize("page_name", PAGES)
def test_pages_reach_their_own_site_by_root_relative_addresses(
    mirror_client, request, page_name, lite
):
    page = request.getfixturevalue(page_name)
    response = mirror_client.get(lite_path(page.url) if lite else page.url)
    assert response.status_code == 200
    found = list(addresses(soup_of(response)))
    assert found
    for address in found:
        parts = urlsplit(address)
        if parts.scheme == "mailto":
            continue  # a share link: the message carries the canonical address
        if parts.netloc:
            assert parts.netloc not in own_hosts(page), address
        else:
            assert address.startswith(("/", "?", "#")), address


@pytest.mark.parametrize("path", ["/en/people/ana-reyes/", "/en/search/?q=harbour"])
def test_other_public_pages_reach_their_site_by_root_relative_addresses(
    mirror_client, article, path
):
    response = mirror_client.get(path)
    assert response.status_code == 200
    for address in addresses(soup_of(response)):
        parts = urlsplit(address)
        assert parts.scheme == "mailto" or parts.netloc not in own_hosts(article)
        assert parts.netloc or address.startswith(("/", "?", "#", "mailto:")), address


def test_article_picture_loads_from_a_root_relative_address(mirror_client, article):
    soup = soup_of(mirror_client.get(article.url))
    assert soup.select_one("figure.lead img")["src"].startswith("/media/")


def test_canonical_and_hreflang_stay_absolute(client, article, ko_home, make_article):
    section = ensure_section(ko_home, "한반도", "korea")
    make_article(section, title="어부들 귀환", translation_of=article)
    soup = soup_of(client.get(article.url))
    assert soup.find("link", rel="canonical")["href"] == article.full_url
    hreflangs = [link["href"] for link in soup.find_all("link", hreflang=True)]
    assert hreflangs and all(href.startswith("http") for href in hreflangs)


@pytest.mark.parametrize("lite", [False, True], ids=["full", "lite"])
@pytest.mark.parametrize("page_name", PAGES)
def test_reading_sets_no_cookie(client, request, page_name, lite):
    page = request.getfixturevalue(page_name)
    response = client.get(lite_path(page.url) if lite else page.url)
    assert response.status_code == 200
    assert "Set-Cookie" not in str(response.cookies), response.cookies


def test_public_page_names_its_onion_copy_when_configured(client, article, settings):
    settings.MASTHEAD_ONION_ADDRESS = ONION
    response = client.get(article.url + "?page=2")
    assert response["Onion-Location"] == f"http://{ONION}{article.url}?page=2"


def test_lite_page_names_its_onion_copy_when_configured(client, article, settings):
    settings.MASTHEAD_ONION_ADDRESS = f"https://{ONION}/"
    response = client.get(lite_path(article.url))
    assert response["Onion-Location"] == f"https://{ONION}{lite_path(article.url)}"


def test_no_onion_location_without_an_onion_address(client, article):
    assert "Onion-Location" not in client.get(article.url)


def test_desk_and_missing_pages_get_no_onion_location(client, article, settings):
    settings.MASTHEAD_ONION_ADDRESS = ONION
    assert "Onion-Location" not in client.get("/moderation/")
    missing = client.get("/en/no-such-page/")
    assert missing.status_code == 404
    assert "Onion-Location" not in missing


@pytest.mark.parametrize("address", ["news.example.org", "http://x.onion/path/", ""])
def test_an_address_that_is_not_an_onion_host_is_refused(address):
    with pytest.raises(ImproperlyConfigured, match="MASTHEAD_ONION_ADDRESS"):
        onion_origin(address)
