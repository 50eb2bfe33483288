"""Every page type and every translatable record of the package, translated with wagtail-localize.

The types are found from the app's models, so a new page type or TranslatableMixin record is
covered as soon as it exists: the tests fail until it declares its ``translatable_fields`` and
has a sample below.
"""

import datetime

import pytest
from django.apps import apps
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.models import (
    DraftStateMixin,
    Locale,
    LockableMixin,
    Page,
    RevisionMixin,
    TranslatableMixin,
)
from wagtail_localize.fields import SynchronizedField, TranslatableField

from pbgdpl_wagtail import models as pbgdpl_models

from .factories import (
    DocumentTypeFactory,
    ImageFactory,
    LegalDocumentFactory,
    LegalFieldFactory,
    TargetGroupFactory,
)
from .factories_library import LegalSituationFactory, VideoFactory, add_caption, cite
from .factories_materials import MaterialTypeFactory
from .factories_news import NewsCategoryFactory

TRANSLATED = "EN: "


def translatable_types():
    found = [
        model
        for model in apps.get_app_config("pbgdpl").get_models()
        if issubclass(model, Page | TranslatableMixin) and not model._meta.abstract
    ]
    return sorted(found, key=lambda model: model.__name__)


TYPES = translatable_types()

# Fields of Wagtail's own machinery, which wagtail-localize handles itself.
_MACHINERY = {
    field.name
    for mixin in (TranslatableMixin, DraftStateMixin, RevisionMixin, LockableMixin)
    for field in mixin._meta.get_fields()
} | {"index_entries", "comments", "wagtail_admin_comments"}
_PAGE_FIELDS = {field.name for field in Page._meta.get_fields()} - {
    "title",
    "slug",
    "seo_title",
    "search_description",
    "show_in_menus",
}


def editable_fields(model):
    """What an editor can change on a record: its fields, many-to-many and child relations."""
    names = set()
    for field in model._meta.get_fields():
        if field.name in _MACHINERY or (issubclass(model, Page) and field.name in _PAGE_FIELDS):
            continue
        if field.auto_created and not field.concrete:
            # A reverse relation: only the child relations (inline panels) belong to the record.
            if isinstance(field.remote_field, ParentalKey):
                names.add(field.get_accessor_name())
            continue
        if not getattr(field, "editable", False) or isinstance(field, models.AutoField):
            continue
        if isinstance(field, models.OneToOneField) and field.remote_field.parent_link:
            continue
        names.add(field.name)
    return names


@pytest.mark.parametrize("model", TYPES, ids=lambda model: model.__name__)
def test_every_field_is_declared_translatable_or_synchronised(model):
    """wagtail-localize would guess for undeclared fields, and skips many-to-many ones."""
    declared = model.__dict__.get("translatable_fields") or model.translatable_fields
    assert declared, f"{model.__name__} declares no translatable_fields"
    names = [field.field_name for field in declared]
    assert len(names) == len(set(names)), "a field is declared twice"
    assert set(names) >= editable_fields(model), "fields missing from translatable_fields"
    for name in names:
        model._meta.get_field(name)  # raises FieldDoesNotExist for a misspelt name
    assert all(isinstance(f, TranslatableField | SynchronizedField) for f in declared)


def test_every_type_has_a_sample():
    assert {model.__name__ for model in TYPES} == set(SAMPLES)


# --- samples: one of each type, every field filled ------------------------------------------

STREAM_TEXT = "Nội dung chính của trang."


def _complete(block, values):
    """A struct value as the admin saves it: empty text is "" (wagtail-localize cannot extract a
    missing one, which only code that leaves keys out produces)."""
    from wagtail import blocks

    full = {}
    for name, child in block.child_blocks.items():
        if name in values:
            full[name] = values[name]
        elif isinstance(child, blocks.CharBlock | blocks.TextBlock | blocks.URLBlock):
            full[name] = ""
        elif isinstance(child, blocks.StructBlock):
            full[name] = _complete(child, {})
        else:
            full[name] = child.get_default()
    return full


def _stream(model, video=None, document=None):
    stream = model._meta.get_field("body").stream_block.child_blocks
    blocks = [("paragraph", f"<p>{STREAM_TEXT}</p>")]
    if video is not None and "video" in stream:
        blocks.append(("video", _complete(stream["video"], {"video": video, "heading": "Video"})))
    if document is not None and "legal_document" in stream:
        values = {"document": document, "articles": "Điều 3"}
        blocks.append(("legal_document", _complete(stream["legal_document"], values)))
    return blocks


def _add(parent, page, m2m=None):
    parent.add_child(instance=page)
    for name, values in (m2m or {}).items():
        getattr(page, name).set(values)
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def _page_kwargs(name):
    return {
        "title": f"Trang {name}",
        "slug": f"trang-{name.lower()}",
        "seo_title": f"Tiêu đề SEO {name}",
        "search_description": f"Mô tả {name}",
    }


