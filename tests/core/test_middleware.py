import pytest

pytestmark = pytest.mark.django_db


def test_unknown_comment_path_is_a_plain_404(client, en_home):
    response = client.post("/comments/post/999999/", {"body": "kept"})
    assert response.status_code == 404


def test_unprefixed_page_path_still_redirects_into_an_edition(client, en_home):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"
