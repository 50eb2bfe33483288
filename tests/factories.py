"""factory_boy factories for the package's records and pages."""

import datetime
import io

import factory
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Locale

from pbgdpl_wagtail.models import (
    AdministrativeUnit,
    Agency,
    DocumentIndexPage,
    DocumentType,
    LegalDocument,
    LegalField,
    SectionPage,
    TargetGroup,
)
from pbgdpl_wagtail.snippets.choices import AdministrativeLevel, DocumentKind, Level


class LocaleDefaultMixin(factory.django.DjangoModelFactory):
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        abstract = True


class LegalFieldFactory(LocaleDefaultMixin):
    code = factory.Sequence(lambda n: str(100 + n))
    name = factory.Sequence(lambda n: f"Lĩnh vực {n}")

    class Meta:
        model = LegalField


class TargetGroupFactory(LocaleDefaultMixin):
    code = factory.Sequence(lambda n: f"doi-tuong-{n}")
    name = factory.Sequence(lambda n: f"Đối tượng {n}")

    class Meta:
        model = TargetGroup


class DocumentTypeFactory(LocaleDefaultMixin):
    code = factory.Sequence(lambda n: f"loai-{n}")
    name = factory.Sequence(lambda n: f"Loại văn bản {n}")
    kind = DocumentKind.ADMINISTRATIVE

    class Meta:
        model = DocumentType


class ProvinceFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Tỉnh {n}")
    unit_type = "Tỉnh"
    level = AdministrativeLevel.PROVINCE
    code = factory.Sequence(lambda n: f"{n % 100:02d}")

    class Meta:
        model = AdministrativeUnit
        django_get_or_create = ("code",)


class CommuneFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Xã {n}")
    unit_type = "Xã"
    level = AdministrativeLevel.COMMUNE
    code = factory.Sequence(lambda n: f"{10000 + n}")
    parent = factory.SubFactory(ProvinceFactory)

    class Meta:
        model = AdministrativeUnit


class AgencyFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Cơ quan {n}")
    level = Level.PROVINCE

    class Meta:
        model = Agency


class ImageFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Ảnh {n}")

    class Meta:
        model = get_image_model()

    @factory.lazy_attribute
    def file(self):
        buffer = io.BytesIO()
        PILImage.new("RGB", (800, 600), (11, 74, 132)).save(buffer, "JPEG")
        return ImageFile(buffer, name="anh.jpg")


def make_section(parent, **kwargs):
    kwargs.setdefault("title", "Chuyên mục")
    kwargs.setdefault("slug", "chuyen-muc")
    page = SectionPage(**kwargs)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


class LegalDocumentFactory(factory.django.DjangoModelFactory):
    number = factory.Sequence(lambda n: f"{n + 1}/2025/QĐ-UBND")
    doc_type = factory.SubFactory(DocumentTypeFactory, name="Quyết định", abbreviation="QĐ")
    issuer = factory.SubFactory(AgencyFactory, name="Ủy ban nhân dân tỉnh An Thịnh")
    issued_date = datetime.date(2025, 3, 1)
    effective_date = datetime.date(2025, 3, 15)
    abstract = factory.Sequence(lambda n: f"Về việc ban hành kế hoạch số {n}")
    live = True

    class Meta:
        model = LegalDocument


def make_document_index(parent, **kwargs):
    kwargs.setdefault("title", "Văn bản chỉ đạo, điều hành")
    kwargs.setdefault("slug", "van-ban")
    doc_types = kwargs.pop("doc_types", [])
    page = DocumentIndexPage(**kwargs)
    parent.add_child(instance=page)
    page.doc_types.set(doc_types)
    page.save_revision().publish()
    return page
