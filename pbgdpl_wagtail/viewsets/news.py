"""News categories and staff in the admin: listings with filters, search and CSV/XLSX export."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from ..snippets.news import NewsCategory
from ..snippets.staff import StaffMember
from .columns import yes_no


class NewsCategoryViewSet(SnippetViewSet):
    model = NewsCategory
    icon = "folder-open-inverse"
    menu_order = 100
    list_display = ["name", "slug", "sort_order"]
    list_export = ["name", "slug", "description", "sort_order"]
    export_filename = "chuyen-muc-tin"
    ordering = ["sort_order", "name"]
    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]


class StaffMemberViewSet(SnippetViewSet):
    model = StaffMember
    icon = "user"
    menu_order = 200
    list_display = [
        "full_name",
        "position",
        "unit",
        "agency",
        yes_no(StaffMember, "contact_is_public"),
    ]
    list_filter = {"agency": ["exact"], "contact_is_public": ["exact"]}
    list_export = [
        "full_name",
        "position",
        "unit",
        "agency",
        "phone",
        "email",
        "contact_is_public",
        "sort_order",
    ]
    export_filename = "doi-ngu"
    ordering = ["sort_order", "full_name"]

    def get_queryset(self, request):
        return StaffMember.objects.select_related("agency")


class NewsViewSetGroup(SnippetViewSetGroup):
    menu_label = _("About and news")
    menu_icon = "doc-full"
    menu_name = "pbgdpl-news"
    menu_order = 230
    items = (NewsCategoryViewSet, StaffMemberViewSet)
