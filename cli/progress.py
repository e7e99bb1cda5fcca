"""A progress bar on stderr for long operator commands (``sohoa reindex``): how many of the
total, the rate and the time left. On a terminal the bar is redrawn in place; otherwise (a
log, a pipe) a line is written every ``LINE_EVERY_S`` seconds and at the end."""

from __future__ import annotations

import sys
import time
from typing import TextIO

__all__ = ["LINE_EVERY_S", "Progress"]

LINE_EVERY_S = 30.0
_REDRAW_S = 0.2
_WIDTH = 30


def _duration(seconds: float) -> str:
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


class Progress:
    """Told (done, total) as work goes on; ``close`` ends the bar's line."""

    def __init__(self, what: str, out: TextIO | None = None) -> None:
        self.what = what
        self.out = out if out is not None else sys.stderr
        self.tty = bool(getattr(self.out, "isatty", lambda: False)())
        self._started = time.monotonic()
        self._shown = -1e9
        self._line = ""

    def text(self, done: int, total: int, elapsed: float) -> str:
        """The bar's text for ``done`` of ``total`` after ``elapsed`` seconds."""
        share = done / total if total else 1.0
        rate = done / elapsed if elapsed > 0 else 0.0
        left = f"{_duration((total - done) / rate)} left" if rate and done < total else \
            ("done" if done >= total else "starting")
        filled = round(_WIDTH * min(1.0, share))
        bar = f"[{'#' * filled}{'-' * (_WIDTH - filled)}] " if self.tty else ""
        return (f"{self.what}: {bar}{share:4.0%} {done:,}/{total:,}, {rate:,.0f}/s, {left}, "
                f"{_duration(elapsed)} so far")

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        last = done >= total
        if not last and now - self._shown < (_REDRAW_S if self.tty else LINE_EVERY_S):
            return
        self._shown = now
        line = self.text(done, total, now - self._started)
        if self.tty:
            self.out.write("\r" + line + " " * max(0, len(self._line) - len(line)))
        else:
            self.out.write(line + "\n")
        self._line = line
        self.out.flush()

    def close(self) -> None:
        """End the bar's line (on a terminal)."""
        if self.tty and self._line:
            self.out.write("\n")
            self.out.flush()
