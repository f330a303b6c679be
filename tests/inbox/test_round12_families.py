"""Round 12 rule families: pt-BR PIX promises, Italian "va in pagamento", Dutch "gaat ... de deur uit / over"."""
from __future__ import annotations

import pytest

from inbox.classify import classify_intents, primary_intent


def primary_of(text: str, language: str) -> str:
    return primary_intent(classify_intents(text, "Re: lembrete", language))


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("pt", "Oi, eu faço o PIX da nota 552 até dia 12, pode ser?", "promise_to_pay"),
        ("pt", "Mandamos o pix na sexta sem falta.", "promise_to_pay"),
        ("pt", "Pagamento via pix amanhã cedo, beleza?", "promise_to_pay"),
        ("it", "La fattura 713 va in pagamento il 20 con valuta fissa.", "promise_to_pay"),
        ("it", "Le due fatture le abbiamo messe nel giro pagamenti del 15.", "promise_to_pay"),
        ("nl", "Het bedrag staat klaar en gaat maandag de deur uit.", "promise_to_pay"),
        ("nl", "Factuur 8812 gaat begin volgende maand over.", "promise_to_pay"),
        ("nl", "Wij maken het restant binnenkort over.", "promise_to_pay"),
    ],
)
def test_round12_promise_families(language: str, text: str, expected: str) -> None:
    assert primary_of(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Mijn vraag gaat over factuur 8812 en de levering van vorige week."),
        ("it", "Se la fattura va in pagamento domani, avvisateci per favore."),
    ],
)
def test_round12_not_promise(language: str, text: str) -> None:
    assert primary_of(text, language) != "promise_to_pay"