def _sample_page(model, portal, context):
    name = model.__name__
    kwargs = _page_kwargs(name)
    m2m = {}
    for field in model._meta.get_fields():
        if field.name in kwargs or field.name in _PAGE_FIELDS or field.name in _MACHINERY:
            continue
        if isinstance(field, models.ForeignKey | models.ManyToManyField):
            continue
        if field.name in ("intro", "summary", "position_and_role", "groups_heading"):
            kwargs[field.name] = f"Giới thiệu {name}"
    overrides = {
        "AboutPage": {"contact_phone": "0200 3 812 345", "contact_hours": "Giờ hành chính"},
        "DocumentIndexPage": {"per_page": 7},
        "DialoguePage": {
            "event_date": datetime.date(2026, 6, 12),
            "location": "Nhà văn hóa xã Đồng Tâm",
            "hosts": "Giám đốc Sở Tư pháp",
            "participants": "Người dân các thôn",
        },
        "QuestionIndexPage": {"ask_intro": "Mọi câu hỏi đều được tiếp nhận.", "per_page": 9},
        "EventPage": {
            "date": datetime.date(2026, 5, 4),
            "start": datetime.datetime(2026, 5, 10, 8, tzinfo=datetime.UTC),
            "place": "Hội trường UBND xã",
            "organiser": "Sở Tư pháp",
            "category": context["category"],
            "featured_image": context["image"],
            "featured_image_alt": "Ảnh hội nghị",
        },
        "NewsPage": {
            "date": datetime.date(2026, 5, 4),
            "category": context["category"],
            "featured_image": context["image"],
            "featured_image_alt": "Ảnh hội nghị",
        },
        "MaterialPage": {
            "published_date": datetime.date(2025, 6, 1),
            "material_type": context["material_type"],
            "image": context["image"],
        },
    }
    if name == "RegistryPage":
        kwargs["registry"] = model._meta.get_field("registry").choices[0][0]
    kwargs.update(overrides.get(name, {}))
    if "body" in {f.name for f in model._meta.get_fields()}:
        kwargs["body"] = _stream(model, context["video"], context["document"])
    if name == "AboutPage":
        unit = model._meta.get_field("structure").stream_block.child_blocks["unit"]
        kwargs["structure"] = [("unit", _complete(unit, {"name": "Phòng Phổ biến"}))]
    if name == "DocumentIndexPage":
        m2m = {"doc_types": [context["document"].doc_type]}
    if name == "GuidancePage":
        m2m = {"legal_documents": [context["document"]], "legal_fields": [context["field"]]}
    if name == "MaterialPage":
        m2m = {"legal_fields": [context["field"]], "target_groups": [context["group"]]}
    if name == "PortalHomePage":
        return portal
    return _add(portal, model(**kwargs), m2m)


def _sample_video(context):
    video = VideoFactory(transcript="Lời thoại của video.", producer="Đài Phát thanh tỉnh")
    video.legal_fields.set([context["field"]])
    video.save()
    add_caption(video, "vi")
    return video


def _sample_situation(context):
    situation = LegalSituationFactory(video=context["video"])
    situation.legal_fields.set([context["field"]])
    situation.save()
    cite(situation, context["document"])
    return situation


SNIPPETS = {
    "LegalField": lambda c: LegalFieldFactory(
        name="Đất đai", code="44.8", parent=c["field"], description="Đề mục đất đai"
    ),
    "TargetGroup": lambda c: TargetGroupFactory(name="Nông dân", description="Bà con nông dân"),
    "DocumentType": lambda c: DocumentTypeFactory(
        name="Chỉ thị", abbreviation="CT", legal_basis="Luật 64/2025/QH15"
    ),
    "MaterialType": lambda c: MaterialTypeFactory(name="Tờ gấp pháp luật"),
    "CaseCategory": lambda c: pbgdpl_models.CaseCategory.objects.create(
        code="dat-dai", name="Tranh chấp đất đai", locale=Locale.get_default()
    ),
    "NewsCategory": lambda c: c["category"],
    "Video": lambda c: c["video"],
    "LegalSituation": _sample_situation,
}
SAMPLES = {model.__name__ for model in TYPES if issubclass(model, Page)} | set(SNIPPETS)


@pytest.fixture
def context(portal):
    parent_field = LegalFieldFactory(name="Dân sự", code="44", description="Chủ đề dân sự")
    values = {
        "field": parent_field,
        "group": TargetGroupFactory(name="Thanh niên"),
        "category": NewsCategoryFactory(name="Hoạt động cấp tỉnh", slug="cap-tinh"),
        "material_type": MaterialTypeFactory(name="Đề cương giới thiệu luật"),
        "document": LegalDocumentFactory(),
        "image": ImageFactory(),
    }
    values["video"] = _sample_video(values)
    return values


def make_sample(model, portal, context):
    if issubclass(model, Page):
        return _sample_page(model, portal, context)
    return SNIPPETS[model.__name__](context)


# --- translating ------------------------------------------------------------------------------


