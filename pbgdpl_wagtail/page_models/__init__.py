from .base import PbgdplPage
from .documents import DocumentIndexPage
from .portal import PortalHomePage
from .section import SectionPage

__all__ = ["DocumentIndexPage", "PbgdplPage", "PortalHomePage", "SectionPage"]
