"""Thin wrapper around the ``tesseract`` program: run it, parse its TSV, nothing else."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ocr.errors import OcrEngineMissingError, OcrFailedError

__all__ = ["TsvWord", "installed_languages", "orientation", "run_tsv", "version"]


@dataclass(frozen=True, slots=True)
class TsvWord:
    """One word row of tesseract's TSV output."""

    block: int
    par: int
    line: int
    left: int
    top: int
    width: int
    height: int
    conf: float
    text: str


def _env() -> dict[str, str]:
    # Tesseract's OpenMP threads fight each other on small machines: one page per core is
    # several times faster than one page on every core.
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


def _binary() -> str:
    exe = shutil.which("tesseract")
    if exe is None:
        raise OcrEngineMissingError(
            "tesseract is not installed; on Debian run: apt-get install tesseract-ocr "
            "tesseract-ocr-vie tesseract-ocr-script-viet tesseract-ocr-osd"
        )
    return exe


@lru_cache(maxsize=1)
def version() -> str:
    """Return the tesseract version, e.g. ``5.3.0``."""
    out = subprocess.run(
        [_binary(), "--version"], capture_output=True, text=True, check=False, env=_env()
    )
    first = (out.stdout or out.stderr).splitlines()[0] if (out.stdout or out.stderr) else ""
    return first.replace("tesseract", "").strip()


@lru_cache(maxsize=1)
def installed_languages() -> frozenset[str]:
    """Return the language models tesseract can load."""
    out = subprocess.run(
        [_binary(), "--list-langs"], capture_output=True, text=True, check=False, env=_env()
    )
    lines = out.stdout.splitlines()[1:]
    return frozenset(line.strip() for line in lines if line.strip())


def run_tsv(image: Path, *, lang: str, dpi: int, psm: int, timeout_s: float) -> list[TsvWord]:
    """Recognise one image file and return its words with boxes and confidences."""
    cmd = [_binary(), str(image), "stdout", "-l", lang, "--psm", str(psm), "--dpi", str(dpi),
           "-c", "preserve_interword_spaces=0", "tsv"]
    try:
        out = subprocess.run(
            cmd, capture_output=True, check=False, timeout=timeout_s, env=_env()
        )
    except subprocess.TimeoutExpired as exc:
        raise OcrFailedError(f"tesseract took longer than {timeout_s:g} s") from exc
    if out.returncode != 0:
        err = out.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OcrFailedError(f"tesseract failed: {err[-1] if err else out.returncode}")
    words: list[TsvWord] = []
    for row in out.stdout.decode("utf-8", "replace").splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        text = cols[11].strip()
        if not text:
            continue
        words.append(
            TsvWord(int(cols[2]), int(cols[3]), int(cols[4]), int(cols[6]), int(cols[7]),
                    int(cols[8]), int(cols[9]), float(cols[10]), text)
        )
    return words


_ROTATE = re.compile(r"Rotate:\s*(\d+)")
_CONF = re.compile(r"Orientation confidence:\s*([\d.]+)")


def orientation(image: Path, *, dpi: int, timeout_s: float) -> tuple[int, float]:
    """Return (degrees to turn the page clockwise to make it upright, confidence) via OSD."""
    cmd = [_binary(), str(image), "stdout", "--psm", "0", "--dpi", str(dpi), "-l", "osd"]
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, check=False,
                             timeout=timeout_s, env=_env())
    except subprocess.TimeoutExpired as exc:
        raise OcrFailedError(f"orientation detection took longer than {timeout_s:g} s") from exc
    rot, conf = _ROTATE.search(out.stdout), _CONF.search(out.stdout)
    if out.returncode != 0 or rot is None:
        return 0, 0.0
    return int(rot.group(1)), float(conf.group(1)) if conf else 0.0
