"""The block stream that the package's pages use, and that a site can use in its own pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .contact import ContactCardBlock
from .documents import DocumentListBlock
from .legal_documents import LegalDocumentBlock
from .links import AppLinksBlock, LinkCardsBlock
from .media import EmbedBlock, FigureBlock, GalleryBlock
from .news import LatestNewsBlock
from .tables import DataTableBlock
from .text import AccordionBlock, CalloutBlock, HeadingBlock, rich_text_block


class ContentStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = rich_text_block()
    image = FigureBlock()
    gallery = GalleryBlock()
    callout = CalloutBlock()
    accordion = AccordionBlock()
    table = DataTableBlock()
    embed = EmbedBlock()
    documents = DocumentListBlock()
    legal_document = LegalDocumentBlock()
    link_cards = LinkCardsBlock()
    app_links = AppLinksBlock()
    contact = ContactCardBlock()
    latest_news = LatestNewsBlock()

    class Meta:
        label = _("Content")
