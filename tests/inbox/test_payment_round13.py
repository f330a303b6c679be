"""Round 13 promises (found on the arrival of dev80-dev87): a promise in the present that waits
on the customer's own money, and a payment put off to a day; a paid claim or a wait for the
supplier's correction is no such promise."""
from __future__ import annotations

import pytest

from inbox.classify import classify_intents


def _primary(text: str, language: str) -> str:
    return classify_intents(text, "", language)[0].label


@pytest.mark.parametrize("text, language", [
    ("Appena arrivano i soldi dall'assicurazione vi pago tutto, non scappo mica.", "it"),
    ("Dès que l'assurance nous rembourse, je vous paie tout.", "fr"),
    ("Assim que recebermos do nosso cliente, pagamos a fatura.", "pt"),
    ("Vamos ter de atrasar o pagamento da fatura 12 até ao fim do mês.", "pt"),
])
def test_a_promise_waiting_on_the_customers_own_money(text: str, language: str):
    assert _primary(text, language) == "promise_to_pay"


@pytest.mark.parametrize("text, language", [
    ("Vi abbiamo già pagato tutto ieri.", "it"),
    ("Já pagamos a fatura ontem.", "pt"),
    ("Appena riceviamo la nota di credito vi paghiamo la differenza.", "it"),
    ("Dès que nous aurons l'avoir rectificatif, je vous paie le solde.", "fr"),
])
def test_a_paid_claim_or_a_wait_for_a_correction_is_not_this_promise(text: str, language: str):
    evidence = [e for s in classify_intents(text, "", language) for e in s.evidence]
    assert not [e for e in evidence if ".pay_it_all:" in e or ".as_soon_as:" in e], evidence