def translate(instance, locale, on_commit, user=None):
    """What the admin's "Translate" action does, with every string already given an English
    text. wagtail-localize publishes pages when the transaction commits: ``on_commit`` is
    pytest-django's ``django_capture_on_commit_callbacks``, which runs them as a commit would."""
    from wagtail_localize.models import StringTranslation, TranslationSource
    from wagtail_localize.operations import translate_object

    if isinstance(instance, Page) and not instance.get_parent().is_root():
        # An editor translates the portal before the pages under it.
        portal = instance.get_ancestors().type(pbgdpl_models.PortalHomePage).first()
        if portal is not None and portal.get_translation_or_none(locale) is None:
            translate(portal.specific, locale, on_commit, user)
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    for segment in source.stringsegment_set.select_related("string", "context"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": _translated(segment)},
        )
    with on_commit(execute=True):
        translate_object(instance, [locale], user=user)


def _translated(segment):
    if segment.context.path == "slug":
        return "en-" + segment.string.data
    return TRANSLATED + segment.string.data


def _value(instance, name):
    value = getattr(instance, name)
    if hasattr(value, "all"):
        return sorted(str(item.pk) for item in value.all())
    if isinstance(value, models.Model):
        return value.pk
    if hasattr(value, "raw_data"):
        return value.raw_data
    if hasattr(value, "name") and not isinstance(value, str):
        return value.name  # files
    return value


def _child_values(instance, name):
    """A child relation's rows without their own keys and parent, to compare copies."""
    rows = []
    for row in getattr(instance, name).all():
        values = {
            f.attname: getattr(row, f.attname)
            for f in row._meta.concrete_fields
            if not f.primary_key
            and not isinstance(f, ParentalKey)
            and f.name not in ("translation_key", "locale")
        }
        values.pop("content_object_id", None)
        rows.append(values)
    return rows


@pytest.mark.django_db
@pytest.mark.parametrize("model", TYPES, ids=lambda model: model.__name__)
def test_translating_with_wagtail_localize(
    model, portal, context, admin_client, client, django_capture_on_commit_callbacks
):
    english = Locale.objects.create(language_code="en")
    sample = make_sample(model, portal, context)
    translate(sample, english, django_capture_on_commit_callbacks)
    translated = sample.get_translation(english)

    assert translated.pk != sample.pk
    assert translated.locale == english
    assert translated.translation_key == sample.translation_key
    for field in model.translatable_fields:
        name = field.field_name
        model_field = model._meta.get_field(name)
        if isinstance(field, SynchronizedField):
            if model_field.many_to_many:
                assert _value(translated, name) == _value(sample, name), name
            elif model_field.one_to_many:
                assert _child_values(translated, name) == _child_values(sample, name), name
            else:
                assert _value(translated, name) == _value(sample, name), name
        elif isinstance(model_field, models.ForeignKey):
            related = getattr(sample, name)
            if related is not None:
                # A chosen record in translated content is the record's own translation.
                assert getattr(translated, name).locale == english, name
                assert getattr(translated, name).translation_key == related.translation_key
        elif isinstance(model_field, models.CharField | models.TextField) or hasattr(
            model_field, "stream_block"
        ):
            source_text = str(_value(sample, name) or "")
            if source_text and name != "slug":
                assert TRANSLATED in str(_value(translated, name)), name

    if issubclass(model, Page):
        translated = translated.specific
        response = client.get(translated.url)
        assert response.status_code == 200, translated.url
        assert translated.url.startswith("/en/")
        assert f"{TRANSLATED}{sample.title}" in response.content.decode()
        # The admin opens the translation in wagtail-localize's editor, choosers included.
        edit = admin_client.get(f"/admin/pages/{translated.pk}/edit/")
        assert edit.status_code == 200
    else:
        from django.contrib.auth import get_user_model
        from wagtail.admin.admin_url_finder import AdminURLFinder

        editor = get_user_model().objects.get(username="editor")
        url = AdminURLFinder(editor).get_edit_url(translated)
        if url:
            assert admin_client.get(url).status_code == 200


@pytest.mark.django_db
def test_chooser_blocks_point_to_the_translated_record(
    portal, context, client, django_capture_on_commit_callbacks
):
    """A translated page's video block shows the translated video; a legal document, which is
    not translated, stays the same record."""
    english = Locale.objects.create(language_code="en")
    section = _sample_page(pbgdpl_models.SectionPage, portal, context)
    translate(context["video"], english, django_capture_on_commit_callbacks)
    translate(section, english, django_capture_on_commit_callbacks)
    translated = section.get_translation(english).specific
    blocks = {block.block_type: block.value for block in translated.body}
    assert blocks["video"]["video"].locale == english
    assert blocks["video"]["video"].translation_key == context["video"].translation_key
    assert blocks["legal_document"]["document"] == context["document"]
    page = client.get(translated.url).content.decode()
    assert f"{TRANSLATED}{context['video'].title}" in page
