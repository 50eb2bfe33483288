"""Admin registration only; a site can unregister or replace any of these viewsets."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from .admin_views.outdated_citations import OutdatedCitationsReportView
from .admin_views.registry_import import RegistryImportView, import_template, importable_specs
from .viewsets.books import BookViewSet
from .viewsets.legal_documents import LegalDocumentViewSet
from .viewsets.library import LibraryViewSetGroup
from .viewsets.news import NewsViewSetGroup
from .viewsets.questions import QuestionViewSet, question_action_menu
from .viewsets.registries import RegistryViewSetGroup
from .viewsets.taxonomy import TaxonomyViewSetGroup

register_snippet(TaxonomyViewSetGroup)
register_snippet(LegalDocumentViewSet)
register_snippet(NewsViewSetGroup)
register_snippet(BookViewSet)
register_snippet(LibraryViewSetGroup)
register_snippet(RegistryViewSetGroup)
register_snippet(QuestionViewSet)
hooks.register("construct_snippet_action_menu", question_action_menu)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path(
            "reports/pbgdpl-outdated-citations/",
            OutdatedCitationsReportView.as_view(),
            name="pbgdpl_outdated_citations",
        ),
        path(
            "reports/pbgdpl-outdated-citations/results/",
            OutdatedCitationsReportView.as_view(results_only=True),
            name="pbgdpl_outdated_citations_results",
        ),
        path("pbgdpl-import/", RegistryImportView.as_view(), name="pbgdpl_registry_import"),
        path(
            "pbgdpl-import/<slug:registry>/template.<str:file_format>",
            import_template,
            name="pbgdpl_registry_import_template",
        ),
    ]


class RegistryImportMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(importable_specs(request.user))


@hooks.register("register_pbgdpl_registries_menu_item")
def register_registry_import_menu_item():
    return RegistryImportMenuItem(
        _("Import from a file"),
        reverse("pbgdpl_registry_import"),
        name="pbgdpl-registry-import",
        icon_name="upload",
        order=1000,
    )


@hooks.register("register_reports_menu_item")
def register_outdated_citations_menu_item():
    return MenuItem(
        _("Citing outdated documents"),
        reverse("pbgdpl_outdated_citations"),
        name="pbgdpl-outdated-citations",
        icon_name="warning",
        order=900,
    )
