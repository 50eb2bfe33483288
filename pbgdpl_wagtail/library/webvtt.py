"""Checking caption files against the WebVTT format (https://www.w3.org/TR/webvtt1/).

Browsers silently ignore a track they cannot parse, so a broken file would leave a deaf reader
without captions and nobody would notice: the admin refuses it instead, naming the line at fault.
Only what a browser needs is checked: the signature, cue timings and their order.
"""

import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

# (hh:)mm:ss.ttt — hours are optional and may have more than two digits.
_TIMESTAMP = r"(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})"
_TIMING_LINE = re.compile(rf"^{_TIMESTAMP}[ \t]+-->[ \t]+{_TIMESTAMP}(?:[ \t]+.*)?$")
_SIGNATURE = re.compile(r"^WEBVTT(?:[ \t].*)?$")


@dataclass(frozen=True)
class Cue:
    start: float
    end: float
    text: str


def _seconds(hours, minutes, seconds, milliseconds):
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds) + int(milliseconds) / 1000


def parse(text):
    """The cues of a WebVTT document; ``ValidationError`` naming the line of the first fault."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:
        raise ValidationError(_("The caption file contains a NUL character."), code="webvtt")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not lines or not _SIGNATURE.match(lines[0]):
        raise ValidationError(
            _("A WebVTT file must begin with the line “WEBVTT”."), code="webvtt_signature"
        )
    cues = []
    number = 1
    # Skip the header block (text after WEBVTT up to the first blank line).
    while number < len(lines) and lines[number].strip():
        number += 1
    while number < len(lines):
        while number < len(lines) and not lines[number].strip():
            number += 1
        if number >= len(lines):
            break
        block_start = number
        block = []
        while number < len(lines) and lines[number].strip():
            block.append(lines[number])
            number += 1
        first = block[0]
        if first.startswith(("NOTE", "STYLE", "REGION")) and not any(
            "-->" in line for line in block
        ):
            continue
        timing_index = 0 if "-->" in first else 1
        if timing_index >= len(block) or "-->" not in block[timing_index]:
            raise ValidationError(
                _("Line %(line)d: a cue must have a timing line such as “00:01.000 --> 00:04.000”.")
                % {"line": block_start + 1},
                code="webvtt_timing",
            )
        line_number = block_start + timing_index + 1
        match = _TIMING_LINE.match(block[timing_index].strip())
        if not match:
            raise ValidationError(
                _("Line %(line)d: “%(text)s” is not a valid cue timing (mm:ss.ttt --> mm:ss.ttt).")
                % {"line": line_number, "text": block[timing_index].strip()[:60]},
                code="webvtt_timing",
            )
        start = _seconds(*match.groups()[:4])
        end = _seconds(*match.groups()[4:])
        if end <= start:
            raise ValidationError(
                _("Line %(line)d: a cue must end after it starts.") % {"line": line_number},
                code="webvtt_order",
            )
        if cues and start < cues[-1].start:
            raise ValidationError(
                _("Line %(line)d: cues must be in the order of their start times.")
                % {"line": line_number},
                code="webvtt_order",
            )
        cues.append(Cue(start, end, "\n".join(block[timing_index + 1 :])))
    if not cues:
        raise ValidationError(_("The caption file has no cues."), code="webvtt_empty")
    return cues
