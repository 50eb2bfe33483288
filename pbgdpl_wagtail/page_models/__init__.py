from .base import PbgdplPage
from .bookcase import BookcasePage
from .documents import DocumentIndexPage
from .guidance import GuidanceIndexPage, GuidancePage
from .materials import MaterialFile, MaterialIndexPage, MaterialPage
from .portal import PortalHomePage
from .section import SectionPage

__all__ = [
    "BookcasePage",
    "DocumentIndexPage",
    "GuidanceIndexPage",
    "GuidancePage",
    "MaterialFile",
    "MaterialIndexPage",
    "MaterialPage",
    "PbgdplPage",
    "PortalHomePage",
    "SectionPage",
]
