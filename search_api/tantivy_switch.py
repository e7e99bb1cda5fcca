"""Where the embedded index's directory is, and how a rebuilt one takes its place.

The data folder's ``index`` is a symbolic link to the directory that holds the index now
(``index.r<time>``; a data folder of an earlier release has the directory itself there). A
rebuild makes a new directory beside it and, once complete, replaces the link in one
``rename``: every process that opens ``index`` from then on opens the new directory, and a
process that has the old one open notices at its next search or write (the link's target
changed: ``generation``) and opens the new one. The old directory is then deleted; a search
still reading it keeps its open files until it ends.

The first rebuild of a data folder of an earlier release moves its directory aside before
the link takes its place, holding the lock that opening the index takes (``.<index>.lock``),
so no process opens the index in between.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import tantivy

from search_api.rebuild_log import locked

__all__ = ["generation", "new_directory", "open_lock", "set_aside_if_older", "switch"]


def open_lock(path: Path) -> Path:
    """The lock held while the index at ``path`` is opened, moved aside or switched."""
    return path.parent / f".{path.name}.lock"


def generation(path: Path) -> tuple[int, int] | None:
    """Which directory ``path`` is now (device and inode, through the link); None while
    there is none."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return st.st_dev, st.st_ino


def new_directory(path: Path) -> Path:
    """A new, empty directory beside ``path`` for a rebuilt index."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    built = path.with_name(f"{path.name}.r{stamp}")
    built.mkdir()
    return built


def set_aside_if_older(path: Path, version: str) -> bool:
    """Move an index of another schema ``version`` to ``<name>.previous``; True if moved.
    The caller holds ``open_lock``."""
    if not tantivy.Index.exists(str(path)):
        return False
    try:
        if (path / "sohoa-version").read_text().strip() == version:
            return False
    except FileNotFoundError:
        pass
    aside = path.with_name(path.name + ".previous")
    shutil.rmtree(aside, ignore_errors=True)
    real = path.resolve()
    if path.is_symlink():
        path.unlink()
    real.rename(aside)
    return True


def switch(path: Path, built: Path) -> Path | None:
    """Put the index in ``built`` in the place of the one at ``path``; return the directory
    it replaced (to be deleted), None if there was none."""
    link = path.with_name(f".{path.name}.link")
    link.unlink(missing_ok=True)
    link.symlink_to(built.name)
    with locked(open_lock(path)):
        old: Path | None = path.resolve() if path.is_symlink() else None
        if not path.is_symlink() and path.exists():  # an earlier release's directory
            old = path.with_name(f"{path.name}.replaced")
            shutil.rmtree(old, ignore_errors=True)
            path.rename(old)
        link.replace(path)
    return old if old is not None and old != built.resolve() else None
