"""Vietnamese search: text folding shared by every backend (see folding.py)."""

from .folding import fold, normalise

__all__ = ["fold", "normalise"]
