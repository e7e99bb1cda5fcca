"""``sohoa … | head``: when the reader stops early the command stops quietly, as shell tools do,
with no traceback (a script's ``set -o pipefail`` sees 141, as for any tool cut off)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_a_reader_gone_away_ends_the_command_quietly(tmp_path: Path) -> None:
    read, write = os.pipe()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SOHOA_DATA": str(tmp_path / "data")}
    proc = subprocess.Popen([sys.executable, "-m", "cli.main", "search", "giấy khai sinh"],
                            cwd=ROOT, env=env, stdout=write, stderr=subprocess.PIPE)
    os.close(write)
    os.close(read)  # nobody reads what it prints
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 141, err.decode()
    assert b"Traceback" not in err and b"BrokenPipeError" not in err


def test_no_warning_about_dsa_on_every_command(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SOHOA_DATA": str(tmp_path / "data")}
    out = subprocess.run([sys.executable, "-m", "cli.main", "search", "giấy khai sinh"],
                         cwd=ROOT, env=env, capture_output=True, timeout=120)
    assert out.returncode == 0 and b"no record matches" in out.stdout
    assert b"DSA" not in out.stderr
