"""Wagtail building blocks for a province's legal dissemination and education page (PBGDPL)."""

__version__ = "0.1.0"
