"""A complete Vietnamese catalogue for the Wagtail and wagtail-localize admin.

Wagtail's own Vietnamese catalogues translate only part of the admin, so editors meet a mix of
Vietnamese and English. This app ships the missing translations in ``locale/vi``; listed before
the Wagtail apps in INSTALLED_APPS, its catalogue takes precedence over theirs (Django merges app
catalogues with earlier apps winning). The glossary it follows is in docs/admin-vi.md.

It has no models and no strings of its own, so ``make messages`` leaves its catalogue alone.
"""
