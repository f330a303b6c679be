"""Round 13 date phrasings, found on the arrival of four new authors' sets: next month's end
after "à la fin du", a weekday written before "día 16", Brazilian "nesta sexta" and PIX, a
missed payment-run cut-off, and Italian "il 15 p.v." (prossimo venturo: next month)."""
from __future__ import annotations

from datetime import date

import pytest

from inbox.dates import find_promised_date

TUE = date(2026, 10, 20)  # a Tuesday
MON = date(2026, 11, 2)   # a Monday
THU = date(2026, 11, 5)   # a Thursday
WED = date(2026, 11, 11)  # a Wednesday
THU2 = date(2026, 11, 12)


@pytest.mark.parametrize("text, language, sent, expected", [
    ("Le montant sera versé à la fin du mois prochain.", "fr", TUE, date(2026, 11, 30)),
    ("Nous réglerons la facture à la fin du mois.", "fr", TUE, date(2026, 10, 31)),
    ("La factura se incluirá en la remesa de pagos del lunes día 16 de noviembre.", "es", THU,
     date(2026, 11, 16)),
    ("O saldo da FT26/1083 vai via PIX até sexta-feira.", "pt", WED, date(2026, 11, 13)),
    ("Vamos pagar R$ 10.000,00 nesta sexta via PIX e o restante no dia 18/12.", "pt", WED,
     date(2026, 11, 13)),
    ("Pagamos a fatura na quinta, sem falta.", "pt", WED, date(2026, 11, 12)),
    ("It has just missed the cut-off for next Wednesday's run, so it will be paid Wednesday week.",
     "en", THU2, date(2026, 11, 25)),
    ("Le fatture verranno saldate a mezzo bonifico il 15 p.v.", "it", MON, date(2026, 12, 15)),
    ("Le fatture verranno saldate il 20 c.m.", "it", MON, date(2026, 11, 20)),
])
def test_promised_dates(text: str, language: str, sent: date, expected: date):
    found = find_promised_date(text, sent, language)
    assert found is not None and found.value == expected


@pytest.mark.parametrize("text, language, sent", [
    # "quinta" is also a wine estate and "sexta" the sixth: no day without a determiner
    ("A Quinta do Vale Escuro vai pagar a fatura.", "pt", WED),
    ("Pagaremos a sexta parcela quando recebermos.", "pt", WED),
    # payment terms, not a day: "fin de mois suivant"
    ("Nous payerons à 30 jours fin de mois suivant.", "fr", WED),
])
def test_no_promised_date(text: str, language: str, sent: date):
    assert find_promised_date(text, sent, language) is None
