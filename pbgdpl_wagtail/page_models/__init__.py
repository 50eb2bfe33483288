from .about import AboutPage
from .base import PbgdplPage
from .bookcase import BookcasePage
from .documents import DocumentIndexPage
from .guidance import GuidanceIndexPage, GuidancePage
from .library import LibraryPage
from .materials import MaterialFile, MaterialIndexPage, MaterialPage
from .news import EventPage, NewsIndexPage, NewsPage
from .portal import PortalHomePage
from .registries import RegistryPage
from .search import SearchPage
from .section import SectionPage
from .statistics import StatisticsPage

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
    "RegistryPage",
    "SearchPage",
    "SectionPage",
    "StatisticsPage",
]
