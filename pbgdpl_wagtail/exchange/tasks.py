"""Background work of the exchange, through django-tasks (which Wagtail's search uses too): with
the default immediate backend it runs at once; a site with a task worker runs it there."""

from django_tasks import task
from wagtail.search.backends import get_search_backends


@task()
def index_question_copies(pks):
    """Add pulled or pushed copies to the search index, a page at a time."""
    from ..snippets.questions import Question

    questions = list(Question.objects.filter(pk__in=pks).select_related("legal_field"))
    for backend in get_search_backends(with_auto_update=True):
        backend.add_bulk(Question, questions)
