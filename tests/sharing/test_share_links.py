"""Each share link is the network's own address with the page in its query."""

from masthead.sharing.links import share_links

TITLE = "Rates & rents / Q2"
URL = "https://news.example/en/world/rates/?a=1&b=2"


def test_share_links_carry_the_title_and_address_each_network_asks_for():
    links = {link.network: link.url for link in share_links(TITLE, URL)}
    url = "https%3A%2F%2Fnews.example%2Fen%2Fworld%2Frates%2F%3Fa%3D1%26b%3D2"
    assert links == {
        "whatsapp": f"https://wa.me/?text=Rates+%26+rents+%2F+Q2+{url}",
        "telegram": f"https://t.me/share/url?url={url}&text=Rates+%26+rents+%2F+Q2",
        "facebook": f"https://www.facebook.com/sharer/sharer.php?u={url}",
        "x": f"https://x.com/intent/post?text=Rates+%26+rents+%2F+Q2&url={url}",
        "line": f"https://social-plugins.line.me/lineit/share?url={url}",
        "email": "mailto:?subject=Rates%20%26%20rents%20/%20Q2"
        "&body=https%3A//news.example/en/world/rates/%3Fa%3D1%26b%3D2",
    }


def test_share_links_keep_our_readers_order():
    networks = [link.network for link in share_links(TITLE, URL)]
    assert networks == ["whatsapp", "telegram", "facebook", "x", "line", "email"]
