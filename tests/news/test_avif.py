"""AVIF renditions are encoded at the quick speed, and are still AVIF pictures."""

import pytest
from PIL import AvifImagePlugin
from PIL import Image as PILImage

from masthead.news.avif import AVIF_SPEED

pytestmark = pytest.mark.django_db


def test_an_avif_rendition_is_encoded_at_the_quick_speed(make_image, monkeypatch):
    speeds = []
    pillow_save = AvifImagePlugin._save

    def watched_save(image, fp, filename, **options):
        speeds.append(image.encoderinfo.get("speed"))
        return pillow_save(image, fp, filename, **options)

    monkeypatch.setattr(AvifImagePlugin, "_save", watched_save)
    rendition = make_image(size=(1200, 800)).get_rendition("width-800|format-avif")
    assert speeds == [AVIF_SPEED]
    with rendition.file.open("rb") as stored, PILImage.open(stored) as picture:
        assert picture.format == "AVIF" and picture.size == (800, 533)
