"""Public views that are not Wagtail pages: the library's embeds and its oEmbed endpoint."""
