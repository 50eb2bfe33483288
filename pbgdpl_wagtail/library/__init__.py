"""The video and legal-situation library: what its records need beside the models.

Upload checks (``uploads``, ``webvtt``), ffmpeg (``ffmpeg``), external videos through Wagtail's
oEmbed machinery (``external``), and filling in what a new video lacks (``enrichment``).
"""
