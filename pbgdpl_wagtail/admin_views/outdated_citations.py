"""Admin report: content that cites legal documents no longer in force."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import ReportView

from ..validity_watch import outdated_citations


class OutdatedCitationsReportView(ReportView):
    page_title = _("Content citing outdated documents")
    header_icon = "warning"
    index_url_name = "pbgdpl_outdated_citations"
    index_results_url_name = "pbgdpl_outdated_citations_results"
    results_template_name = "pbgdpl_wagtail/admin/outdated_citations_results.html"
    list_export = ["source", "documents"]
    export_headings = {"source": _("Content"), "documents": _("Outdated documents")}
    paginate_by = 50

    def get_queryset(self):
        return outdated_citations()

    def to_row_dict(self, item):
        return {
            "source": str(item.source),
            "documents": "; ".join(f"{d} ({d.validity_label()})" for d in item.documents),
        }
