"""Folding Vietnamese text so that "hoa giai", "hoà giải" and "HÒA GIẢI" meet.

Text is first normalised to NFC (editors paste decomposed Unicode; both spellings of the same
letter must compare equal), then, for matching only, lower-cased, stripped of its diacritics and
with đ/Đ turned into d: Unicode has no decomposition for đ, so no engine's accent folding does it.
The original text is always what a reader sees.
"""

import re
import unicodedata

_D_STROKE = str.maketrans({"đ": "d", "Đ": "D"})


class _WithoutMarks(dict):
    """A ``str.translate`` table that drops combining marks, filled as characters are met:
    the same test as ``unicodedata.combining`` at the speed of a dictionary lookup."""

    def __missing__(self, code):
        self[code] = None if unicodedata.combining(chr(code)) else code
        return self[code]


_WITHOUT_MARKS = _WithoutMarks()


def normalise(text: str) -> str:
    """NFC form: one code point per accented letter, whatever the input method produced."""
    return unicodedata.normalize("NFC", text or "")


def fold(text: str) -> str:
    """Lower-case text without diacritics, for matching: "Hòa giải Đồng" → "hoa giai dong"."""
    decomposed = unicodedata.normalize("NFD", normalise(text).translate(_D_STROKE))
    stripped = decomposed.translate(_WITHOUT_MARKS)
    return unicodedata.normalize("NFC", stripped).casefold()


_WORD = re.compile(r"\w+", re.UNICODE)
_FOLDED_WORDS = {}
_FOLDED_WORDS_MAX = 100_000


def fold_words(text: str) -> set:
    """The set of folded words of ``text``: ``set(re.findall(r"\\w+", fold(text)))``, but each
    word is folded once per process (titles share their words, and the site search folds the
    titles of hundreds of candidates per query)."""
    words = set()
    for word in _WORD.findall(normalise(text)):
        folded = _FOLDED_WORDS.get(word)
        if folded is None:
            folded = tuple(_WORD.findall(fold(word)))
            if len(_FOLDED_WORDS) < _FOLDED_WORDS_MAX:
                _FOLDED_WORDS[word] = folded
        words.update(folded)
    return words
