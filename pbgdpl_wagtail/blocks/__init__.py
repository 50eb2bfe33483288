"""The package's StreamField block library; import blocks from here in a site's own models."""

from .contact import ContactCardBlock
from .documents import DocumentLinkBlock, DocumentListBlock
from .legal_documents import LegalDocumentBlock
from .links import AppLinkBlock, AppLinksBlock, LinkCardBlock, LinkCardsBlock, LinkTargetBlock
from .media import EmbedBlock, FigureBlock, GalleryBlock
from .news import LatestNewsBlock
from .organisation import OrgUnitBlock
from .streams import ContentStreamBlock
from .tables import DataTableBlock
from .text import AccordionBlock, CalloutBlock, HeadingBlock, rich_text_block

__all__ = [
    "AccordionBlock",
    "AppLinkBlock",
    "AppLinksBlock",
    "CalloutBlock",
    "ContactCardBlock",
    "ContentStreamBlock",
    "DataTableBlock",
    "DocumentLinkBlock",
    "DocumentListBlock",
    "EmbedBlock",
    "FigureBlock",
    "GalleryBlock",
    "HeadingBlock",
    "LatestNewsBlock",
    "LegalDocumentBlock",
    "LinkCardBlock",
    "LinkCardsBlock",
    "LinkTargetBlock",
    "OrgUnitBlock",
    "rich_text_block",
]
