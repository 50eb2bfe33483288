import datetime

import pytest
from django.core.exceptions import ValidationError

from pbgdpl_wagtail.models import AdministrativeUnit, DocumentType, LegalField
from pbgdpl_wagtail.snippets.choices import AdministrativeLevel

from .factories import (
    AgencyFactory,
    CommuneFactory,
    DocumentTypeFactory,
    LegalFieldFactory,
    ProvinceFactory,
)

pytestmark = pytest.mark.django_db


def test_legal_field_hierarchy_and_label():
    topic = LegalFieldFactory(code="44", name="Xây dựng pháp luật và thi hành pháp luật")
    item = LegalFieldFactory(code="44.8", name="Phổ biến, giáo dục pháp luật", parent=topic)
    assert str(item) == "44.8. Phổ biến, giáo dục pháp luật"
    assert list(topic.children.all()) == [item]


def test_legal_field_cannot_be_its_own_ancestor():
    topic = LegalFieldFactory(code="44")
    item = LegalFieldFactory(code="44.8", parent=topic)
    topic.parent = item
    with pytest.raises(ValidationError) as error:
        topic.full_clean()
    assert "parent" in error.value.message_dict


def test_legal_field_code_is_unique_per_locale():
    LegalFieldFactory(code="37.1")
    duplicate = LegalField(code="37.1", name="Trùng", locale=LegalField.objects.get().locale)
    with pytest.raises(ValidationError):
        duplicate.full_clean()


def test_validity_dates_must_be_in_order():
    doc_type = DocumentTypeFactory.build(
        effective_from=datetime.date(2025, 4, 1), effective_to=datetime.date(2020, 1, 1)
    )
    with pytest.raises(ValidationError) as error:
        doc_type.full_clean()
    assert "effective_to" in error.value.message_dict


def test_in_force_filters_by_date():
    old = DocumentTypeFactory(
        effective_from=datetime.date(2016, 7, 1), effective_to=datetime.date(2025, 3, 31)
    )
    new = DocumentTypeFactory(effective_from=datetime.date(2025, 4, 1))
    assert list(DocumentType.objects.in_force(datetime.date(2024, 1, 1))) == [old]
    assert list(DocumentType.objects.in_force(datetime.date(2026, 1, 1))) == [new]
    assert old.is_in_force(datetime.date(2025, 3, 31))
    assert not old.is_in_force(datetime.date(2025, 4, 1))


def test_commune_needs_a_parent_and_province_none():
    commune = AdministrativeUnit(name="Tân Lập", level=AdministrativeLevel.COMMUNE, code="90001")
    with pytest.raises(ValidationError) as error:
        commune.full_clean()
    assert "parent" in error.value.message_dict
    province = ProvinceFactory()
    commune.parent = province
    commune.full_clean()
    province.parent = CommuneFactory(parent=ProvinceFactory(code="98"))
    with pytest.raises(ValidationError):
        province.full_clean()


def test_district_is_legacy_only():
    province = ProvinceFactory()
    district = AdministrativeUnit(
        name="Huyện Cũ", level=AdministrativeLevel.DISTRICT, code="901", parent=province
    )
    with pytest.raises(ValidationError) as error:
        district.full_clean()
    assert "effective_to" in error.value.message_dict
    district.effective_to = datetime.date(2025, 7, 1)
    with pytest.raises(ValidationError):
        district.full_clean()
    district.effective_to = datetime.date(2025, 6, 30)
    district.full_clean()
    district.save()
    assert "01/07/2025" in str(district)
    # A commune recorded before the reform may still belong to the district.
    CommuneFactory.build(parent=district).full_clean()


def test_agency_cannot_be_its_own_parent():
    agency = AgencyFactory()
    agency.parent = agency
    with pytest.raises(ValidationError):
        agency.full_clean()
