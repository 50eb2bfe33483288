from .about import AboutPage
from .base import PbgdplPage
from .documents import DocumentIndexPage
from .news import EventPage, NewsIndexPage, NewsPage
from .portal import PortalHomePage
from .section import SectionPage

__all__ = [
    "AboutPage",
    "DocumentIndexPage",
    "EventPage",
    "NewsIndexPage",
    "NewsPage",
    "PbgdplPage",
    "PortalHomePage",
    "SectionPage",
]
