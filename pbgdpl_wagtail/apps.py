from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PbgdplConfig(AppConfig):
    name = "pbgdpl_wagtail"
    label = "pbgdpl"
    verbose_name = _("Legal dissemination and education")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks  # noqa: F401  (registers the system checks)
        from .content_cache import connect as connect_content_cache
        from .frontend_cache import connect as connect_frontend_cache
        from .languages import register_languages
        from .question_workflow import connect as connect_question_workflow
        from .search import checks as search_checks  # noqa: F401
        from .search.content_types import register_package_types
        from .search.site_search import connect_search_vocabulary

        register_languages()
        connect_frontend_cache()
        connect_content_cache()
        connect_question_workflow()

        register_package_types()
        connect_search_vocabulary()
