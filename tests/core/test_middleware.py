import pytest

pytestmark = pytest.mark.django_db


def test_unknown_comment_path_is_a_plain_404(client, en_home):
    response = client.post("/comments/post/999999/", {"body": "kept"})
    assert response.status_code == 404


def test_unprefixed_page_path_still_redirects_into_an_edition(client, en_home):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


@pytest.fixture
def behind_a_proxy(settings, en_home):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_SSL_REDIRECT = True
    settings.MASTHEAD_TRUSTED_PROXIES = ["127.0.0.1"]


def test_forwarded_https_from_a_stranger_is_not_believed(client, behind_a_proxy):
    response = client.get(
        "/admin/login/",
        REMOTE_ADDR="203.0.113.7",
        headers={"X-Forwarded-Proto": "https"},
    )
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/admin/login/"


def test_forwarded_https_from_a_trusted_proxy_is_believed(client, behind_a_proxy):
    response = client.get(
        "/admin/login/", REMOTE_ADDR="127.0.0.1", headers={"X-Forwarded-Proto": "https"}
    )
    assert response.status_code == 200


def test_path_registered_as_unprefixed_keeps_its_404(client, en_home):
    from wagtail import hooks

    from masthead.core.paths import UnprefixedPath

    with hooks.register_temporarily(
        "masthead_unprefixed_paths", lambda: [UnprefixedPath("/extra/")]
    ):
        response = client.post("/extra/nothing/", {"body": "kept"})
    assert response.status_code == 404


def test_core_lists_no_path_of_another_app():
    from masthead.core.middleware import EditionLocaleMiddleware

    assert not hasattr(EditionLocaleMiddleware, "unprefixed_paths")
