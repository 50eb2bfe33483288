"""Build the demo province: reference lists, units, agencies, images, documents and pages.

Idempotent: what exists is found again by its natural key and left as it is, so running the
command twice gives the same site. The admin account's password is (re)set to the one printed.
"""

import datetime
import io
import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.html import strip_tags
from django.utils.text import Truncator
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from demo.legal_fields import add_province_legal_fields
from pbgdpl_wagtail.models import (
    AdministrativeUnit,
    Agency,
    DocumentIndexPage,
    DocumentType,
    LegalDocument,
    LegalDocumentRelation,
    LegalField,
    PortalHomePage,
    SearchPage,
    SectionPage,
)
from pbgdpl_wagtail.snippets.choices import AdministrativeLevel

from . import (
    demo_content,
    demo_library,
    demo_materials,
    demo_news,
    demo_questions,
    demo_registries,
    demo_translations,
)

ADMIN_USERNAME = "admin"
ADMIN_PASSWORD = os.environ.get("PBGDPL_DEMO_ADMIN_PASSWORD", "pbgdpl-demo-2026")
# Staff without superuser rights, to show the workflows: (username, first name, groups). The
# page groups are Wagtail's own; the Q&A groups come from ``pbgdpl_qa_groups``.
QA_ANSWER_GROUP = "Cán bộ trả lời hỏi đáp"
QA_APPROVE_GROUP = "Lãnh đạo phê duyệt hỏi đáp"
STAFF = [
    ("bientap", "Biên tập viên", ["Editors", QA_ANSWER_GROUP]),
    ("lanhdao", "Lãnh đạo Sở", ["Moderators", QA_APPROVE_GROUP]),
]


