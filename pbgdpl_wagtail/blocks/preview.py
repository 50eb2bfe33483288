"""Admin previews of the package's blocks render inside the package's own stylesheet."""

PREVIEW_TEMPLATE = "pbgdpl_wagtail/blocks/preview.html"


def latest_image():
    """A real image for previews that need one; ``None`` on a site with no images yet."""
    from wagtail.images import get_image_model

    image = get_image_model().objects.order_by("-created_at").first()
    if image is not None:
        image.contextual_alt_text = image.default_alt_text
        image.decorative = False
    return image


def latest_document():
    from wagtail.documents import get_document_model

    return get_document_model().objects.order_by("-created_at").first()
