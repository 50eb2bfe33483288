"""Admin registration only; a site can unregister or replace any of these viewsets."""

from wagtail.snippets.models import register_snippet

from .viewsets.taxonomy import TaxonomyViewSetGroup

register_snippet(TaxonomyViewSetGroup)