def make_image(title, colour, size=(1200, 675)):
    """A plain banner made here, so the demo needs no download."""
    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing:
        return existing
    canvas = PILImage.new("RGB", size, colour)
    draw = ImageDraw.Draw(canvas)
    for step in range(0, size[0], 60):
        draw.line([(step, size[1]), (step + size[1] // 2, 0)], fill=(255, 255, 255), width=2)
    draw.rectangle([(40, size[1] - 140), (size[0] - 40, size[1] - 40)], fill=(255, 255, 255))
    draw.text((60, size[1] - 110), title, fill=(0, 0, 0))
    buffer = io.BytesIO()
    canvas.save(buffer, "JPEG", quality=82)
    slug = demo_content.ascii_slug(title)
    return image_model.objects.create(
        title=title, file=ImageFile(buffer, name=f"{slug}.jpg"), description=title
    )


def make_document(title, lines):
    """A one-page PDF (drawn with Pillow) standing for a real attachment."""
    document_model = get_document_model()
    existing = document_model.objects.filter(title=title).first()
    if existing:
        return existing
    page = PILImage.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(page)
    for number, line in enumerate([title, "", *lines]):
        draw.text((100, 120 + number * 40), line, fill=(0, 0, 0))
    buffer = io.BytesIO()
    page.save(buffer, "PDF", resolution=150)
    slug = demo_content.ascii_slug(title)
    upload = SimpleUploadedFile(f"{slug}.pdf", buffer.getvalue(), "application/pdf")
    document = document_model(title=title, file=upload)
    document.file_size = len(buffer.getvalue())
    document.save()
    return document


class Command(BaseCommand):
    help = "Build (or complete) the demo province. Safe to run again."

    def handle(self, *args, **options):
        call_command("pbgdpl_load_reference_data", stdout=self.stdout)
        add_province_legal_fields()
        with transaction.atomic():
            units = self.seed_units()
            self.seed_agencies(units)
            media = self.seed_media()
            media.update(self.seed_legal_documents())
            home = self.seed_pages(media)
            demo_news.seed_news(home, make_image)
            demo_materials.seed(home, make_image, make_document)
            demo_library.seed(home, make_image)
            demo_registries.seed(home)
            demo_questions.seed(home)
            demo_translations.seed(home)
            self.describe_sections(home)
        self.seed_admin()
        self.seed_staff()
        base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        self.stdout.write(self.style.SUCCESS(f"Demo province ready at {base_url}{home.url}"))
        self.stdout.write(
            f"Admin: {base_url}/admin/  user “{ADMIN_USERNAME}”, password “{ADMIN_PASSWORD}”"
        )
        for username, first_name, groups in STAFF:
            self.stdout.write(
                f"{first_name} ({', '.join(groups)}): user “{username}”, "
                f"password “{ADMIN_PASSWORD}”"
            )

    def describe_sections(self, home):
        """Give each section of the menu a search description (Promote tab) from its
        introduction: search engines show it, and the home page's cards read it without
        loading every section as its own page type."""
        for page in home.get_children().live().in_menu().specific():
            if page.search_description:
                continue
            intro = strip_tags(str(getattr(page, "intro", "") or "")).strip()
            if intro:
                page.search_description = Truncator(intro).chars(300)
                page.save_revision().publish()

    def seed_units(self):
        province, _ = AdministrativeUnit.objects.get_or_create(
            code=demo_content.PROVINCE["code"],
            defaults={
                "name": demo_content.PROVINCE["name"],
                "unit_type": "Tỉnh",
                "level": AdministrativeLevel.PROVINCE,
            },
        )
        units = {"province": province}
        for code, unit_type, name in demo_content.COMMUNES:
            units[code], _ = AdministrativeUnit.objects.get_or_create(
                code=code,
                defaults={
                    "name": name,
                    "unit_type": unit_type,
                    "level": AdministrativeLevel.COMMUNE,
                    "parent": province,
                },
            )
        return units

    def seed_agencies(self, units):
        for name, abbreviation, level, unit_key in demo_content.AGENCIES:
            Agency.objects.get_or_create(
                name=name,
                defaults={
                    "abbreviation": abbreviation,
                    "level": level,
                    "administrative_unit": units.get(unit_key),
                },
            )
        justice = Agency.objects.get(name=demo_content.UNIT_NAME)
        if not justice.address:
            justice.address = demo_content.UNIT_ADDRESS
            justice.phone = demo_content.UNIT_PHONE
            justice.email = demo_content.UNIT_EMAIL
            justice.save()

    def seed_media(self):
        media = {
            key: make_image(title, colour) for key, (title, colour) in demo_content.IMAGES.items()
        }
        for key, (title, lines) in demo_content.DOCUMENTS.items():
            media[key] = make_document(title, lines)
        return media

    def seed_legal_documents(self):
        documents = {}
        for (
            number,
            type_code,
            issuer,
            signer_title,
            signer,
            issued,
            effective,
            status,
            scope,
            abstract,
            fields,
        ) in demo_content.LEGAL_DOCUMENTS:
            document = LegalDocument.objects.filter(number=number, issuer__name=issuer).first()
            if document is None:
                document = LegalDocument(
                    number=number,
                    doc_type=DocumentType.objects.get(code=type_code),
                    issuer=Agency.objects.get(name=issuer),
                    signer_title=signer_title,
                    signer_name=signer,
                    issued_date=datetime.date.fromisoformat(issued),
                    effective_date=datetime.date.fromisoformat(effective) if effective else None,
                    status=status,
                    scope=scope,
                    abstract=abstract,
                )
                document.full_clean()
                document.save()
                document.fields.set(LegalField.objects.filter(code__in=fields))
                document.save_revision().publish()
            documents[number] = document
        for source, relation_type, target in demo_content.LEGAL_DOCUMENT_RELATIONS:
            LegalDocumentRelation.objects.get_or_create(
                source=documents[source], relation_type=relation_type, target=documents[target]
            )
        return documents

    def seed_document_listings(self, home):
        for listing in demo_content.document_listings():
            if DocumentIndexPage.objects.child_of(home).filter(slug=listing["slug"]).exists():
                continue
            kind = listing.pop("kind")
            page = DocumentIndexPage(**listing, show_in_menus=True)
            home.add_child(instance=page)
            page.doc_types.set(DocumentType.objects.filter(kind=kind))
            page.save_revision().publish()

    def seed_pages(self, media):
        root = Page.get_first_root_node()
        home = PortalHomePage.objects.filter(depth=2).first()
        if home is None:
            home = PortalHomePage(**demo_content.home_fields(media))
            root.add_child(instance=home)
            home.save_revision().publish()
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            site = Site(hostname="localhost", port=80, is_default_site=True)
        if site.root_page_id != home.pk:
            old_root = site.root_page if site.pk else None
            site.root_page = home
            site.site_name = demo_content.UNIT_NAME
            site.save()
            # The welcome page of a fresh Wagtail install is no longer reachable; drop it.
            if old_root and old_root.pk != home.pk and old_root.specific_class is Page:
                old_root.delete()
        for section in demo_content.sections(media):
            self.ensure_section(home, section)
        self.seed_document_listings(home)
        self.seed_search_page(home)
        return home

    def seed_search_page(self, home):
        if SearchPage.objects.child_of(home).exists():
            return
        page = SearchPage(
            title="Tìm kiếm",
            slug="tim-kiem",
            intro="<p>Tìm văn bản, tin tức, tài liệu, hướng dẫn và sách pháp luật; "
            "gõ không dấu cũng được.</p>",
        )
        home.add_child(instance=page)
        page.save_revision().publish()

    def ensure_section(self, parent, section):
        children = section.pop("children", [])
        page = SectionPage.objects.child_of(parent).filter(slug=section["slug"]).first()
        if page is None:
            body = section.pop("body")
            page = SectionPage(**section, show_in_menus=True)
            page.body = body(page_lookup=self.page_lookup) if callable(body) else body
            parent.add_child(instance=page)
            page.save_revision().publish()
        for child in children:
            self.ensure_section(page, child)
        return page

    @staticmethod
    def page_lookup(slug):
        return Page.objects.filter(slug=slug).first()

    def seed_admin(self):
        user_model = get_user_model()
        user, _ = user_model.objects.get_or_create(
            username=ADMIN_USERNAME,
            defaults={"email": "admin@sotuphap.anthinh.example", "first_name": "Quản trị"},
        )
        user.is_staff = True
        user.is_superuser = True
        user.set_password(ADMIN_PASSWORD)
        user.save()
        from wagtail.users.models import UserProfile

        profile = UserProfile.get_for_user(user)
        if profile.preferred_language != "vi":
            profile.preferred_language = "vi"
            profile.save()

    def seed_staff(self):
        """An editor and a reviewer: pages go through Wagtail's "Moderators approval" workflow,
        answers to citizens' questions through the Q&A groups and their approval workflow."""
        from django.contrib.auth.models import Group
        from wagtail.users.models import UserProfile

        call_command(
            "pbgdpl_qa_groups",
            answer_group=QA_ANSWER_GROUP,
            approve_group=QA_APPROVE_GROUP,
            stdout=io.StringIO(),
        )
        user_model = get_user_model()
        for username, first_name, groups in STAFF:
            user, _ = user_model.objects.get_or_create(
                username=username,
                defaults={
                    "email": f"{username}@sotuphap.anthinh.example",
                    "first_name": first_name,
                },
            )
            user.is_staff = False
            user.is_superuser = False
            user.set_password(ADMIN_PASSWORD)
            user.save()
            user.groups.add(*(Group.objects.get_or_create(name=name)[0] for name in groups))
            profile = UserProfile.get_for_user(user)
            if profile.preferred_language != "vi":
                profile.preferred_language = "vi"
                profile.save()
        # The answers awaiting approval go through the Q&A workflow, sent by the answerer.
        demo_questions.start_approvals(user_model.objects.get(username=STAFF[0][0]))
