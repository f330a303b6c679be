"""Round 20 (dev116-dev119 on arrival): Czech customers, new to arbox. Promises, payment claims,
remittance advices, payment plans, document requests, requests to stop contact and insolvency
notices, with and without háčky and čárky; each family with near misses (the prefix ne- on the verb,
a condition, someone else's insolvency, a plan already agreed) that must not trigger; the promised
dates Czech names (weekdays and months in their cases, "do 15.", "do 10 dnů", "koncem měsíce"). Also
the language field: Czech typed without diacritics is still "cs"."""
from __future__ import annotations

from datetime import date

import pytest

from inbox.classify import classify_intents
from inbox.dates import find_promised_date
from inbox.language import detect_language


def _labels(text: str, subject: str = "") -> list[str]:
    return [i.label for i in classify_intents(text, subject, detect_language(text))]


@pytest.mark.parametrize("text, label", [
    # promises
    ("Dobrý den, fakturu uhradíme nejpozději ve čtvrtek.", "promise_to_pay"),
    ("Zaplatime to pristi tyden, ted cekame na penize od zakaznika.", "promise_to_pay"),
    ("Zbytek částky převedeme do konce měsíce.", "promise_to_pay"),
    ("Platba odejde zítra ráno z naší banky.", "promise_to_pay"),
    ("Obě faktury budou uhrazeny v pondělí.", "promise_to_pay"),
    # already paid
    ("Tato faktura byla uhrazena již 2. listopadu, prosím zkontrolujte to.", "already_paid"),
    ("Fakturu jsme zaplatili minulý týden z účtu u KB.", "already_paid"),
    ("U nás je to zaplaceno dne 14.10.", "already_paid"),
    # remittance advice
    ("V příloze posíláme avízo platby k dnešnímu převodu.", "remittance_advice"),
    ("Dnešní platba zahrnuje faktury uvedené níže.", "remittance_advice"),
    # payment plans
    ("Mohli bychom se dohodnout na splátkovém kalendáři? Letos je to napjaté.", "payment_plan_request"),
    ("Prosíme o možnost rozdělit dlužnou částku na čtyři splátky.", "payment_plan_request"),
    ("Žádáme o odklad splatnosti o třicet dní.", "payment_plan_request"),
    # document requests
    ("Prosím o zaslání kopie faktury, originál se nám ztratil.", "document_request"),
    ("Pošlete nám prosím výpis otevřených položek ke konci září.", "document_request"),
    # requests to stop contact
    ("Nevolejte mi prosím na mobil, jsem na dovolené.", "cease_contact"),
    ("Veškerou korespondenci vedte výhradně písemně.", "cease_contact"),
    ("Přestaňte nás prosím kontaktovat, věc řeší náš právník.", "cease_contact"),
    ("Kontaktujte prosím našeho advokáta, dále s Vámi jednat nebudeme.", "cease_contact"),
    # insolvency
    ("Krajský soud rozhodl o úpadku naší společnosti, insolvenčním správcem byl ustanoven Mgr. Malý.",
     "insolvency_notice"),
    ("Společnost vstoupila do likvidace, pohledávky přihlaste u likvidátora.", "insolvency_notice"),
    ("Bylo zahájeno insolvencni rizeni, prosim obratte se na spravce.", "insolvency_notice"),
])
def test_czech_intents(text: str, label: str):
    assert label in _labels(text)


@pytest.mark.parametrize("text, label", [
    # the prefix ne- on the verb, or a negated helper before it
    ("Fakturu nezaplatíme, dokud nedostaneme dobropis.", "promise_to_pay"),
    ("Nemůžeme zaplatit do pátku, peníze nemáme.", "promise_to_pay"),
    ("Faktura zatím nebyla uhrazena, omlouváme se.", "already_paid"),
    # a condition
    ("Pokud je faktura uhrazena, považujte tuto zprávu za bezpředmětnou.", "already_paid"),
    # a plan already agreed, thanked for
    ("Děkujeme za splátkový kalendář, první splátka přijde v pondělí.", "payment_plan_request"),
    # the document is sent, not asked for
    ("V příloze zasíláme kopii faktury.", "document_request"),
    # someone else's insolvency, a denial
    ("Náš odběratel je v insolvenci, proto se platba zpozdí.", "insolvency_notice"),
    ("Nejsme v insolvenci, jen máme zpoždění plateb od zákazníků.", "insolvency_notice"),
    # a call asked for, not forbidden
    ("Můžete mi zavolat zítra dopoledne? Pouze jde o termín dodání.", "cease_contact"),
])
def test_czech_near_misses(text: str, label: str):
    assert label not in _labels(text)


@pytest.mark.parametrize("text", [
    "Dobry den, fakturu uhradime v pondeli, zbytek do konce mesice. Dekuji",
    "Dobrý den, zbytek faktury pošleme do pátku. Děkuji a zdravím",
])
def test_czech_language(text: str):
    assert detect_language(text) == "cs"


@pytest.mark.parametrize("text, sent, expected", [
    ("Fakturu uhradíme ve čtvrtek.", date(2026, 10, 13), date(2026, 10, 15)),
    ("Zbytek doplatíme do pátku.", date(2026, 10, 13), date(2026, 10, 16)),
    ("Zaplatime v pondeli, penize uz mame.", date(2026, 10, 13), date(2026, 10, 19)),
    ("Částku převedeme do konce měsíce.", date(2026, 10, 13), date(2026, 10, 31)),
    ("Uhradíme koncem listopadu.", date(2026, 10, 13), date(2026, 11, 30)),
    ("Obě faktury zaplatíme do 10 dnů.", date(2026, 10, 13), date(2026, 10, 23)),
    ("Platbu pošleme nejpozději do 27.", date(2026, 10, 13), date(2026, 10, 27)),
])
def test_czech_promised_dates(text: str, sent: date, expected: date):
    found = find_promised_date(text, sent, detect_language(text))
    assert found is not None and found.value == expected


@pytest.mark.parametrize("text, sent", [
    ("Nemůžeme zaplatit do pátku, peníze nemáme.", date(2026, 10, 13)),
    ("Fakturu jsme uhradili v pondělí.", date(2026, 10, 13)),
    ("Zboží jsme poslali ve středu, faktura je uhrazena.", date(2026, 10, 13)),
])
def test_czech_no_promised_date(text: str, sent: date):
    assert find_promised_date(text, sent, detect_language(text)) is None


@pytest.mark.parametrize("text", [
    "Dobrý den, fakturu 4471 jsme vůbec neobdrželi, pošlete ji prosím znovu.",
    "Polovina ložisek přišla poškozená, reklamujeme je.",
    "Na faktuře je chybná cena, v nabídce jsme měli o 12 % méně.",
    "Chybí 30 kusů, fakturováno 200 ks, ale dodáno jen 170.",
    "Čekáme na dobropis za vrácené zboží, do té doby fakturu nezaplatíme.",
])
def test_czech_disputes(text: str):
    assert "dispute" in _labels(text)


@pytest.mark.parametrize("text", [
    "Zboží dorazilo v pořádku, bez poškození, děkujeme.",
    "Reklamace byla vyřízena, děkujeme za dobropis.",
    "Pokud by bylo něco poškozené, ozveme se.",
])
def test_czech_dispute_near_misses(text: str):
    assert "dispute" not in _labels(text)
