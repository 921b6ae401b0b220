"""The lead picture among a ninjs item's associations, read without fetching it."""

from dataclasses import dataclass

from .texts import pick, text_of

ALT_ROLES = {"alt", "alttext", "alternativetext"}
CREDIT_ROLES = {"creditline"}


@dataclass
class Picture:
    href: str
    # Where href sits, for error messages: associations[0].renditions[2].href
    field: str
    title: str = ""
    caption: str = ""
    alt: str = ""
    credit: str = ""


def read_picture(associations):
    """Return the lead picture: the association with rel "lead", else the first."""
    pictures = [
        (index, item)
        for index, item in enumerate(associations)
        if item.get("type") == "picture"
    ]
    lead = [entry for entry in pictures if entry[1].get("rel") == "lead"]
    for index, association in lead + pictures:
        picture = _picture_from(index, association)
        if picture:
            return picture
    return None


def _picture_from(index, association):
    rendition = _largest_rendition(association.get("renditions", []))
    if rendition is None:
        return None
    position, href = rendition
    descriptions = association.get("descriptions", [])
    caption = _caption(descriptions)
    credit = (
        association.get("copyrightHolder")
        or _role_value(descriptions, CREDIT_ROLES)
        or association.get("by", "")
    )
    return Picture(
        href=href,
        field=f"associations[{index}].renditions[{position}].href",
        title=text_of(pick(association.get("headlines", []), {"main"})),
        caption=caption,
        alt=_role_value(descriptions, ALT_ROLES) or caption,
        credit=credit,
    )


def _largest_rendition(renditions):
    """Return (position, href) of the biggest image rendition that has an href."""
    candidates = [
        (rendition.get("width", 0) * rendition.get("height", 0), -position, rendition)
        for position, rendition in enumerate(renditions)
        if rendition.get("href")
        and rendition.get("contentType", "image/").startswith("image/")
    ]
    if not candidates:
        return None
    _area, negative_position, rendition = max(candidates, key=lambda c: c[:2])
    return -negative_position, rendition["href"]


def _caption(descriptions):
    caption = _role_value(descriptions, {"caption"})
    if caption:
        return caption
    for description in descriptions:
        if description.get("role", "").lower() not in ALT_ROLES | CREDIT_ROLES:
            return text_of(description)
    return ""


def _role_value(descriptions, roles):
    for description in descriptions:
        if description.get("role", "").lower() in roles:
            return text_of(description)
    return ""
