"""How the demo desk arranges each edition's front: the lead, then top stories.

Each edition leads with a story that has a picture; stories not named here still
appear, in the blocks that fill themselves with the newest stories.
"""

from masthead.news.models import FrontStory

# edition: story keys in the desk's order, the first one leading the front.
FRONTS = {
    "en": ("en-flood", "en-rail", "en-court"),
    "ko": ("ko-flood", "ko-rail", "ko-delta"),
    "ug": ("ug-karez", "ug-books"),
    "zh-hans": ("zh-hans-library", "zh-hans-night-class"),
    "zh-hant": ("zh-hant-ferry",),
    "bo": ("bo-library",),
    "my": ("my-seed-bank",),
    "km": ("km-boat-library",),
    "lo": ("lo-weavers",),
    "vi": ("vi-mangrove",),
}


def arrange_fronts(homes, published):
    """Place each edition's chosen stories on its home, as an editor would: in a
    published revision, so the admin opens the front as the readers see it."""
    for code, keys in FRONTS.items():
        home = homes[code]
        home.front_stories = [FrontStory(article=published[key]) for key in keys]
        home.save_revision().publish()
