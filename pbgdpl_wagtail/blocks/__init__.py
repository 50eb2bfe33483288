"""The package's StreamField block library; import blocks from here in a site's own models."""

from .books import BookcaseShelfBlock
from .contact import ContactCardBlock
from .documents import DocumentLinkBlock, DocumentListBlock
from .guidance import FormsBlock, ProcedureStepsBlock
from .legal_documents import LegalDocumentBlock, LegalDocumentListBlock
from .library import LibraryFeedBlock, SituationBlock, VideoBlock
from .links import AppLinkBlock, AppLinksBlock, LinkCardBlock, LinkCardsBlock, LinkTargetBlock
from .materials import MaterialsFeedBlock
from .media import EmbedBlock, FigureBlock, GalleryBlock
from .news import LatestNewsBlock
from .organisation import OrgUnitBlock
from .questions import AskQuestionBlock, LatestQuestionsBlock
from .registries import RegistryListingBlock, StatisticFigureBlock, StatisticsTableBlock
from .streams import ContentStreamBlock
from .tables import DataTableBlock
from .text import AccordionBlock, CalloutBlock, HeadingBlock, rich_text_block

__all__ = [
    "AccordionBlock",
    "AppLinkBlock",
    "AskQuestionBlock",
    "AppLinksBlock",
    "BookcaseShelfBlock",
    "CalloutBlock",
    "ContactCardBlock",
    "ContentStreamBlock",
    "DataTableBlock",
    "DocumentLinkBlock",
    "DocumentListBlock",
    "EmbedBlock",
    "FigureBlock",
    "FormsBlock",
    "GalleryBlock",
    "HeadingBlock",
    "LatestNewsBlock",
    "LatestQuestionsBlock",
    "LegalDocumentBlock",
    "LegalDocumentListBlock",
    "LibraryFeedBlock",
    "LinkCardBlock",
    "LinkCardsBlock",
    "LinkTargetBlock",
    "OrgUnitBlock",
    "MaterialsFeedBlock",
    "ProcedureStepsBlock",
    "SituationBlock",
    "VideoBlock",
    "RegistryListingBlock",
    "StatisticFigureBlock",
    "StatisticsTableBlock",
    "rich_text_block",
]
