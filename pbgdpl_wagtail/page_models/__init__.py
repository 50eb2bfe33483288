from .base import PbgdplPage
from .portal import PortalHomePage
from .section import SectionPage

__all__ = ["PbgdplPage", "PortalHomePage", "SectionPage"]
