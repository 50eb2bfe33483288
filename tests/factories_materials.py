"""Factories and page builders for materials, guidance and the legal bookcase."""

import datetime
import io

import factory
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from pbgdpl_wagtail.models import (
    Book,
    BookcasePage,
    GuidanceIndexPage,
    GuidancePage,
    MaterialIndexPage,
    MaterialPage,
    MaterialType,
)
from pbgdpl_wagtail.snippets.books import BookType

from .factories import LocaleDefaultMixin


class MaterialTypeFactory(LocaleDefaultMixin):
    code = factory.Sequence(lambda n: f"loai-tai-lieu-{n}")
    name = factory.Sequence(lambda n: f"Loại tài liệu {n}")

    class Meta:
        model = MaterialType


class DocumentFactory(factory.django.DjangoModelFactory):
    """A Wagtail document: a small PDF of a known size."""

    title = factory.Sequence(lambda n: f"Tệp {n}")
    file = factory.LazyFunction(lambda: SimpleUploadedFile("tep.pdf", b"%PDF-1.4\n" * 300))

    class Meta:
        model = get_document_model()


class SmallImageFactory(factory.django.DjangoModelFactory):
    """A small image (covers, thumbnails): quick to make and to cut into renditions."""

    title = factory.Sequence(lambda n: f"Bìa {n}")

    class Meta:
        model = get_image_model()

    @factory.lazy_attribute
    def file(self):
        buffer = io.BytesIO()
        PILImage.new("RGB", (200, 280), (122, 90, 0)).save(buffer, "JPEG")
        return ImageFile(buffer, name="bia.jpg")


class BookFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Hỏi đáp pháp luật tập {n}")
    compiler = "Sở Tư pháp tỉnh An Thịnh"
    release_date = datetime.date(2025, 11, 9)
    validity_note = "Luật Hòa giải ở cơ sở số 35/2013/QH13, còn hiệu lực"
    purpose = "Giúp người dân hiểu quy định về hòa giải ở cơ sở."
    main_content = "Các câu hỏi và trả lời về tổ hòa giải, hòa giải viên."
    book_type = BookType.EXPLANATION
    language = "vi"
    external_url = "https://example.gov.vn/tu-sach/sach"
    live = True

    class Meta:
        model = Book
        skip_postgeneration_save = True

    @factory.post_generation
    def legal_fields(self, create, extracted, **kwargs):
        if extracted:
            self.legal_fields.set(extracted)
            self.save()

    @factory.post_generation
    def legal_documents(self, create, extracted, **kwargs):
        if extracted:
            self.legal_documents.set(extracted)
            self.save()


def _add(parent, page, **m2m):
    parent.add_child(instance=page)
    for name, values in m2m.items():
        getattr(page, name).set(values)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def make_material_index(parent, **kwargs):
    kwargs.setdefault("title", "Tài liệu phổ biến, giáo dục pháp luật")
    kwargs.setdefault("slug", "tai-lieu")
    return _add(parent, MaterialIndexPage(**kwargs))


_material_numbers = iter(range(1, 1_000_000))


def make_material(
    index, material_type=None, legal_fields=(), target_groups=(), introduces=(), **kw
):
    number = next(_material_numbers)
    kw.setdefault("title", f"Tài liệu số {number}")
    kw.setdefault("slug", f"tai-lieu-{number}")
    kw.setdefault("summary", "Tóm tắt tài liệu.")
    kw.setdefault("published_date", datetime.date(2025, 6, 1))
    page = MaterialPage(material_type=material_type or MaterialTypeFactory(), **kw)
    return _add(
        index,
        page,
        legal_fields=list(legal_fields),
        target_groups=list(target_groups),
        introduces=list(introduces),
    )


def make_guidance_index(parent, **kwargs):
    kwargs.setdefault("title", "Hướng dẫn nghiệp vụ")
    kwargs.setdefault("slug", "huong-dan")
    return _add(parent, GuidanceIndexPage(**kwargs))


_guide_numbers = iter(range(1, 1_000_000))


def make_guide(index, legal_documents=(), **kwargs):
    number = next(_guide_numbers)
    kwargs.setdefault("title", f"Hướng dẫn số {number}")
    kwargs.setdefault("slug", f"huong-dan-{number}")
    kwargs.setdefault("summary", "Các bước thực hiện.")
    return _add(index, GuidancePage(**kwargs), legal_documents=list(legal_documents))


def make_bookcase(parent, **kwargs):
    kwargs.setdefault("title", "Tủ sách pháp luật")
    kwargs.setdefault("slug", "tu-sach")
    return _add(parent, BookcasePage(**kwargs))
