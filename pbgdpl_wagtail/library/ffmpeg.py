"""Reading an uploaded video's duration and a poster frame with ffmpeg, when it is installed.

ffmpeg is optional: without it the library works the same and editors enter the duration and
choose a poster themselves (the system check ``pbgdpl.I001`` says so).
"""

import datetime
import re
import shutil
import subprocess

from ..conf import pbgdpl_settings

TIMEOUT_SECONDS = 60
_DURATION = re.compile(r"Duration:\s*(\d+):(\d{2}):(\d{2}(?:\.\d+)?)")


def ffmpeg_binary():
    """The ffmpeg executable to run, or None when there is none or it is switched off."""
    configured = pbgdpl_settings.FFMPEG_BINARY
    if configured is False:
        return None
    if configured:
        return configured if shutil.which(configured) else None
    found = shutil.which("ffmpeg")
    if found:
        return found
    try:
        import imageio_ffmpeg
    except ImportError:
        return None
    try:
        return imageio_ffmpeg.get_ffmpeg_exe()
    except RuntimeError:
        return None


def _run(arguments):
    binary = ffmpeg_binary()
    if binary is None:
        return None
    try:
        return subprocess.run(  # noqa: S603 - fixed arguments, no shell
            [binary, "-hide_banner", "-nostdin", *arguments],
            capture_output=True,
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None


def probe_duration(path):
    """The length of the video at ``path`` as a timedelta, or None if it cannot be read."""
    result = _run(["-i", str(path)])
    if result is None:
        return None
    match = _DURATION.search(result.stderr.decode("utf-8", "replace"))
    if not match:
        return None
    hours, minutes, seconds = match.groups()
    return datetime.timedelta(hours=int(hours), minutes=int(minutes), seconds=float(seconds))


def extract_frame(path, at_seconds):
    """A PNG of the frame at ``at_seconds`` into the video, as bytes; None if it fails."""
    result = _run(
        [
            "-ss",
            f"{max(at_seconds, 0):.3f}",
            "-i",
            str(path),
            "-frames:v",
            "1",
            "-f",
            "image2pipe",
            "-vcodec",
            "png",
            "-",
        ]
    )
    if result is None or result.returncode != 0 or not result.stdout:
        return None
    return result.stdout
