"""Filling in what a new or changed video lacks: duration and poster.

Run when the admin form saves (and by the demo seed): an uploaded file gets its duration and a
frame as poster through ffmpeg, an external video the provider's thumbnail as poster. What the
editor entered is never overwritten.
"""

import os
import shutil
import tempfile

from django.utils.translation import gettext as _

from . import external, ffmpeg

POSTER_FRAME_SECONDS = 1.0


def _local_copy(upload):
    """A path to the upload's content: its temporary file, or a copy for in-memory uploads."""
    if hasattr(upload, "temporary_file_path"):
        return upload.temporary_file_path(), False
    suffix = os.path.splitext(upload.name)[1]
    with tempfile.NamedTemporaryFile(suffix=suffix, delete=False) as copy:
        upload.seek(0)
        shutil.copyfileobj(upload, copy)
        upload.seek(0)
    return copy.name, True


def enrich_from_upload(video, upload):
    """Duration and poster frame from an uploaded file; quietly nothing without ffmpeg."""
    if upload is None or ffmpeg.ffmpeg_binary() is None:
        return
    path, temporary = _local_copy(upload)
    try:
        duration = ffmpeg.probe_duration(path)
        if video.duration is None and duration is not None:
            video.duration = duration
        if video.poster_id is None:
            length = duration.total_seconds() if duration else 0
            frame = ffmpeg.extract_frame(path, min(POSTER_FRAME_SECONDS, length / 2))
            if frame:
                title = _("Poster: %(title)s") % {"title": video.title}
                video.poster = external.save_image(frame, "poster.png", title)
    finally:
        if temporary:
            os.unlink(path)


def enrich_from_external(video):
    """The provider's thumbnail as poster, for an external video without one."""
    if not video.external_url or video.poster_id is not None:
        return
    embed = external.resolve(video.external_url)
    poster = external.fetch_thumbnail(embed, _("Poster: %(title)s") % {"title": video.title})
    if poster is not None:
        video.poster = poster
