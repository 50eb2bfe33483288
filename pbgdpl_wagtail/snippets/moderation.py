"""What every record that editors publish through moderation shares.

Drafts, revisions, locking and Wagtail's workflow need two generic relations on the concrete
model; declaring them once here keeps each record's module about its own fields.
"""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin


class ModeratedRecord(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, models.Model):
    _revisions = GenericRelation(
        "wagtailcore.Revision", related_query_name="pbgdpl_%(class)s_revision"
    )
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="pbgdpl_%(class)s_workflow_state",
        for_concrete_model=False,
    )

    class Meta:
        abstract = True

    @property
    def revisions(self):
        return self._revisions
