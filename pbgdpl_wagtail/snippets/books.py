"""Tủ sách pháp luật: the books and materials of the legal bookcase (QĐ 14/2019/QĐ-TTg).

Each entry carries the information Điều 8 khoản 2 điểm c requires — tên sách, tài liệu; cơ quan,
tổ chức, cá nhân chủ trì biên soạn; thời gian phát hành; hiệu lực văn bản; giới thiệu mục đích,
nội dung chính — and is published only once approved (Điều 8 khoản 4: "duyệt, đăng tải"), which
is Wagtail's draft, revision and moderation workflow.

"Hiệu lực văn bản" is a mandatory text, in the editor's words, because a book may rest on texts
the site does not register and some books (type đ) rest on none. The documents the book presents
can also be linked: their validity is then shown live, and a book whose document goes out of
force gets a warning and appears in the outdated-citations report.
"""

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from ..fields import IndexedParentalManyToManyField
from ..renditions import with_image_renditions
from ..search.indexing import FoldedIndexed
from .choices import content_language_choices


class BookType(models.TextChoices):
    """The kinds of books and materials of the bookcase (QĐ 14/2019/QĐ-TTg, Điều 6 khoản 4)."""

    LAW_INTRODUCTION = (
        "gioi_thieu_luat",
        _("a) Materials and outlines introducing laws, ordinances"),
    )
    EXPLANATION = (
        "hoi_dap_giai_thich",
        _(
            "b) Questions and answers, commentaries, explanations, guides; leaflets, skits, legal "
            "stories"
        ),
    )
    PROFESSIONAL_GUIDANCE = "huong_dan_nghiep_vu", _("c) Professional and operational guidance")
    LEGAL_TEXTS = (
        "van_ban_phap_luat",
        _("d) Legal normative documents, official gazette, legal code, press releases"),
    )
    OTHER = "khac", _("đ) Other")


# The information Điều 8 khoản 2 điểm c requires of every entry.
MANDATORY_FIELDS = (
    "title",
    "compiler",
    "release_date",
    "validity_note",
    "purpose",
    "main_content",
)
MANDATORY_TEXT_FIELDS = tuple(name for name in MANDATORY_FIELDS if name != "release_date")


class BookQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def live(self):
        return self.filter(live=True)

    def with_covers(self):
        """Covers and their renditions in one query more, however many books are shown."""
        return with_image_renditions(self, "cover")


class BookForm(WagtailAdminModelForm):
    """The admin form of a book.

    Missing information is reported with the model's own messages, which name what the decision
    asks for; a draft may be saved incomplete and is checked in full when submitted or published.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in MANDATORY_FIELDS:
            if name in self.fields:
                message = self._meta.model._meta.get_field(name).error_messages["blank"]
                self.fields[name].error_messages["required"] = message

    def _post_clean(self):
        self.instance.defer_required = self.is_deferred_validation
        super()._post_clean()


class Book(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    FoldedIndexed,
    ClusterableModel,
):
    title = models.CharField(
        _("name of the book or material"),
        max_length=255,
        error_messages={"blank": _("Enter the name of the book or material.")},
    )
    compiler = models.CharField(
        _("compiled by"),
        max_length=255,
        help_text=_("The agency, organisation or person who led the compilation."),
        error_messages={
            "blank": _("Enter the agency, organisation or person who led the compilation.")
        },
    )
    release_date = models.DateField(
        _("release date"),
        null=True,
        error_messages={"blank": _("Enter the release date.")},
    )
    validity_note = models.CharField(
        _("validity of the legal texts"),
        max_length=500,
        help_text=_(
            "Which texts the book presents and whether they are in force, e.g. “Luật Hòa giải "
            "ở cơ sở số 35/2013/QH13, còn hiệu lực”. Link the documents below to have their "
            "validity checked."
        ),
        error_messages={"blank": _("State the validity of the legal texts the book presents.")},
    )
    legal_documents = IndexedParentalManyToManyField(
        "pbgdpl.LegalDocument",
        verbose_name=_("legal documents presented"),
        blank=True,
        related_name="books",
    )
    purpose = models.TextField(
        _("purpose"),
        max_length=2000,
        error_messages={"blank": _("Describe the purpose of the book.")},
    )
    main_content = models.TextField(
        _("main content"),
        max_length=5000,
        error_messages={"blank": _("Describe the main content of the book.")},
    )
    book_type = models.CharField(
        _("type"),
        max_length=30,
        choices=BookType.choices,
        error_messages={"blank": _("Choose the type of the book.")},
    )
    language = models.CharField(
        _("language"),
        max_length=20,
        choices=content_language_choices,
        default="vi",
        help_text=_("The language the book is written in."),
    )
    legal_fields = ParentalManyToManyField(
        "pbgdpl.LegalField", verbose_name=_("legal fields"), blank=True, related_name="+"
    )
    cover = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("file"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The digitised book. Give a file or an external link, not both."),
    )
    external_url = models.URLField(
        _("external link"),
        max_length=500,
        blank=True,
        help_text=_("Where the book can be read online, e.g. the national legal bookcase."),
    )

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="book")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="book",
        for_concrete_model=False,
    )

    # Set by the admin form while a draft is saved: completeness is checked on publishing.
    defer_required = False

    objects = BookQuerySet.as_manager()
    base_form_class = BookForm

    search_fields = [
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.SearchField("compiler"),
        index.SearchField("purpose"),
        index.SearchField("main_content"),
        index.FilterField("live"),
        index.FilterField("book_type"),
        index.FilterField("language"),
        index.FilterField("release_date"),
    ]

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("title"),
                FieldRowPanel([FieldPanel("compiler"), FieldPanel("release_date")]),
                FieldPanel("validity_note"),
                FieldPanel("purpose"),
                FieldPanel("main_content"),
            ],
            heading=_("Required information (Decision 14/2019/QĐ-TTg, Article 8)"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("book_type"), FieldPanel("language")]),
                FieldPanel("legal_fields"),
                FieldPanel("legal_documents"),
            ],
            heading=_("Classification"),
        ),
        MultiFieldPanel(
            [FieldPanel("cover"), FieldPanel("file"), FieldPanel("external_url")],
            heading=_("Cover, file or link"),
        ),
    ]

    class Meta:
        verbose_name = _("book")
        verbose_name_plural = _("books")
        ordering = ["-release_date", "title"]
        indexes = [models.Index(fields=["live", "-release_date"])]

    def __str__(self):
        return self.title

    @property
    def revisions(self):
        return self._revisions

    def clean_fields(self, exclude=None):
        # Text of spaces only is no information: make it empty, so it is reported as missing.
        for name in MANDATORY_TEXT_FIELDS:
            setattr(self, name, (getattr(self, name) or "").strip())
        super().clean_fields(exclude=exclude)

    def clean(self):
        super().clean()
        if self.file_id and self.external_url:
            raise ValidationError(
                {"external_url": _("Give either a file or an external link, not both.")}
            )
        if not self.file_id and not self.external_url and not self.defer_required:
            raise ValidationError(
                {"file": _("Attach the book's file or give an external link where it can be read.")}
            )
