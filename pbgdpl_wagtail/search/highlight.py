"""Result snippets with the words the reader searched for marked, whatever their accents."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .folding import fold, normalise
from .query import folded_query_string

_WORD = re.compile(r"\w+", re.UNICODE)


def query_words(query):
    """The folded words of a query, without quotes."""
    return set(_WORD.findall(folded_query_string(query).replace('"', " ")))


def highlight(text, query, length=240):
    """HTML: an excerpt of ``text`` around the first matched word, matched words in <mark>.

    Every piece of ``text`` is escaped; only the <mark> elements are markup.
    """
    text = " ".join(normalise(text).split())
    words = query_words(query)
    matches = [m for m in _WORD.finditer(text) if fold(m.group()) in words]
    start = 0
    if matches and matches[0].start() > length // 3:
        start = text.rfind(" ", 0, matches[0].start() - length // 4) + 1
    end = min(len(text), start + length)
    if end < len(text):
        end = text.rfind(" ", start, end) if text.rfind(" ", start, end) > start else end
    pieces = ["… " if start else ""]
    position = start
    for match in matches:
        if match.start() < start or match.end() > end:
            continue
        pieces.append(escape(text[position : match.start()]))
        pieces.append(f"<mark>{escape(match.group())}</mark>")
        position = match.end()
    pieces.append(escape(text[position:end]))
    if end < len(text):
        pieces.append(" …")
    return mark_safe("".join(pieces))
