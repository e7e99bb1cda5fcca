"""Where a process spends its time: seconds per stage, added up as the stages run.

Each process keeps its own sums. A page worker hands the seconds it spent on a page back
with the page (``take``), and the process that gathers the pages adds them to its own
(``add``), so the process that ran a batch holds the whole batch's profile
(``bench/ocr_speed.py`` prints it). Timing a stage costs a clock reading at each end.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from time import perf_counter

__all__ = ["add", "stage", "take"]

_spent: dict[str, float] = {}


@contextmanager
def stage(name: str) -> Iterator[None]:
    """Add the seconds the ``with`` block takes to the stage ``name`` (also when it raises)."""
    start = perf_counter()
    try:
        yield
    finally:
        _spent[name] = _spent.get(name, 0.0) + perf_counter() - start


def add(spent: Iterable[tuple[str, float]]) -> None:
    """Add seconds spent elsewhere (a page worker's, for one page) to this process's sums."""
    for name, seconds in spent:
        _spent[name] = _spent.get(name, 0.0) + seconds


def take() -> tuple[tuple[str, float], ...]:
    """Return this process's seconds per stage since the last ``take``, and start again
    from zero."""
    spent = tuple(_spent.items())
    _spent.clear()
    return spent
