"""schemathesis against the service's own OpenAPI description: whatever a client sends, the
service answers without a server error (5xx), anonymous and signed in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error

from tests.web_support import make_accounts, settings_for
from web import create_app

EXAMPLES = 40
"""Cases per operation, valid and invalid (each sent anonymous, as the head and as a clerk)."""


def test_no_operation_answers_with_a_server_error(tmp_path: Path) -> None:
    data = tmp_path / "data"
    config = settings_for(data, login_per_minute=100_000, verify_per_minute=100_000)
    keys = make_accounts(data)
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(config))
    identities = [{}, *({"Authorization": f"Bearer {keys[u]}"} for u in ("quan", "lan"))]
    failures: list[str] = []
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 25

    for operation in operations:
        @given(case=st.one_of(operation.as_strategy(GenerationMode.POSITIVE),
                              operation.as_strategy(GenerationMode.NEGATIVE)))
        @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case: Any) -> None:
            for headers in identities:
                case.call_and_validate(headers=headers, checks=[not_a_server_error])

        try:
            check()
        except (Exception, BaseExceptionGroup) as exc:  # every operation's failure, then all
            failures.append(f"{operation.label}: {exc}"[:2000])
    if failures:
        pytest.fail("\n\n".join(failures))
