"""An administrative unit and every unit under it (a province, its districts and communes)."""

from ..snippets import AdministrativeUnit

# Province → (district, before 01/07/2025) → commune.
MAX_DEPTH = 3


def unit_and_descendants(unit):
    """Ids of ``unit`` and the units under it, one query per level."""
    if unit is None:
        return None
    ids, level = {unit.pk}, [unit.pk]
    for _depth in range(MAX_DEPTH):
        level = list(
            AdministrativeUnit.objects.filter(parent__in=level).values_list("pk", flat=True)
        )
        if not level:
            break
        ids.update(level)
    return ids
