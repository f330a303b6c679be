"""Round 10 date phrasings: Portuguese, Italian, Dutch, Catalan, Swiss, Scottish and US
customers' own ways of naming a payment day, and out-of-office return dates."""
from __future__ import annotations

from datetime import date

import pytest

from inbox.dates import find_promised_date, find_return_date

WED = date(2026, 11, 4)   # a Wednesday
THU = date(2026, 11, 12)  # a Thursday
SAT = date(2026, 11, 14)  # a Saturday


@pytest.mark.parametrize("text, language, sent, expected", [
    # Portuguese: "até" is the payment's deadline when a payment word stands near it
    ("A fatura 1182 fica liquidada até sexta-feira, por transferência.", "pt", WED, date(2026, 11, 6)),
    ("As faturas 71 e 72 ficam pagas até segunda-feira.", "pt", WED, date(2026, 11, 9)),
    ("Amanhã faço a transf da 1182.", "pt", WED, date(2026, 11, 5)),
    ("Eu pago a 1182 até dia 20, pode ser?", "pt", WED, date(2026, 11, 20)),
    ("Vamos pagar no fim do mês.", "pt", WED, date(2026, 11, 30)),
    ("Pagamos a fatura 1182 dia 20.", "pt", WED, date(2026, 11, 20)),
    # Italian: "verranno pagate" is a future passive, not a past participle
    ("Le fatture 88 e 91 verranno pagate entro il 20 novembre.", "it", WED, date(2026, 11, 20)),
    ("Saldiamo la fattura 88 entro venerdì.", "it", WED, date(2026, 11, 6)),
    ("La fattura 88 la paghiamo a fine mese.", "it", WED, date(2026, 11, 30)),
    # Dutch: "worden ... betaald" is the future, "volgende week dinsdag" next week's Tuesday
    ("De twee facturen worden volgende week dinsdag betaald.", "nl", THU, date(2026, 11, 17)),
    ("Uw facturen worden binnen 10 dagen betaald.", "nl", WED, date(2026, 11, 14)),
    ("Factuur 4410 wordt uiterlijk 15 december overgemaakt.", "nl", WED, date(2026, 12, 15)),
    ("We betalen de factuur eind van de maand.", "nl", WED, date(2026, 11, 30)),
    # Catalan
    ("Farem la transferència de la factura 2201 dins de 15 dies.", "ca", WED, date(2026, 11, 19)),
    ("Pagarem la factura 2201 abans del dia 20.", "ca", WED, date(2026, 11, 20)),
    # English: the first of the month is the next month's first
    ("We'll settle invoice 5521 on the first of the month.", "en", WED, date(2026, 12, 1)),
    ("Cash comes in at the end of the month, so we'll pay you on the 1st of the month.", "en", WED,
     date(2026, 12, 1)),
    ("The bills are being paid 11/20 by ACH.", "en", WED, date(2026, 11, 20)),
    ("ill pay the 300 left on 5521 next friday", "en", SAT, date(2026, 11, 20)),
    ("ill get it sorted friday week, sorry", "en", WED, date(2026, 11, 13)),
    ("We get paid by our client on Monday; I'll send your cheque on Tuesday.", "en", WED, date(2026, 11, 10)),
    ("I'm wiring $900 now and the rest on the 20th.", "en", WED, WED),
    ("Our runs are every other week on a Thursday; invoice 77 goes in the run on 24 November.", "en", WED,
     date(2026, 11, 24)),
    ("Our rate is agreed Monday to Friday. 7741 is in Thursday's run.", "en", WED, date(2026, 11, 5)),
    ("tomorrow. promise", "en", WED, date(2026, 11, 5)),
    ("the cash comes in fri so ill send £200 then and the rest at the end of the month", "en", WED,
     date(2026, 11, 6)),
    ("We'll clear them within 20 days. The other one goes with our end of December run.", "en", WED,
     date(2026, 11, 24)),
    ("We will pay this Friday or Monday at the latest.", "en", WED, date(2026, 11, 9)),
    # Spanish
    ("No pude pagar el lunes como le dije; le mando la transferencia el 20.", "es", WED, date(2026, 11, 20)),
    ("El cliente nos paga con la certificación, que cobramos el 15. Os hacemos la transferencia el 16.",
     "es", WED, date(2026, 11, 16)),
    ("Le aviso que el primero del mes le mandamos el pago.", "es", WED, date(2026, 12, 1)),
    ("Hoy os hemos enviado los dos pagarés, con vencimientos 30/11/2026 y 30/12/2026.", "es", WED,
     date(2026, 11, 30)),
    ("la 1182 la pagamos el vierenes sin falta", "es", WED, date(2026, 11, 6)),
    ("Le mandamos un pagaré con vencimiento 15/12/2026.", "es", WED, date(2026, 12, 15)),
    # French: a day named by its committee meeting, the next day standing alone
    ("Le paiement sera validé lors de notre comité du 16 et le virement partira le jour même.", "fr", WED,
     date(2026, 11, 16)),
    ("La facture doit être validée par notre conseil, qui se réunit le mardi 10 novembre. Le paiement "
     "sera libéré le lendemain.", "fr", WED, date(2026, 11, 11)),
    ("Je mets à jour la carte ce soir, vous pourrez repasser les factures 10575 et 10749.", "fr", WED, WED),
])
def test_promised_date_round10(text, language, sent, expected):
    found = find_promised_date(text, sent, language)
    assert found is not None and found.value == expected, (text, found)


@pytest.mark.parametrize("text, language, sent", [
    ("Paiement à 45 jours fin de mois, comme convenu dans nos conditions.", "fr", WED),
    ("I left on Monday for the site, the invoices are with my colleague.", "en", WED),
    ("Bonifico fatto oggi per la fattura 133. Le altre alla scadenza.", "it", WED),
    ("Could we pay the invoice on the 20th of the month every month?", "en", WED),
    ("La facture sera réglée après notre réunion de bureau du 18, je vous confirmerai la date.", "fr", WED),
])
def test_no_promised_date_round10(text, language, sent):
    assert find_promised_date(text, sent, language) is None


@pytest.mark.parametrize("text, language, sent, expected", [
    ("Estou ausente até 20 de novembro, inclusive.", "pt", WED, date(2026, 11, 23)),
    ("Sono assente fino al 13 novembre compreso.", "it", WED, date(2026, 11, 16)),
    ("Ik ben afwezig tot en met vrijdag 13 november.", "nl", WED, date(2026, 11, 16)),
    ("Absent until 13 November inclusive.", "en", WED, date(2026, 11, 16)),
    ("Sóc fora de l'oficina fins al 13 de novembre.", "ca", WED, date(2026, 11, 16)),
    ("Estarei fora do escritório de 9 a 13 de novembro.", "pt", WED, date(2026, 11, 16)),
    ("I'm away until Monday 16 November with no access to email.", "en", WED, date(2026, 11, 16)),
    ("I'm away until Monday 16 November inclusive.", "en", WED, date(2026, 11, 17)),
    ("I'm on leave from Thursday 5th November and will be back at my desk on Wednesday 11th November.", "en",
     WED, date(2026, 11, 11)),
])
def test_return_date_round10(text, language, sent, expected):
    assert find_return_date(text, sent, language) == expected
