"""Django finds the package's models here; they live in page_models/ and snippets/."""

from .page_models import DocumentIndexPage, PortalHomePage, SectionPage  # noqa: F401
from .page_models.about import AboutPage, AboutPageStaffMember  # noqa: F401
from .page_models.news import EventPage, NewsIndexPage, NewsPage, NewsPageTag  # noqa: F401
from .snippets import (  # noqa: F401
    AdministrativeUnit,
    Agency,
    DocumentType,
    LegalField,
    TargetGroup,
)
from .snippets.legal_documents import (  # noqa: F401
    LegalDocument,
    LegalDocumentFile,
    LegalDocumentRelation,
)
from .snippets.news import NewsCategory  # noqa: F401
from .snippets.staff import StaffMember  # noqa: F401
