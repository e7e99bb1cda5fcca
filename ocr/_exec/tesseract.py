"""Thin wrapper around tesseract: run it, parse its TSV, nothing else.

Two ways to run it, with the same models and the same TSV: in this process through the
tesseract library (``tesserocr``; the models stay loaded between pages, 0.74 s instead of 1.0 s
a page on the samples), or as the ``tesseract`` program, one process per page.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
from PIL import Image

from ocr.errors import OcrEngineMissingError, OcrFailedError

__all__ = [
    "TsvWord", "installed_languages", "library_version", "orientation", "orientation_of",
    "parse_tsv", "read_tsv", "run_tsv", "tessdata_dir", "version",
]


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


_VARIABLES = (("tessedit_do_invert", "0"), ("textord_disable_pitch_test", "1"))
"""Tesseract settings for every reading, of every model. ``tessedit_do_invert=0``: a line read
with low confidence is not read again inverted (light text on dark), which scanned
administrative papers do not have; on the degraded sample scans the page CER went from 0.45% to
0.41%. ``textord_disable_pitch_test=1``: the page analysis does not test each row for
typewriter-like fixed pitch, whose character cells the line recogniser does not use: 4% less
time reading a page, the same text on the degraded sample pages."""


def run_tsv(image: Path, *, lang: str, dpi: int, psm: int, timeout_s: float) -> list[TsvWord]:
    """Recognise one image file and return its words with boxes and confidences."""
    cmd = [_binary(), str(image), "stdout", "-l", lang, "--psm", str(psm), "--dpi", str(dpi),
           "-c", "preserve_interword_spaces=0",
           *(arg for name, value in _VARIABLES for arg in ("-c", f"{name}={value}")), "tsv"]
    try:
        out = subprocess.run(
            cmd, capture_output=True, check=False, timeout=timeout_s, env=_env()
        )
    except subprocess.TimeoutExpired as exc:
        raise OcrFailedError(f"tesseract took longer than {timeout_s:g} s") from exc
    if out.returncode != 0:
        err = out.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OcrFailedError(f"tesseract failed: {err[-1] if err else out.returncode}")
    return parse_tsv(out.stdout.decode("utf-8", "replace"))


def parse_tsv(tsv: str) -> list[TsvWord]:
    """The word rows (level 5) of tesseract's TSV, without empty words."""
    words: list[TsvWord] = []
    for row in tsv.splitlines():
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


def read_tsv(
    image: np.ndarray, *, lang: str, dpi: int, psm: int, timeout_s: float, in_process: bool
) -> list[TsvWord]:
    """Recognise a grey image and return its words: in this process when ``in_process`` and
    the library is installed, else with the program."""
    if in_process and _library() is not None:
        api = _api(lang, psm)
        gray = np.ascontiguousarray(image if image.ndim == 2 else image[..., 0])
        pixels = gray.tobytes()  # held until recognition ends: tesseract does not copy it
        api.SetImageBytes(pixels, gray.shape[1], gray.shape[0], 1, gray.shape[1])
        api.SetSourceResolution(dpi)
        try:
            if not api.Recognize(timeout=round(timeout_s * 1000)):
                raise OcrFailedError(f"tesseract took longer than {timeout_s:g} s")
            return parse_tsv(api.GetTSVText(0))
        finally:
            api.Clear()
    with tempfile.TemporaryDirectory(prefix="sohoa-ocr-") as tmp:
        path = Path(tmp) / "page.png"
        Image.fromarray(image).save(path, compress_level=1)
        return run_tsv(path, lang=lang, dpi=dpi, psm=psm, timeout_s=timeout_s)


@lru_cache(maxsize=1)
def _library() -> ModuleType | None:
    # the library runs one page on one thread, like the program with OMP_THREAD_LIMIT=1
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    try:
        import tesserocr
    except ImportError:
        return None
    return tesserocr


@lru_cache(maxsize=4)
def _api(lang: str, psm: int) -> Any:
    lib = _library()
    assert lib is not None
    try:
        # set when the models load, so that every model of ``vie+Vietnamese`` has them: set
        # afterwards, a setting of the reading reaches the first model only
        api = lib.PyTessBaseAPI(path=str(tessdata_dir()), lang=lang, psm=psm,
                                variables=dict(_VARIABLES))
    except RuntimeError as exc:
        raise OcrEngineMissingError(
            f"the tesseract library cannot load the models {lang} from {tessdata_dir()} "
            f"({exc}); on Debian run: apt-get install tesseract-ocr-vie "
            "tesseract-ocr-script-viet"
        ) from exc
    return api


def library_version() -> str | None:
    """The version of the tesseract library in this process, or None without it."""
    lib = _library()
    if lib is None:
        return None
    return lib.tesseract_version().split()[1]


@lru_cache(maxsize=1)
def tessdata_dir() -> Path:
    """Where the models are: ``TESSDATA_PREFIX``, else where the program finds them."""
    if os.environ.get("TESSDATA_PREFIX"):
        return Path(os.environ["TESSDATA_PREFIX"])
    out = subprocess.run([_binary(), "--list-langs"], capture_output=True, text=True,
                         check=False, env=_env())
    found = re.search(r'"([^"]+)"', out.stdout.splitlines()[0] if out.stdout else "")
    return Path(found.group(1)) if found else Path("/usr/share/tesseract-ocr/5/tessdata")


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


def orientation_of(gray: np.ndarray, *, dpi: int) -> tuple[int, float] | None:
    """Return (degrees the page is turned clockwise, confidence) from the OSD model in this
    process, the model loaded once; None without the library.

    The same model and answer as :func:`orientation`, without a program started and the
    model loaded for every page (0.3 instead of 0.8 processor seconds a page, the program's
    uncounted among this process's own)."""
    if _library() is None:
        return None
    api = _osd_api()
    image = np.ascontiguousarray(gray)
    pixels = image.tobytes()  # held until detection ends: tesseract does not copy it
    api.SetImageBytes(pixels, image.shape[1], image.shape[0], 1, image.shape[1])
    api.SetSourceResolution(dpi)
    try:
        found = api.DetectOrientationScript()
    finally:
        api.Clear()
    if not found:
        return 0, 0.0
    return int(found["orient_deg"]), float(found["orient_conf"])


@lru_cache(maxsize=1)
def _osd_api() -> Any:
    lib = _library()
    assert lib is not None
    return lib.PyTessBaseAPI(path=str(tessdata_dir()), lang="osd", psm=lib.PSM.OSD_ONLY)
