"""Images of listed items with their renditions, in one query more however many items."""


def with_image_renditions(queryset, *paths):
    """``queryset`` with the images at ``paths`` (foreign keys, also across relations:
    ``"staff_member__photo"``) joined in, and every rendition of them read in one more query,
    where Wagtail's ``get_rendition`` finds them."""
    return queryset.select_related(*paths).prefetch_related(
        *(f"{path}__renditions" for path in paths)
    )
