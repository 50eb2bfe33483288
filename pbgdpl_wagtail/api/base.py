"""What every endpoint of the public API shares: throttling, CORS, translated 400s, rich text as
display HTML, and the filters by lĩnh vực, type, year, locale and ``updated_since``."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _
from rest_framework.filters import BaseFilterBackend
from rest_framework.permissions import AllowAny
from wagtail.api.v2.filters import FieldsFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError

from .cors import add_cors_headers
from .throttling import PbgdplAPIThrottle

# The filters a view may offer, each a lookup path set on the view (``filter_paths``).
FILTERS = ("legal_field", "type", "year", "updated_since")


def bad_request(message):
    return BadRequestError(message)


def whole_number(request, name, default):
    value = request.GET.get(name)
    if value is None:
        return default
    # ASCII digits ("²" is a digit to Python, not to int()), and below what the database's
    # integers hold (a huge offset reached SQLite and failed there).
    if not (value.isascii() and value.isdigit() and len(value) <= 9):
        raise bad_request(_("“%(name)s” must be a whole number of 0 or more.") % {"name": name})
    return int(value)


class PbgdplPagination(WagtailPagination):
    """Wagtail's ``limit`` and ``offset``, with translated messages for bad values."""

    def paginate_queryset(self, queryset, request, view=None):
        limit_max = getattr(settings, "WAGTAILAPI_LIMIT_MAX", 20)
        whole_number(request, "offset", 0)
        limit = whole_number(request, "limit", 0)
        if limit_max and limit > limit_max:
            raise bad_request(_("“limit” cannot be higher than %(max)d.") % {"max": limit_max})
        return super().paginate_queryset(queryset, request, view)


class CheckedFieldsFilter(FieldsFilter):
    """Wagtail's ``?<field>=<value>`` filters, with a 400 for a value the field cannot hold
    (``?issued_date=abc``) instead of the server error Django's lookup raises."""

    def filter_queryset(self, request, queryset, view):
        try:
            return super().filter_queryset(request, queryset, view)
        except (ValueError, ValidationError):
            raise bad_request(_("A filter value does not fit its field.")) from None


def parse_since(value):
    """An ISO 8601 date or date and time; a naive one is read in the site's time zone."""
    moment = parse_datetime(value)
    if moment is None:
        day = parse_date(value)
        if day is None:
            raise ValueError(value)
        moment = datetime.datetime.combine(day, datetime.time.min)
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment


def legal_field_lookup(path, code):
    """Items filed under the field ``code`` or one of its đề mục (choosing a chủ đề finds what
    is filed under it, as the listing pages do)."""
    return Q(**{f"{path}__code": code}) | Q(**{f"{path}__parent__code": code})


class PbgdplFilter(BaseFilterBackend):
    """``legal_field`` (a Bộ pháp điển code), ``type``, ``year``, ``updated_since`` and, for
    translated records, ``locale``. A value that names nothing is a 400, never an empty list."""

    def filter_queryset(self, request, queryset, view):
        paths = getattr(view, "filter_paths", {})
        values = request.GET
        if values.get("legal_field") and "legal_field" in paths:
            queryset = self.by_legal_field(queryset, view, values["legal_field"])
        if values.get("type") and "type" in paths:
            kind = values["type"]
            if kind not in view.type_values():
                raise bad_request(
                    _("“type” must be one of: %(values)s.")
                    % {"values": ", ".join(sorted(view.type_values()))}
                )
            queryset = queryset.filter(**{paths["type"]: kind})
        if "year" in values and "year" in paths:
            year = values["year"]
            if not (year.isascii() and year.isdigit() and len(year) == 4):
                raise bad_request(_("“year” must be a year of four digits, e.g. 2025."))
            queryset = queryset.filter(**{f"{paths['year']}__year": int(year)})
        if "updated_since" in values and "updated_since" in paths:
            try:
                since = parse_since(values["updated_since"])
            except ValueError:
                raise bad_request(
                    _("“updated_since” must be an ISO 8601 date or date and time.")
                ) from None
            queryset = queryset.filter(**{f"{paths['updated_since']}__gte": since})
        if "locale" in values and getattr(view, "filter_locale", False):
            queryset = self.by_locale(queryset, values["locale"])
        return queryset

    def by_legal_field(self, queryset, view, code):
        from ..snippets import LegalField

        if not LegalField.objects.filter(code=code).exists():
            raise bad_request(_("No legal field has the code “%(code)s”.") % {"code": code})
        return view.filter_by_legal_field(queryset, code)

    def by_locale(self, queryset, code):
        from wagtail.models import Locale

        locale = Locale.objects.filter(language_code=code).first()
        if locale is None:
            raise bad_request(_("“locale” must be a language code of the site, e.g. vi."))
        return queryset.filter(locale=locale)


class PbgdplAPIMixin:
    """Mixed into every endpoint class of the package's router."""

    throttle_classes = [PbgdplAPIThrottle]
    permission_classes = [AllowAny]
    # Anonymous and read-only: no session, so no CSRF and no per-user answers to cache wrongly.
    authentication_classes = []
    pagination_class = PbgdplPagination
    filter_paths = {}
    filter_locale = False

    @classmethod
    def extra_query_parameters(cls):
        names = set(cls.filter_paths)
        if cls.filter_locale:
            names.add("locale")
        return names

    def initial(self, request, *args, **kwargs):
        # Rich text as display HTML with internal links resolved, unless the client asks for
        # another ``rich_text_format``. StreamField blocks read the request's query, hence the
        # copy with the default filled in.
        if "rich_text_format" not in request.GET:
            query = request._request.GET.copy()
            query["rich_text_format"] = "html"
            request._request.GET = query
        super().initial(request, *args, **kwargs)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        return add_cors_headers(request, response)

    def check_query_parameters(self, queryset):
        allowed = (
            set(self.get_available_fields(queryset.model, db_fields_only=True))
            | set(self.known_query_parameters)
            | self.extra_query_parameters()
        )
        unknown = set(self.request.GET) - allowed
        if unknown:
            raise bad_request(
                _("Unknown query parameters: %(names)s.") % {"names": ", ".join(sorted(unknown))}
            )

    def filter_by_legal_field(self, queryset, code):
        path = self.filter_paths["legal_field"]
        model = queryset.model
        return queryset.filter(
            pk__in=model.objects.filter(legal_field_lookup(path, code)).values("pk")
        )

    def type_values(self):
        return set()
