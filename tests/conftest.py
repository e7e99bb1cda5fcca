from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in list(os.environ):
        if key.startswith("SOHOA_"):
            monkeypatch.delenv(key)


def needs_tesseract() -> pytest.MarkDecorator:
    return pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")
