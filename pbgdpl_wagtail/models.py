"""Django finds the package's models here; they live in page_models/ and snippets/."""

from .content_cache import ContentVersion  # noqa: F401
from .exchange.state import ExchangePushState  # noqa: F401
from .page_models import (  # noqa: F401
    BookcasePage,
    DocumentIndexPage,
    GuidanceIndexPage,
    GuidancePage,
    MaterialFile,
    MaterialIndexPage,
    MaterialPage,
    PortalHomePage,
    RegistryPage,
    SearchPage,
    SectionPage,
    StatisticsPage,
)
from .page_models.about import AboutPage, AboutPageStaffMember  # noqa: F401
from .page_models.dialogue import DialogueExchange, DialoguePage  # noqa: F401
from .page_models.library import LibraryPage  # noqa: F401
from .page_models.news import EventPage, NewsIndexPage, NewsPage, NewsPageTag  # noqa: F401
from .page_models.questions import QuestionIndexPage  # noqa: F401
from .snippets import (  # noqa: F401
    AdministrativeUnit,
    Agency,
    DocumentType,
    LegalField,
    TargetGroup,
)
from .snippets.books import Book  # noqa: F401
from .snippets.legal_documents import (  # noqa: F401
    LegalDocument,
    LegalDocumentFile,
    LegalDocumentRelation,
)
from .snippets.materials import MaterialType  # noqa: F401
from .snippets.news import NewsCategory  # noqa: F401
from .snippets.questions import (  # noqa: F401
    Question,
    QuestionAttachment,
    QuestionCitation,
    QuestionCodeCounter,
)
from .snippets.registries import (  # noqa: F401
    AccessAssessment,
    AccessCriteriaSet,
    AccessCriterion,
    AccessIndicator,
    AccessScore,
    CaseCategory,
    Council,
    CouncilDocument,
    CouncilMember,
    Decision,
    DisseminationProgramme,
    EffectivenessAssessment,
    EffectivenessCriteriaSet,
    EffectivenessCriterion,
    EffectivenessRank,
    EffectivenessScore,
    LegalPropagandist,
    LegalReporter,
    MediationCase,
    MediationParty,
    MediationTeam,
    Mediator,
    PropagandistTraining,
)
from .snippets.situations import LegalSituation, LegalSituationCitation  # noqa: F401
from .snippets.staff import StaffMember  # noqa: F401
from .snippets.videos import Video, VideoCaption  # noqa: F401
