"""The component databases (CSDL thành phần) of 5015 §1.2b, one module per registry."""

from .access_standard import (
    AccessAssessment,
    AccessCriteriaSet,
    AccessCriterion,
    AccessIndicator,
    AccessScore,
)
from .council import Council, CouncilDocument, CouncilMember
from .decisions import Decision
from .effectiveness import (
    EffectivenessAssessment,
    EffectivenessCriteriaSet,
    EffectivenessCriterion,
    EffectivenessRank,
    EffectivenessScore,
)
from .mediation import CaseCategory, MediationCase, MediationParty, MediationTeam, Mediator
from .programmes import DisseminationProgramme
from .reporters import LegalPropagandist, LegalReporter, PropagandistTraining

__all__ = [
    "AccessAssessment",
    "AccessCriteriaSet",
    "AccessCriterion",
    "AccessIndicator",
    "AccessScore",
    "CaseCategory",
    "Council",
    "CouncilDocument",
    "CouncilMember",
    "Decision",
    "DisseminationProgramme",
    "EffectivenessAssessment",
    "EffectivenessCriteriaSet",
    "EffectivenessCriterion",
    "EffectivenessRank",
    "EffectivenessScore",
    "LegalPropagandist",
    "LegalReporter",
    "MediationCase",
    "MediationParty",
    "MediationTeam",
    "Mediator",
    "PropagandistTraining",
]
