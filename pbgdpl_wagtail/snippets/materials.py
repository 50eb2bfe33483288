"""Kinds of legal dissemination material (group 2 of letter 5015)."""

from django.utils.translation import gettext_lazy as _

from .validity import ReferenceEntry


class MaterialType(ReferenceEntry):
    """A kind of material: tờ gấp, đề cương giới thiệu luật, tình huống pháp luật…

    The official list (TT 56/2023/TT-BTC Điều 3 khoản 5–6, Luật PBGDPL) is loaded from
    ``reference_data/material_types.json``.
    """

    class Meta(ReferenceEntry.Meta):
        verbose_name = _("material type")
        verbose_name_plural = _("material types")
