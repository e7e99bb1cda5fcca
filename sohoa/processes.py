"""How sohoa starts worker processes: from a clean ``forkserver``, never forked from a
process whose threads (a web server's, OpenCV's pool) are running.

The forkserver listens on a UNIX socket made under the temporary folder (``TMPDIR``), and a
UNIX socket's path may be at most 107 bytes. A deeper ``TMPDIR`` made the service fail at
start with Python's bare "AF_UNIX path too long"; :func:`worker_context` says which setting
to change instead.
"""

from __future__ import annotations

import multiprocessing
import os
import tempfile
from multiprocessing.context import BaseContext

from sohoa.errors import ConfigurationError

__all__ = ["MAX_TMPDIR", "worker_context"]

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
