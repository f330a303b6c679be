"""Legal phrasings in the languages that had no rules before dev57-dev64 — Italian, Dutch,
Afrikaans, Portuguese, Catalan — written for this file (none copied from the labelled sets),
with their near misses: a third party's insolvency, a failed payment ("fallito", "fallida"), a
holiday closure, a conditional threat; and the near misses of any language found on the same
sets: a service provider's or a neighbour's liquidation, an office holder collecting what we owe
the estate, a newsletter's own unsubscribe line, a marketing list left.
"""
from __future__ import annotations

import pytest

from inbox.classify import classify_intents
from inbox.intent_engine import tokenise
from inbox.intent_legal import forwarded_insolvency
from inbox.intent_text import normalise_text

INS = "insolvency_notice"
CEASE = "cease_contact"
_EXPECTED = {"ins": {INS}, "cease": {CEASE}, "both": {INS, CEASE}, "none": set()}


def legal_labels(text: str, language: str, subject: str = "Re: Payment reminder") -> set[str]:
    return {s.label for s in classify_intents(text, subject, language)} & {INS, CEASE}


CASES: list[tuple[str, str, str]] = [
    # Italian and Swiss-Italian procedures.
    ("ins", "it", "Vi informiamo che il tribunale ha dichiarato il fallimento della nostra società."),
    ("ins", "it", "La ditta è stata dichiarata fallita la settimana scorsa."),
    ("ins", "it", "Con sentenza del 3 marzo è stata aperta la liquidazione giudiziale di Rossi Utensili Srl."),
    ("ins", "it", "Abbiamo depositato ricorso per concordato preventivo presso il Tribunale di Bergamo."),
    ("ins", "it", "Il pretore ci ha concesso la moratoria concordataria provvisoria per quattro mesi."),
    ("ins", "it", "Per ogni credito rivolgetevi al curatore fallimentare, dott. Neri."),
    ("ins", "it", "È stato nominato commissario giudiziale l'avv. Galli."),
    ("ins", "it", "La società è in liquidazione dal primo aprile, il liquidatore vi scriverà."),
    ("ins", "it", "Potete presentare domanda di ammissione al passivo entro il 30 giugno."),
    ("ins", "it", "Abbiamo chiuso definitivamente il negozio a fine marzo."),
    # Dutch and Belgian procedures, Afrikaans and South African ones.
    ("ins", "nl", "Helaas is ons bedrijf gisteren failliet verklaard door de ondernemingsrechtbank."),
    ("ins", "nl", "De curator zal contact met u opnemen over de openstaande facturen."),
    ("ins", "nl", "Wij hebben surseance van betaling aangevraagd; de bewindvoerder beslist over betalingen."),
    ("ins", "nl", "Onze vennootschap bevindt zich in gerechtelijke reorganisatie."),
    ("ins", "nl", "De BV is in vereffening; de vereffenaar neemt uw vordering op."),
    ("ins", "nl", "Wij hebben onze winkel na twintig jaar definitief gesloten."),
    ("ins", "af", "Die maatskappy is op 2 Mei in voorlopige likwidasie geplaas."),
    ("ins", "af", "Ons besigheid is onder besigheidsredding en die praktisyn hanteer alle betalings."),
    ("ins", "af", "My boedel is gesekwestreer; skryf asseblief aan die kurator."),
    ("ins", "en", "The company was placed under business rescue on Monday; the practitioner will contact creditors."),
    # Portuguese.
    ("ins", "pt", "Informamos que a empresa foi declarada em insolvência pelo tribunal de Braga."),
    ("ins", "pt", "Requeremos a abertura de um processo especial de revitalização."),
    ("ins", "pt", "A nossa empresa está em recuperação judicial desde janeiro."),
    ("ins", "pt", "O administrador da insolvência tratará de todos os pagamentos."),
    ("ins", "pt", "Encerrámos definitivamente a loja no fim do mês passado."),
    # Catalan.
    ("ins", "ca", "L'empresa ha sol·licitat el concurs de creditors aquest mes."),
    ("ins", "ca", "Us informem que la societat ha fet fallida."),
    ("ins", "ca", "Hem tancat el negoci definitivament i la societat entra en liquidació."),
    ("ins", "ca", "Hem fet el cessament definitiu d'activitat el mes passat."),
    # Requests to stop calling, write only, go through the lawyer.
    ("cease", "it", "Non chiamateci più in ufficio per queste fatture."),
    ("cease", "it", "Vi chiediamo di non contattarci più direttamente."),
    ("cease", "it", "Vi diffido dal chiamare ancora il mio cellulare."),
    ("cease", "it", "Smettete di telefonare al nostro magazzino ogni giorno."),
    ("cease", "it", "D'ora in poi comunicate con noi esclusivamente per iscritto."),
    ("cease", "it", "Rivolgetevi al nostro avvocato per qualsiasi questione."),
    ("cease", "nl", "Bel ons alstublieft niet meer over deze rekening."),
    ("cease", "nl", "Ik verzoek u mij niet meer rechtstreeks te bellen."),
    ("cease", "nl", "Stop met ons te bellen, wij antwoorden enkel nog schriftelijk."),
    ("cease", "nl", "Wend u zich voortaan tot onze advocaat."),
    ("cease", "af", "Moet ons asseblief nie weer bel oor die rekening nie."),
    ("cease", "af", "Kommunikeer slegs skriftelik met ons van nou af."),
    ("cease", "pt", "Deixem de nos ligar para o escritório, por favor."),
    ("cease", "pt", "Não nos contactem mais sobre estas faturas."),
    ("cease", "pt", "Qualquer assunto deve ser tratado através do nosso advogado."),
    ("cease", "pt", "Aceitamos comunicações apenas por escrito."),
    ("cease", "ca", "Si us plau, no ens truqueu més a la botiga."),
    ("cease", "ca", "Deixeu de trucar-nos cada dia, ja us respondrem."),
    ("cease", "ca", "Qualsevol comunicació sobre el deute, només per escrit."),
    # Near misses: someone else's procedure, a failed payment, a holiday closure, a condition.
    ("none", "it", "Uno dei nostri clienti è fallito e per questo pagheremo con qualche giorno di ritardo."),
    ("none", "it", "Il bonifico è fallito per un errore dell'IBAN, lo ripetiamo domani."),
    ("none", "it", "Il negozio resterà chiuso per ferie dal 10 al 24 agosto."),
    ("none", "nl", "Een van onze grootste klanten is failliet gegaan; we betalen volgende week."),
    ("none", "pt", "Um dos nossos clientes entrou em insolvência, por isso atrasámos o pagamento."),
    ("none", "ca", "La transferència fallida s'ha tornat a enviar avui."),
    ("none", "ca", "Participem al concurs de fotografia de la fira."),
    ("none", "en", "Our payroll provider went into administration in March, which delayed our invoice processing; we will pay by Friday."),
    ("none", "fr", "Notre prestataire informatique de facturation a été placé en redressement judiciaire, d'où ce retard ; "
                   "nous réglerons sous quinzaine."),
]


