"""Downloads of the public listings as CSV or JSON, filtered as the page that links to them.

CSV starts with a UTF-8 byte order mark, which Excel needs to read Vietnamese correctly; rows
are streamed, so a registry of many thousand records is never held whole in memory.
"""

import csv
import datetime

from django.http import Http404, JsonResponse, StreamingHttpResponse
from django.utils.text import slugify

FORMATS = ("csv", "json")
BOM = "\ufeff"


class _Echo:
    """A file-like object whose write() hands the line back, for csv.writer."""

    def write(self, value):
        return value


def _text(value):
    if value is None:
        return ""
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value)
    return str(value)


def _json_value(value):
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_json_value(v) for v in value]
    if value is None or isinstance(value, bool | int | float):
        return value
    return str(value)


def export_urls(page, request, route="export"):
    """The addresses of the downloads of ``page``, keeping the reader's filters."""
    query = request.GET.copy()
    query.pop("page", None)
    suffix = f"?{query.urlencode()}" if query else ""
    base = page.get_url(request=request)
    return {
        file_format: base
        + page.reverse_subpage(route, kwargs={"file_format": file_format})
        + suffix
        for file_format in FORMATS
    }


def export_response(file_format, name, columns, rows):
    """``columns``: (key, heading) pairs; ``rows``: value lists in the same order."""
    if file_format not in FORMATS:
        raise Http404
    filename = slugify(name) or "export"
    if file_format == "json":
        keys = [key for key, _heading in columns]
        data = {
            "columns": [{"name": key, "label": str(heading)} for key, heading in columns],
            "items": [dict(zip(keys, (_json_value(v) for v in row), strict=True)) for row in rows],
        }
        response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 1})
    else:
        writer = csv.writer(_Echo())

        def lines():
            yield BOM + writer.writerow([str(heading) for _key, heading in columns])
            for row in rows:
                yield writer.writerow([_text(value) for value in row])

        response = StreamingHttpResponse(
            (line.encode("utf-8") for line in lines()), content_type="text/csv; charset=utf-8"
        )
    response["Content-Disposition"] = f'attachment; filename="{filename}.{file_format}"'
    return response


__all__ = ["FORMATS", "export_response", "export_urls"]
