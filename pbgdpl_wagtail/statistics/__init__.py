"""Figures for state management (5015 §1.1a(3)), computed live from the registries."""
