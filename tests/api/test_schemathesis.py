"""Property-based API test: schemathesis generates requests from the app's own /openapi.json
and sends them in-process (ASGI) as an admin bearer-token user against the seeded ledger of
conftest.seed (customers C1-C3, invoices, a payment with an application, two drafts).

Checked on every response: no server error (5xx), and the status, content type, headers and
body conform to what the schema declares. Bounded (few examples per operation, no shrinking)
and deterministic (derandomized, no example database), offline.

Generated ids are steered onto the seeded records (a fixed share stays unknown), otherwise
nearly every call would be a 404 and the handlers behind it would never run.
"""
from __future__ import annotations

import zlib
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, settings
from schemathesis.checks import (content_type_conformance, not_a_server_error,
                                 response_headers_conformance, response_schema_conformance)
from schemathesis.config import SchemathesisConfig
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from api.users import issue_token
from ledger.db import transaction
from ledger.models import User

MAX_EXAMPLES = 12
SEED = 20261124
CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance,
          response_headers_conformance]

# Operations left out of the run, each because of a known bug (none open: ids in URLs are
# bounded by api.deps.RowId since the overflow this test found).
EXCLUDED: list[str] = []  # operations left out while a known server error is open


@pytest.fixture
def api_schema(app):  # type: ignore[no-untyped-def]
    config = SchemathesisConfig.from_dict({
        "seed": SEED,
        "generation": {"deterministic": True, "database": "none"},
        # Off: response data (timed portal links, timestamps) and 4xx feedback would steer
        # generation by what earlier calls returned, so runs would differ.
        "phases": {phase: {"extra-data-sources": {"responses": False}}
                   for phase in ("examples", "coverage", "fuzzing")}
        | {"fuzzing": {"extra-data-sources": {"responses": False},
                       "error-feedback": {"enabled": False}}},
    })
    return schemathesis.openapi.from_asgi("/openapi.json", app, config=config)


@pytest.fixture
def admin_token(factory: sessionmaker[Session], ids: dict[str, int]) -> str:
    with transaction(factory) as s:
        ada = s.scalars(select(User).where(User.username == "ada")).one()
        return issue_token(s, ada, "schemathesis", "test")


schema = schemathesis.pytest.from_fixture("api_schema").exclude(name=EXCLUDED)


def _pick(generated: Any, choices: list[Any], salt: str = "") -> Any:
    """A seeded value chosen by the generated one and the rest of the case (`salt`), so the
    same case always gets the same pick (hypothesis can replay a failure) while the many
    cases that share a minimal value like "0" still spread over the choices."""
    return choices[zlib.crc32(f"{generated!r}|{salt}".encode()) % len(choices)]


INVOICES = {"C1": ["A-1", "A-2", "A-3", "A-0"], "C2": ["F2026/0193"], "C3": ["L-1"], "C9": []}


def _steer(case: schemathesis.Case, ids: dict[str, int], links: Any) -> None:
    """Point generated path parameters and invoice numbers at seeded records: customer,
    portal link and invoice number agree, so holds, disputes and PDFs really happen."""
    path = case.path_parameters or {}
    salt = repr((path, case.query, case.body))
    customer = None
    if isinstance(path.get("token"), str):
        customer = _pick(path["token"], ["C1", "C2", "C3", "C9", None], salt)
        if customer is not None:  # None: keep the generated (invalid) token
            path["token"] = links.sign(customer)
    if isinstance(path.get("customer_id"), str):
        customer = _pick(path["customer_id"], ["C1", "C2", "C3", None], salt)
        path["customer_id"] = customer or path["customer_id"]
    if isinstance(path.get("draft_id"), int):
        path["draft_id"] = _pick(path["draft_id"], [ids["reply"], ids["dunning"],
                                                    path["draft_id"]], salt)
    if isinstance(path.get("application_id"), int):
        path["application_id"] = _pick(path["application_id"], [ids["application"],
                                                                path["application_id"]], salt)
    if isinstance(path.get("username"), str):
        path["username"] = _pick(path["username"], ["ada", "alice", "fred", path["username"]],
                                 salt)
    numbers = INVOICES.get(customer or "C1", [])
    for part, key in ((case.body, "invoice_number"), (case.query, "number")):
        if isinstance(part, dict) and isinstance(part.get(key), str):
            part[key] = _pick(part[key], [*numbers, *numbers, part[key]], salt)


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, derandomize=True, database=None, deadline=None,
          phases=[Phase.explicit, Phase.generate],
          suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_schema(case: schemathesis.Case, admin_token: str,
                                    ids: dict[str, int], links: Any) -> None:
    _steer(case, ids, links)
    case.call_and_validate(headers={"Authorization": f"Bearer {admin_token}"}, checks=CHECKS)
