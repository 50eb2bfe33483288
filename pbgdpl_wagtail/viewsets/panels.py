"""Admin panels that show what a record still lacks, without blocking the save."""

from wagtail.admin.panels import Panel


class CompositionWarningsPanel(Panel):
    """The Luật HGOCS Đ.12.1 warnings of a mediation team, above its form."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "pbgdpl_wagtail/admin/panels/composition_warnings.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            instance = self.instance
            context["warnings"] = instance.composition_warnings() if instance.pk else []
            return context
