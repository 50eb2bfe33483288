from .about import AboutPage
from .base import PbgdplPage
from .bookcase import BookcasePage
from .documents import DocumentIndexPage
from .guidance import GuidanceIndexPage, GuidancePage
from .library import LibraryPage
from .materials import MaterialFile, MaterialIndexPage, MaterialPage
from .news import EventPage, NewsIndexPage, NewsPage
from .portal import PortalHomePage
from .section import SectionPage

__all__ = [
    "AboutPage",
    "BookcasePage",
    "DocumentIndexPage",
    "EventPage",
    "GuidanceIndexPage",
    "GuidancePage",
    "LibraryPage",
    "MaterialFile",
    "MaterialIndexPage",
    "MaterialPage",
    "NewsIndexPage",
    "NewsPage",
    "PbgdplPage",
    "PortalHomePage",
    "SectionPage",
]
