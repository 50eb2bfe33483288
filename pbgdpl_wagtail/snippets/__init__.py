from .taxonomy import AdministrativeUnit, Agency, DocumentType, LegalField, TargetGroup

__all__ = ["AdministrativeUnit", "Agency", "DocumentType", "LegalField", "TargetGroup"]
