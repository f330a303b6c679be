"""Round 12 legal near misses, written for this file (none copied from the labelled sets): the
writer's own client, developer or project owner insolvent, described at length before the
procedure; and true notices that look like them, which must stay flagged (recall first).
"""
from __future__ import annotations

import pytest

from tests.inbox.test_legal_recall_more import INS, legal_labels

NEAR_MISSES: list[tuple[str, str]] = [
    ("fr", "Le promoteur pour qui on dessinait les plans de la résidence des Tilleuls vient de faire faillite, "
           "nos honoraires sont perdus. Le solde partira le 15."),
    ("pt", "O dono de obra do empreendimento de Gaia (Construmar, S.A.) apresentou-se à insolvência em abril; "
           "vamos pagar assim que possível."),
    ("pt", "O dono de obra do empreendimento de Gaia apresentou-se à insolvência em abril; vamos pagar na sexta."),
]

TRUE_NOTICES: list[tuple[str, str]] = [
    ("en", "Our client's administrator wrote to us last month. We, too, have entered administration and the "
           "administrators will contact you."),
    ("en", "We are not able to pay: we are insolvent."),
    ("en", "A major customer of ours went into liquidation and as a result we have gone into administration."),
    ("fr", "Le promoteur pour qui nous travaillions a fait faillite, et nous sommes à notre tour placés en "
           "redressement judiciaire."),
    ("pt", "O dono de obra apresentou-se à insolvência e nós também nos apresentámos à insolvência."),
    ("en", "A major customer of ours, Foo Retail, has gone into liquidation and the administrators say "
           "unsecured creditors will get little."),
]


@pytest.mark.parametrize("language,text", NEAR_MISSES)
def test_own_clients_insolvency_is_not_ours(language: str, text: str) -> None:
    assert INS not in legal_labels(text, language)


@pytest.mark.parametrize("language,text", TRUE_NOTICES)
def test_true_notices_next_to_them_stay_flagged(language: str, text: str) -> None:
    assert INS in legal_labels(text, language)
