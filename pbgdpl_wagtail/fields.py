"""Model fields of the package."""

from django.db.models.signals import m2m_changed
from modelcluster.fields import ParentalManyToManyField


class IndexedParentalManyToManyField(ParentalManyToManyField):
    """A ParentalManyToManyField whose targets Wagtail's reference index records.

    Wagtail's reference index follows foreign keys, child relations, StreamField and rich text,
    but not many-to-many fields; and it reads an object when the object is saved, before the
    many-to-many values are written. This field reports its targets as references and has the
    object indexed again whenever its values change, so a page or record citing legal documents
    through it is seen by the validity warning, the outdated-citations report and the admin's
    "usage" listing.
    """

    def contribute_to_class(self, cls, name, **kwargs):
        super().contribute_to_class(cls, name, **kwargs)
        through = self.remote_field.through
        if not cls._meta.abstract and isinstance(through, type):
            m2m_changed.connect(_reindex_on_change, sender=through, weak=False)

    def extract_references(self, value):
        for obj in value:
            yield self.related_model, str(obj.pk), "", ""


def _reindex_on_change(sender, instance, action, reverse, model, pk_set, **kwargs):
    from wagtail.signal_handlers import update_reference_index_on_save

    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if not reverse:
        update_reference_index_on_save(instance)
    elif pk_set:
        # Changed from the cited object's side: index each citing object again.
        for source in model._default_manager.filter(pk__in=pk_set):
            update_reference_index_on_save(source)
