"""The demo province's own lĩnh vực, beyond the Bộ pháp điển list the package ships.

It shows what an integrator does to add one (docs/extending.md): a legal field is data, so the
site creates the row, here from ``seed_demo``; a real site does the same in a data migration of
its own app, or an editor adds it in the admin. The code must not be a Bộ pháp điển code, which
``pbgdpl_load_reference_data`` matches on.
"""

from wagtail.models import Locale

from pbgdpl_wagtail.models import LegalField

PROVINCE_LEGAL_FIELDS = [
    {
        "code": "AT.1",
        "name": "Chính sách hỗ trợ đặc thù của tỉnh An Thịnh",
        "description": (
            "Lĩnh vực riêng của tỉnh, ngoài Bộ pháp điển: các nghị quyết của Hội đồng nhân dân "
            "tỉnh về chính sách hỗ trợ đặc thù."
        ),
        "sort_order": 1000,
    },
]


def add_province_legal_fields():
    """Creates the province's fields that are missing; keeps those editors have changed."""
    locale = Locale.get_default()
    created = []
    for entry in PROVINCE_LEGAL_FIELDS:
        values = dict(entry)
        code = values.pop("code")
        field, new = LegalField.objects.get_or_create(code=code, locale=locale, defaults=values)
        if new:
            created.append(field)
    return created
