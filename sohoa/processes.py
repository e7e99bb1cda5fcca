"""How sohoa starts worker processes: from a clean ``forkserver``, never forked from a
process whose threads (a web server's, OpenCV's pool) are running.

The forkserver listens on a UNIX socket made under the temporary folder (``TMPDIR``), and a
UNIX socket's path may be at most 107 bytes. A deeper ``TMPDIR`` made the service fail at
start with Python's bare "AF_UNIX path too long"; :func:`worker_context` says which setting
to change instead.

A worker ends when the process that started its pool ends (:func:`watch_owner`). Workers are
children of the forkserver, not of that process, and wait on a queue whose other end they hold
themselves: a ``sohoa process`` or ``sohoa serve`` stopped by ``kill`` left its forkserver and
every worker (about 280 MB each) waiting for ever.
"""

from __future__ import annotations

import multiprocessing
import os
import select
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.context import BaseContext
from typing import Any

from sohoa.errors import ConfigurationError

__all__ = ["MAX_TMPDIR", "watch_owner", "worker_context", "worker_pool"]

# the socket is <TMPDIR>/pymp-XXXXXXXX/listener-XXXXXXXX: 32 bytes more, 107 at most
MAX_TMPDIR = 107 - 32


def worker_context() -> BaseContext:
    """The ``forkserver`` context worker pools start from.

    Raises:
        ConfigurationError: the temporary folder's path is too long for the socket.
    """
    folder = tempfile.gettempdir()
    size = len(os.fsencode(folder))
    if size > MAX_TMPDIR:
        raise ConfigurationError(
            f"Thư mục tạm quá sâu ({size} byte, tối đa {MAX_TMPDIR}): đặt TMPDIR là một thư "
            f"mục ngắn hơn, ví dụ /tmp (the temporary folder {folder} is {size} bytes long; "
            f"worker processes talk over a UNIX socket under it, whose path may be at most "
            f"107 bytes: set TMPDIR to a folder of at most {MAX_TMPDIR} bytes, e.g. /tmp).")
    return multiprocessing.get_context("forkserver")


def worker_pool(workers: int, initializer: Callable[..., object] | None = None,
                initargs: tuple[Any, ...] = ()) -> ProcessPoolExecutor:
    """A pool of ``workers`` processes from the forkserver, each ending when this process ends,
    each running ``initializer(*initargs)`` first.

    Raises:
        ConfigurationError: the temporary folder's path is too long for the socket.
    """
    return ProcessPoolExecutor(workers, mp_context=worker_context(), initializer=_start_worker,
                               initargs=(os.getpid(), initializer, initargs))


def _start_worker(owner: int, initializer: Callable[..., object] | None,
                  initargs: tuple[Any, ...]) -> None:
    watch_owner(owner)
    if initializer is not None:
        initializer(*initargs)


def watch_owner(owner: int) -> None:
    """End this process as soon as process ``owner`` has ended (a thread waits for it)."""
    threading.Thread(target=_exit_after, args=(owner,), name="sohoa-owner", daemon=True).start()


def _exit_after(owner: int) -> None:
    try:
        handle = os.pidfd_open(owner)
    except ProcessLookupError:
        os._exit(1)
    except (AttributeError, OSError):  # no pidfd: ask every two seconds instead
        while _alive(owner):
            time.sleep(2)
    else:
        select.select([handle], [], [])  # readable once the process has ended
    os._exit(1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
