from .about import AboutPage
from .base import PbgdplPage
from .bookcase import BookcasePage
from .documents import DocumentIndexPage
from .guidance import GuidanceIndexPage, GuidancePage
from .materials import MaterialFile, MaterialIndexPage, MaterialPage
from .news import EventPage, NewsIndexPage, NewsPage
from .portal import PortalHomePage
from .search import SearchPage
from .section import SectionPage

__all__ = [
    "AboutPage",
    "BookcasePage",
    "DocumentIndexPage",
    "EventPage",
    "GuidanceIndexPage",
    "GuidancePage",
    "MaterialFile",
    "MaterialIndexPage",
    "MaterialPage",
    "NewsIndexPage",
    "NewsPage",
    "PbgdplPage",
    "PortalHomePage",
    "SearchPage",
    "SectionPage",
]
