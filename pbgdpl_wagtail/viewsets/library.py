"""The library in the admin: listings of videos and situations, and their choosers.

The choosers filter by kind, legal field and language before searching, and can create a new
record on the spot. A record created in a chooser is saved as a draft, so that it still goes
through the moderation workflow before any reader sees it.
"""

from django import forms
from django.conf import settings
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm, LocaleFilterMixin, SearchFilterMixin
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetCreateView,
)
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from ..snippets import LegalField
from ..snippets.choices import content_language_choices
from ..snippets.situations import LegalSituation
from ..snippets.videos import Video, VideoForm, VideoKind

_FILTER = {"data-chooser-modal-search-filter": True}


def _plain_text_to_html(text):
    """Paragraphs of escaped text, for rich text typed in the chooser's plain text box."""
    paragraphs = [part.strip() for part in text.replace("\r\n", "\n").split("\n\n")]
    return "".join(
        "<p>" + escape(part).replace("\n", "<br/>") + "</p>" for part in paragraphs if part
    )


class FieldAndLanguageFilterMixin(forms.Form):
    field = forms.ModelChoiceField(
        label=_("Legal field"),
        queryset=LegalField.objects.none(),
        required=False,
        empty_label=_("All legal fields"),
        widget=forms.Select(attrs=_FILTER),
    )
    language = forms.ChoiceField(
        label=_("Language"), required=False, widget=forms.Select(attrs=_FILTER)
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["field"].queryset = LegalField.objects.filter(parent__isnull=True).order_by(
            "sort_order", "name"
        )
        self.fields["language"].choices = [("", _("All languages")), *content_language_choices()]

    def filter(self, objects):
        if self.cleaned_data.get("field"):
            within = self.cleaned_data["field"].with_subfields()
            objects = objects.filter(legal_fields__in=within).distinct()
        if self.cleaned_data.get("language"):
            objects = objects.filter(language=self.cleaned_data["language"])
        return super().filter(objects)


class VideoKindFilterMixin(forms.Form):
    kind = forms.ChoiceField(
        label=_("Kind"),
        required=False,
        choices=[("", _("All kinds")), *VideoKind.choices],
        widget=forms.Select(attrs=_FILTER),
    )

    def filter(self, objects):
        if self.cleaned_data.get("kind"):
            objects = objects.filter(kind=self.cleaned_data["kind"])
        return super().filter(objects)


def _filter_form(*mixins):
    bases = [SearchFilterMixin, *mixins]
    if getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        bases.insert(0, LocaleFilterMixin)
    return type("LibraryChooserFilterForm", (*bases, BaseFilterForm), {})


class DraftCreateView(SnippetCreateView):
    """Saves what is created in the chooser as a draft with its first revision."""

    def save_form(self, form):
        instance = form.save(commit=False)
        instance.live = False
        instance.save()
        form.save_m2m()
        instance.save_revision(user=self.request.user, log_action=True)
        return instance


class VideoCreationForm(VideoForm):
    class Meta:
        model = Video
        fields = ["title", "kind", "language", "file", "external_url"]


class LegalSituationCreationForm(forms.ModelForm):
    scenario = forms.CharField(label=_("situation"), widget=forms.Textarea(attrs={"rows": 4}))
    answer = forms.CharField(label=_("answer"), widget=forms.Textarea(attrs={"rows": 6}))

    class Meta:
        model = LegalSituation
        fields = ["title", "scenario", "question", "answer", "language"]
        widgets = {"question": forms.Textarea(attrs={"rows": 3})}

    def clean_scenario(self):
        return _plain_text_to_html(self.cleaned_data["scenario"])

    def clean_answer(self):
        return _plain_text_to_html(self.cleaned_data["answer"])


class VideoFilterFormMixin:
    def get_filter_form_class(self):
        return _filter_form(VideoKindFilterMixin, FieldAndLanguageFilterMixin)


class VideoChooseView(VideoFilterFormMixin, ChooseView):
    pass


class VideoChooseResultsView(VideoFilterFormMixin, ChooseResultsView):
    pass


class VideoChooserViewSet(SnippetChooserViewSet):
    choose_view_class = VideoChooseView
    choose_results_view_class = VideoChooseResultsView
    create_view_class = DraftCreateView
    creation_form_class = VideoCreationForm
    create_action_label = _("Save as draft")


class SituationFilterFormMixin:
    def get_filter_form_class(self):
        return _filter_form(FieldAndLanguageFilterMixin)


class SituationChooseView(SituationFilterFormMixin, ChooseView):
    pass


class SituationChooseResultsView(SituationFilterFormMixin, ChooseResultsView):
    pass


class LegalSituationChooserViewSet(SnippetChooserViewSet):
    choose_view_class = SituationChooseView
    choose_results_view_class = SituationChooseResultsView
    create_view_class = DraftCreateView
    creation_form_class = LegalSituationCreationForm
    create_action_label = _("Save as draft")


class VideoViewSet(SnippetViewSet):
    model = Video
    icon = "media"
    menu_order = 100
    list_display = ["title", "kind", "language", "published_date", "duration"]
    list_filter = {
        "kind": ["exact"],
        "language": ["exact"],
        "legal_fields": ["exact"],
        "target_groups": ["exact"],
        "published_date": ["year"],
    }
    list_export = [
        "title",
        "kind",
        "language",
        "published_date",
        "duration",
        "producer",
        "external_url",
        "description",
    ]
    export_filename = "video"
    ordering = ["-published_date", "-pk"]
    chooser_per_page = 20
    chooser_viewset_class = VideoChooserViewSet


class LegalSituationViewSet(SnippetViewSet):
    model = LegalSituation
    icon = "help"
    menu_order = 200
    list_display = ["title", "language", "published_date", "compiled_by", "reviewed_by"]
    list_filter = {
        "language": ["exact"],
        "legal_fields": ["exact"],
        "target_groups": ["exact"],
        "published_date": ["year"],
    }
    list_export = [
        "title",
        "question",
        "language",
        "published_date",
        "compiled_by",
        "reviewed_by",
        "introduced_document",
    ]
    export_filename = "tinh-huong-phap-luat"
    ordering = ["-published_date", "-pk"]
    chooser_per_page = 20
    chooser_viewset_class = LegalSituationChooserViewSet


class LibraryViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Video and situation library")
    menu_icon = "media"
    menu_name = "pbgdpl-library"
    menu_order = 230
    items = (VideoViewSet, LegalSituationViewSet)
