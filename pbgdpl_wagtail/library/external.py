"""External videos (YouTube and the like) through Wagtail's oEmbed machinery.

Wagtail's embed finders resolve the address and cache the answer in its ``Embed`` table. The
provider's thumbnail is copied once into a Wagtail image, so that the page shows a poster from the
site itself and the reader's browser asks nothing of the provider before the reader clicks play.
"""

import urllib.request
from io import BytesIO

from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.utils.translation import gettext as _
from PIL import Image as PILImage
from wagtail.embeds.embeds import get_embed
from wagtail.embeds.exceptions import EmbedException, EmbedUnsupportedProviderException
from wagtail.images import get_image_model

THUMBNAIL_MAX_BYTES = 5 * 1024 * 1024
TIMEOUT_SECONDS = 10


def resolve(url):
    """Wagtail's ``Embed`` for ``url``; ``ValidationError`` when no provider knows it."""
    try:
        embed = get_embed(url)
    except EmbedUnsupportedProviderException:
        raise ValidationError(
            _("No video provider this site knows (such as YouTube) recognises this address."),
            code="embed_unsupported",
        ) from None
    except EmbedException:
        raise ValidationError(
            _("The video provider did not answer for this address; check it and try again."),
            code="embed_failed",
        ) from None
    if embed.type not in ("video", "rich"):
        raise ValidationError(
            _("This address is not a video: the provider describes it as “%(type)s”.")
            % {"type": embed.type},
            code="embed_not_video",
        )
    return embed


def fetch_thumbnail(embed, title):
    """A new Wagtail image made from the provider's thumbnail, or None if there is none."""
    if not embed.thumbnail_url or not embed.thumbnail_url.startswith(("http://", "https://")):
        return None
    request = urllib.request.Request(  # noqa: S310 - scheme checked above
        embed.thumbnail_url, headers={"User-Agent": "pbgdpl-wagtail"}
    )
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310
            data = response.read(THUMBNAIL_MAX_BYTES + 1)
    except (OSError, ValueError):
        return None
    if len(data) > THUMBNAIL_MAX_BYTES:
        return None
    try:
        with PILImage.open(BytesIO(data)) as picture:
            picture.verify()
            extension = (picture.format or "jpeg").lower()
    except Exception:  # noqa: BLE001 - Pillow raises many kinds of error on bad data
        return None
    return save_image(data, f"poster.{extension}", title)


def save_image(data, filename, title):
    image = get_image_model()(title=title[:255])
    image.file = ImageFile(BytesIO(data), name=filename)
    image.save()
    return image
