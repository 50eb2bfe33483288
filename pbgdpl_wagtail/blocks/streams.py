"""The block stream that the package's pages use, and that a site can use in its own pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .books import BookcaseShelfBlock
from .contact import ContactCardBlock
from .documents import DocumentListBlock
from .guidance import FormsBlock, ProcedureStepsBlock
from .legal_documents import LegalDocumentBlock, LegalDocumentListBlock
from .library import LibraryFeedBlock, SituationBlock, VideoBlock
from .links import AppLinksBlock, LinkCardsBlock
from .materials import MaterialsFeedBlock
from .media import EmbedBlock, FigureBlock, GalleryBlock
from .news import LatestNewsBlock
from .questions import AskQuestionBlock, LatestQuestionsBlock
from .registries import RegistryListingBlock, StatisticFigureBlock
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
    legal_document_list = LegalDocumentListBlock()
    materials_feed = MaterialsFeedBlock()
    procedure_steps = ProcedureStepsBlock()
    forms = FormsBlock()
    bookcase_shelf = BookcaseShelfBlock()
    video = VideoBlock()
    legal_situation = SituationBlock()
    library_feed = LibraryFeedBlock()
    registry_listing = RegistryListingBlock()
    statistic_figure = StatisticFigureBlock()
    latest_questions = LatestQuestionsBlock()
    ask_question = AskQuestionBlock()

    class Meta:
        label = _("Content")
