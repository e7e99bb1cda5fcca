"""Worker processes start from a forkserver whose socket lives under TMPDIR (sohoa.processes):
a folder too deep for a UNIX socket is refused with a message naming it, not a traceback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from sohoa.errors import ConfigurationError
from sohoa.processes import MAX_TMPDIR, worker_context

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def folder_of() -> Iterator[Callable[[int], Path]]:
    """Make a new folder whose path is exactly so many bytes long (under /tmp)."""
    base = Path(tempfile.mkdtemp(prefix="p", dir="/tmp"))

    def make(size: int) -> Path:
        folder = base / ("d" * (size - len(str(base)) - 1))
        folder.mkdir()
        return folder

    yield make
    shutil.rmtree(base)


def test_the_longest_allowed_folder_starts_workers(folder_of: Callable[[int], Path]) -> None:
    folder = folder_of(MAX_TMPDIR)
    assert len(str(folder)) == MAX_TMPDIR
    # a fresh process, so that multiprocessing makes its socket folder under this TMPDIR
    code = ("import tempfile, sys; tempfile.tempdir = sys.argv[1]\n"
            "from concurrent.futures import ProcessPoolExecutor\n"
            "from sohoa.processes import worker_context\n"
            "with ProcessPoolExecutor(1, mp_context=worker_context()) as pool:\n"
            "    print(pool.submit(abs, -7).result())\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code, str(folder)], cwd=ROOT, timeout=120,
                         capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "7"


def test_a_folder_one_byte_deeper_is_refused_by_name(monkeypatch: pytest.MonkeyPatch,
                                                      folder_of: Callable[[int], Path]) -> None:
    folder = folder_of(MAX_TMPDIR + 1)
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    with pytest.raises(ConfigurationError) as err:
        worker_context()
    assert str(folder) in err.value.message and "TMPDIR" in err.value.message


def test_python_itself_fails_one_byte_past_the_limit(folder_of: Callable[[int], Path]) -> None:
    """The limit is the socket's, not ours: one byte past it, a pool cannot start."""
    folder = folder_of(MAX_TMPDIR + 1)
    code = ("import tempfile, sys, multiprocessing as mp\n"
            "tempfile.tempdir = sys.argv[1]\n"
            "from concurrent.futures import ProcessPoolExecutor\n"
            "with ProcessPoolExecutor(1, mp_context=mp.get_context('forkserver')) as pool:\n"
            "    print(pool.submit(abs, -7).result())\n")
    out = subprocess.run([sys.executable, "-c", code, str(folder)], timeout=120,
                         capture_output=True, text=True)
    assert out.returncode != 0 and "AF_UNIX path too long" in out.stderr


def test_serve_with_a_deep_tmpdir_says_what_to_change(tmp_path: Path,
                                                      folder_of: Callable[[int], Path]) -> None:
    folder = folder_of(MAX_TMPDIR + 20)
    env = {**os.environ, "TMPDIR": str(folder), "SOHOA_DATA": str(tmp_path / "data"),
           "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-m", "cli.main", "serve", "--port", "1"], env=env,
                         cwd=ROOT, timeout=120, capture_output=True, text=True)
    assert out.returncode != 0
    assert "Traceback" not in out.stderr
    assert "TMPDIR" in out.stderr and str(folder) in out.stderr


_OWNER_DIES = """
import os, signal, sys
{make}
print(pid, flush=True)
os.kill(os.getpid(), signal.SIGKILL)  # as `kill -9`: nothing of this process runs after it
"""
_PAGE_WORKERS = ("from sohoa.processes import worker_pool\n"
                 "pool = worker_pool(1)\n"
                 "pid = pool.submit(os.getpid).result()")


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_page_workers_end_when_the_process_that_started_them_is_killed() -> None:
    """(The verification checks' pool, pebble's, ends its workers by itself.)"""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", _OWNER_DIES.format(make=_PAGE_WORKERS)], cwd=ROOT,
                         timeout=120, capture_output=True, text=True, env=env)
    assert out.returncode == -9, out.stderr
    worker = int(out.stdout.split()[0])
    for _ in range(150):  # the worker sees its owner end at once; give a loaded machine 30 s
        if _gone(worker):
            break
        time.sleep(0.2)
    else:
        os.kill(worker, 9)
        pytest.fail(f"page worker {worker} outlived the process that started it")
