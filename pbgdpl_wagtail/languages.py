"""Languages of Viet Nam's ethnic minorities, made known to Django.

Django only knows a language it has an entry for in ``django.conf.locale.LANG_INFO``
(``get_language_info()`` raises ``KeyError`` otherwise), and only activates one from a URL prefix
when some app ships a catalogue for it. The package does both for the major minority languages
(shared/domain.md §7, codes from ISO 639-3); a province lists the ones it offers in
``settings.LANGUAGES`` and ``PBGDPL["LANGUAGES"]``, and adds others through
``PBGDPL["LANGUAGE_INFO"]``.
"""

from django.conf.locale import LANG_INFO
from django.utils.translation import gettext_noop

# ``name`` is the ISO 639-3 reference name (translated into the reader's language through the
# catalogues); ``name_local`` is the language's name for itself where it is well established,
# otherwise its Vietnamese name.
MINORITY_LANGUAGES = {
    "tyz": {"name": gettext_noop("Tày"), "name_local": "Tiếng Tày"},
    "blt": {"name": gettext_noop("Tai Dam"), "name_local": "Tiếng Thái Đen"},
    "twh": {"name": gettext_noop("Tai Dón"), "name_local": "Tiếng Thái Trắng"},
    "mtq": {"name": gettext_noop("Muong"), "name_local": "Tiếng Mường"},
    "nut": {"name": gettext_noop("Nung"), "name_local": "Tiếng Nùng"},
    "hmn": {"name": gettext_noop("Hmong"), "name_local": "Tiếng H'Mông"},
    "mww": {"name": gettext_noop("Hmong Daw"), "name_local": "Tiếng H'Mông (Hmong Daw)"},
    "hnj": {"name": gettext_noop("Hmong Njua"), "name_local": "Tiếng H'Mông (Hmong Njua)"},
    "ium": {"name": gettext_noop("Iu Mien"), "name_local": "Tiếng Dao"},
    "km": {"name": gettext_noop("Khmer"), "name_local": "Tiếng Khmer"},
    "cjm": {"name": gettext_noop("Eastern Cham"), "name_local": "Tiếng Chăm (Đông)"},
    "cja": {"name": gettext_noop("Western Cham"), "name_local": "Tiếng Chăm (Tây)"},
    "rad": {"name": gettext_noop("Rade"), "name_local": "Tiếng Ê-đê"},
    "jra": {"name": gettext_noop("Jarai"), "name_local": "Tiếng Gia-rai"},
    "bdq": {"name": gettext_noop("Bahnar"), "name_local": "Tiếng Ba-na"},
    "sed": {"name": gettext_noop("Sedang"), "name_local": "Tiếng Xơ-đăng"},
    "kpm": {"name": gettext_noop("Koho"), "name_local": "Tiếng Cơ-ho"},
    "rog": {"name": gettext_noop("Northern Roglai"), "name_local": "Tiếng Raglai"},
    "mng": {"name": gettext_noop("Eastern Mnong"), "name_local": "Tiếng Mnông (Đông)"},
    "cmo": {"name": gettext_noop("Central Mnong"), "name_local": "Tiếng Mnông (Trung)"},
    "mlc": {"name": gettext_noop("Cao Lan"), "name_local": "Tiếng Sán Chay"},
    "hre": {"name": gettext_noop("Hre"), "name_local": "Tiếng Hrê"},
    "cje": {"name": gettext_noop("Chru"), "name_local": "Tiếng Chu-ru"},
    "sti": {"name": gettext_noop("Bulo Stieng"), "name_local": "Tiếng Xtiêng"},
    "zh": {"name": gettext_noop("Chinese"), "name_local": "中文"},
}

# Django's Vietnamese catalogue names Vietnamese "Tiếng Việt Nam"; the package's catalogue gives
# the usual "Tiếng Việt" (Django's own name_local), which the fallback notice reads.
VIETNAMESE = gettext_noop("Vietnamese")


def language_entries(extra=None):
    """The built-in entries, then the site's own (``PBGDPL["LANGUAGE_INFO"]``) over them."""
    entries = {code: {**info, "bidi": False} for code, info in MINORITY_LANGUAGES.items()}
    for code, info in (extra or {}).items():
        entries[code.lower()] = {"bidi": False, **entries.get(code.lower(), {}), **info}
    return entries


def register_languages():
    """Add the languages to Django's LANG_INFO.

    Built-in entries never replace Django's own (its Khmer stays as it is); entries a site gives
    in ``PBGDPL["LANGUAGE_INFO"]`` do, since the site asked for them.
    """
    from .conf import pbgdpl_settings

    extra = pbgdpl_settings.LANGUAGE_INFO or {}
    for code, info in language_entries(extra).items():
        if code in LANG_INFO and code not in extra:
            continue
        LANG_INFO[code] = {
            "bidi": bool(info.get("bidi", False)),
            "code": code,
            "name": info.get("name") or code,
            "name_local": info.get("name_local") or info.get("name") or code,
        }
