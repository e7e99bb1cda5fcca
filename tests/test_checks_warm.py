"""The processes that verify signatures are started and ready when ``sohoa serve`` starts
(``Checks.warm``): the first person to verify after a start no longer waits while a process
starts and imports the verifier (5 to 13 s under load, measured by ``bench/load.py``)."""

from __future__ import annotations

from pathlib import Path

from service.checks import Checks
from service.verification import warm_up

_VERIFIER = "'service.verification' in __import__('sys').modules"
"""Asked in a check process: has it imported the verifier? (``eval`` is sent by name.)"""


def test_a_warmed_check_process_has_imported_the_verifier_before_the_first_check() -> None:
    cold = Checks(1, 60, 1)
    try:
        assert cold.run("x", eval, _VERIFIER) is False
    finally:
        cold.close()
    warm = Checks(1, 60, 1)
    try:
        warm.warm(warm_up)
        assert warm.run("x", eval, _VERIFIER) is True
    finally:
        warm.close()


def test_an_app_warming_its_checks_starts_their_processes_and_a_test_app_does_not(
        tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from tests.web_support import settings_for
    from web import create_app

    for warm in (False, True):
        app = create_app(settings_for(tmp_path / f"data-{warm}"), warm_checks=warm)
        with TestClient(app):
            pool = app.state.service.checks._pool
            assert (pool is not None and pool.active) is warm
