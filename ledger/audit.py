"""Write audit entries: one call per state change, in the same transaction as the change."""
from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from ledger.models import AuditEntry


def record(session: Session, actor: str, action: str, entity: str, entity_pk: int | None,
           **detail: Any) -> None:
    session.add(AuditEntry(actor=actor, action=action, entity=entity, entity_pk=entity_pk,
                           detail=detail))
