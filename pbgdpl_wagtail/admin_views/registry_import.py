"""Admin: upload a CSV or XLSX file into a registry, see every row's error, download templates."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views import View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..registry_import import SPECS, import_file
from ..registry_import.files import FORMATS, FileFormatError, format_of, write_rows

MAX_UPLOAD_BYTES = 10 * 1024 * 1024


def can_import(user, spec):
    opts = spec.permission_model._meta
    return user.has_perm(f"{opts.app_label}.add_{opts.model_name}") and user.has_perm(
        f"{opts.app_label}.change_{opts.model_name}"
    )


def importable_specs(user):
    return [spec for spec in SPECS.values() if can_import(user, spec)]


class ImportForm(forms.Form):
    registry = forms.ChoiceField(label=_("Registry"))
    file = forms.FileField(label=_("File"), help_text=_("A .csv (UTF-8) or .xlsx file."))

    def __init__(self, *args, specs, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["registry"].choices = [(spec.key, spec.label) for spec in specs]

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 10 MB."))
        try:
            format_of(upload.name)
        except FileFormatError as error:
            raise forms.ValidationError(str(error)) from None
        return upload


class RegistryImportView(WagtailAdminTemplateMixin, View):
    page_title = _("Import into a registry")
    header_icon = "upload"
    template_name = "pbgdpl_wagtail/admin/registry_import.html"

    def dispatch(self, request, *args, **kwargs):
        self.specs = importable_specs(request.user)
        if not self.specs:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        # The header shows the last crumb: without this one it reads "Home".
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def render(self, form, report=None, spec=None):
        context = self.get_context_data(form=form, report=report, spec=spec, specs=self.specs)
        return TemplateResponse(self.request, self.template_name, context)

    def get(self, request):
        return self.render(
            ImportForm(specs=self.specs, initial={"registry": request.GET.get("registry")})
        )

    def post(self, request):
        form = ImportForm(request.POST, request.FILES, specs=self.specs)
        if not form.is_valid():
            return self.render(form)
        spec = SPECS[form.cleaned_data["registry"]]
        upload = form.cleaned_data["file"]
        try:
            report = import_file(spec.key, upload.read(), format_of(upload.name), user=request.user)
        except FileFormatError as error:
            form.add_error("file", str(error))
            return self.render(form)
        return self.render(
            ImportForm(specs=self.specs, initial={"registry": spec.key}), report, spec
        )


def import_template(request, registry, file_format):
    """An empty file with the registry's columns, to fill in and upload."""
    spec = SPECS.get(registry)
    if spec is None or file_format not in FORMATS:
        raise Http404
    if not can_import(request.user, spec):
        raise PermissionDenied
    content = write_rows([str(column.label) for column in spec.columns], [], file_format)
    content_type = (
        "text/csv; charset=utf-8"
        if file_format == "csv"
        else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="mau-{registry}.{file_format}"'
    return response