def test_case_set_shape() -> None:
    assert len(CASES) >= 50
    assert {language for _, language, _ in CASES} >= {"it", "nl", "af", "pt", "ca"}


@pytest.mark.parametrize(("expected", "language", "text"), CASES)
def test_phrasings_give_exactly_the_legal_labels(expected: str, language: str, text: str) -> None:
    assert legal_labels(text, language) == _EXPECTED[expected]


@pytest.mark.parametrize(("language", "text"), [
    ("it", "Non siamo in fallimento: il ritardo è dovuto a un problema tecnico."),
    ("nl", "Wij zijn niet failliet, de betaling volgt maandag."),
    ("pt", "A empresa não está em insolvência, pagamos na sexta-feira."),
])
def test_a_denied_procedure_is_no_notice(language: str, text: str) -> None:
    assert INS not in legal_labels(text, language)


def test_a_third_party_named_after_the_procedure_is_someone_elses() -> None:
    text = ("For your information, we received a notice from the business rescue practitioner of Kgosi Haulage "
            "(Pty) Ltd, one of our tenants. You may want to lodge a claim.")
    assert INS not in legal_labels(text, "en")


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Je suis liquidateur de la SARL Imprimerie Dufour. Il ressort de ses comptes que votre société reste "
           "redevable de 840 €, à verser sur le compte de la liquidation sous quinzaine."),
    ("en", "I act as trustee of Harbour Prints Ltd. The company's ledger shows you owe the company $1,250 for printing; "
           "please pay it to the estate account."),
])
def test_an_office_holder_collecting_what_we_owe_the_estate_is_no_customer_notice(language: str, text: str) -> None:
    assert INS not in legal_labels(text, language, subject="")


def test_a_collecting_office_holder_who_also_invites_claims_is_still_a_notice() -> None:
    text = ("Je suis liquidateur de la SARL Imprimerie Dufour. Votre société reste redevable de 840 €. "
            "Si vous êtes vous-même créancier, merci de déclarer votre créance dans les deux mois.")
    assert INS in legal_labels(text, "fr", subject="")


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Sie erhalten diese Nachricht als Kunde. Klicken Sie hier, um sich vom Newsletter abzumelden und keine "
           "weiteren E-Mails zu erhalten."),
    ("en", "Please unsubscribe this email address from your promotional mailings, it is our accounts inbox."),
])
def test_a_mailing_footer_or_a_marketing_opt_out_is_no_cease_request(language: str, text: str) -> None:
    assert CEASE not in legal_labels(text, language, subject="")


def test_a_customer_who_leaves_the_newsletter_and_stops_calls_still_asks_to_stop() -> None:
    text = "Take me off your newsletter and do not call my mobile again."
    assert CEASE in legal_labels(text, "en", subject="")


def _tokens(text: str, language: str):
    return tokenise(normalise_text(text), language)


