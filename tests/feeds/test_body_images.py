"""Pictures in an article's body reach feed readers at absolute addresses."""


def test_body_picture_is_shown_from_an_absolute_address(
    parse, en_section, make_article, make_image, root
):
    picture = make_image(title="Quay", description="Boats at the quay")
    make_article(
        en_section,
        body=[("image", {"image": picture, "caption": "The quay"})],
    )
    content = parse("/en/rss.xml").entries[0].content[0].value
    assert f'src="{root}/media/' in content
    assert "srcset" not in content
    assert "The quay" in content
