"""Round 13 mailbox intents: a Portuguese customer missing a document or asking for it again
as a question, and an Italian customer telling us whom invoices must now be made out to."""
from __future__ import annotations

import pytest

from inbox.classify import classify_intents


def _labels(text: str, language: str) -> list[str]:
    return [i.label for i in classify_intents(text, "Re: fatura", language)]


@pytest.mark.parametrize("text, language, label", [
    ("Favor enviar o boleto atualizado da fatura 1012, o anterior já venceu.", "pt", "document_request"),
    ("Não encontramos a fatura 1012 no sistema. Podem reenviar?", "pt", "document_request"),
    ("Faltam-nos as notas fiscais de outubro.", "pt", "document_request"),
    ("Dal 1° gennaio le fatture dovranno essere intestate a Nordic Hotels Italia S.p.A., Via Roma 1, Milano.",
     "it", "contact_update"),
    ("Vi informiamo che con atto di fusione la società sarà incorporata in Alfa S.p.A.", "it", "contact_update"),
])
def test_the_intent_is_read(text: str, language: str, label: str):
    assert label in _labels(text, language)


@pytest.mark.parametrize("text, language, label", [
    # goods missing, not a document
    ("Faltam 200 rolhas na entrega de ontem.", "pt", "document_request"),
    # the invoice received and paid: nothing to change
    ("Abbiamo ricevuto la fattura intestata a noi, pagheremo venerdì.", "it", "contact_update"),
])
def test_near_misses_are_not_read(text: str, language: str, label: str):
    assert label not in _labels(text, language)