def test_a_forwarded_notice_about_the_neighbour_is_none() -> None:
    own = _tokens("Je vous transfère ce courrier : c'est mon voisin, le garage Martin, qui est en liquidation judiciaire.", "fr")
    letter = _tokens("Par jugement du 2 mai, le tribunal a ouvert une liquidation judiciaire à l'égard de la SARL Garage "
                     "Martin. Déclarez votre créance auprès du mandataire judiciaire.", "fr")
    assert forwarded_insolvency(letter, own) == []


def test_a_forwarded_notice_with_the_customers_own_words_is_theirs() -> None:
    own = _tokens("Pour information, voici le courrier de notre mandataire.", "fr")
    letter = _tokens("Par jugement du 2 mai, le tribunal a ouvert une liquidation judiciaire à l'égard de la SARL Garage "
                     "Martin. Déclarez votre créance auprès du mandataire judiciaire.", "fr")
    assert forwarded_insolvency(letter, own)


@pytest.mark.parametrize(("language", "text"), [
    ("it", "Non vogliamo essere più contattati da nessuno del vostro ufficio."),
    ("nl", "Neem geen contact meer op met onze medewerkers."),
    ("nl", "Wij wensen geen verdere telefoontjes meer."),
    ("pt", "Por favor não entrem mais em contato conosco por telefone."),
    ("ca", "No ens torneu a trucar per aquest tema."),
])
def test_more_ways_to_ask_to_stop(language: str, text: str) -> None:
    assert legal_labels(text, language) == {CEASE}


@pytest.mark.parametrize(("language", "text"), [
    ("it", "Vi preghiamo di inviare le fatture esclusivamente via PEC all'indirizzo amministrazione@pec.it."),
    ("nl", "Wij hebben geen herinneringen meer van u ontvangen sinds maart."),
    ("pt", "Deixem de enviar faturas em papel, usem o email."),
    ("it", "Il conto è chiuso definitivamente, usate il nuovo IBAN."),
    ("pt", "A fatura está em liquidação e será paga na sexta-feira."),
    ("en", "Um, per our call, the payment goes out on Friday."),
    ("en", "Our curator approved the exhibition invoice; payment follows next week."),
])
def test_invoice_channels_reports_and_settlements_are_no_legal_labels(language: str, text: str) -> None:
    assert legal_labels(text, language) == set()


# Second read. A lawyer's "our client" alone is the customer they act for, in these languages too
# (as "our client" in English): its procedure stays a notice, however weakened.
@pytest.mark.parametrize(("language", "text"), [
    ("it", "Il nostro cliente, Bianchi Forniture Srl, è stato dichiarato fallito con sentenza del 2 maggio."),
    ("af", "Ons kliënt, Venter Vervoer (Edms) Bpk, is op 3 Junie onder besigheidsredding geplaas."),
    ("pt", "O nosso cliente, Matos & Filhos Lda, foi declarado em falência pelo tribunal."),
    ("ca", "El nostre client, Puig i Fills SL, ha fet fallida i està en concurs de creditors."),
])
def test_a_lawyers_client_in_a_procedure_is_still_a_notice(language: str, text: str) -> None:
    assert INS in legal_labels(text, language)


@pytest.mark.parametrize(("language", "text"), [
    # a customer of the writer, named as such, is still someone else
    ("it", "Il nostro cliente principale è stato dichiarato fallito, per questo paghiamo in ritardo."),
    ("pt", "Um cliente nosso foi declarado em falência e ficou a dever-nos muito."),
])
def test_a_named_customer_in_a_procedure_is_someone_elses(language: str, text: str) -> None:
    assert INS not in legal_labels(text, language)


@pytest.mark.parametrize(("language", "text"), [
    # an invoice paid ("liquidazione della fattura n."), the company's director, an apology, goods held back
    ("it", "Vi confermiamo la liquidazione della fattura n. 7781 con valuta 30 giugno."),
    ("it", "L'ordine deve essere firmato dal nostro legale rappresentante, vi rimandiamo il modulo."),
    ("it", "Ogni comunicazione ufficiale va firmata dal mio legale rappresentante."),
    ("pt", "Lamento não entrar em contacto mais cedo, estive de férias."),
    ("ca", "No ens envieu el material fins que us confirmem l'adreça."),
    ("nl", "Wij stellen een minnelijk akkoord voor over de prijs van de kasten."),
])
def test_second_read_no_legal_label(language: str, text: str) -> None:
    assert legal_labels(text, language) == set()


@pytest.mark.parametrize(("language", "text"), [
    ("it", "D'ora in poi contattate esclusivamente il nostro legale, avv. Ferri."),
    ("pt", "Não entrem mais em contacto connosco por telefone."),
    ("ca", "No ens escriviu més, la factura ja està pagada."),
    ("ca", "No ens truqueu més a la botiga."),
])
def test_second_read_still_asks_to_stop(language: str, text: str) -> None:
    assert CEASE in legal_labels(text, language)


def test_an_amicable_settlement_with_the_court_is_still_a_procedure() -> None:
    text = "De ondernemingsrechtbank heeft het minnelijk akkoord met onze schuldeisers bekrachtigd."
    assert INS in legal_labels(text, "nl")
