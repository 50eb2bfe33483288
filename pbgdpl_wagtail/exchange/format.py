"""Version 1 of the Q&A exchange format (docs/exchange/qa-exchange-v1.schema.json).

No exchange format or API of the Ministry's Q&A database was found (domain.md §4, §9): this is the
package's own format. An item carries what the public may read — never the asker's data — and
enough to be idempotent: ``source`` + ``id`` name a question everywhere it travels.
"""

from django.utils.html import strip_tags

FORMAT = "pbgdpl-qa-exchange"
VERSION = "1"


def question_source(question, local_source):
    return question.source or local_source


def question_id(question):
    return question.external_id or question.code


def item(question, local_source):
    """The exchange item of a question that is, or once was, published."""
    field = question.legal_field
    return {
        "source": question_source(question, local_source),
        "id": question_id(question),
        "code": question.code,
        "published": bool(question.published),
        "published_at": question.published_at.isoformat() if question.published_at else None,
        "updated_at": question.updated_at.isoformat(),
        "legal_field": {"code": field.code, "name": field.name} if field else None,
        "title": question.title,
        "question": question.text,
        "answer_html": question.answer,
        "answer_text": " ".join(strip_tags(question.answer or "").split()),
        "legal_basis": [
            {
                "document": str(citation.document),
                "number": citation.document.number,
                "articles": citation.articles,
            }
            for citation in question.citations.all()
        ],
    }
