"""Legal phrasings for the languages and jurisdictions of dev65-dev72, by family, written for this
file (none copied from the labelled sets): Portuguese, Italian, Dutch/Flemish, Swiss, Scottish/UK,
Catalan, Mexican and Spanish insolvency and closure; requests to write only, to stop calling a
phone, or to go through a lawyer; and the near misses next to them (a customer's own client
insolvent, a denial after a question, a question about us, a paid invoice, post swapped for email,
a stay on suing, a lawyer reviewing a contract, Swiss debt enforcement).
"""
from __future__ import annotations

import pytest

from inbox.classify import classify_intents
from tests.inbox.test_legal_recall_more import _EXPECTED, CEASE, INS, legal_labels


CASES: list[tuple[str, str, str]] = [
    # Portuguese
    ("ins", "pt", "O tribunal declarou a insolvência da sociedade e nomeou um administrador de insolvência."),
    ("ins", "pt", "Requeremos um processo especial de revitalização e estamos a negociar com os credores."),
    ("ins", "pt", "A empresa está em PER desde março; as dívidas anteriores ficam suspensas."),
    ("ins", "pt", "Fomos colocados em recuperação judicial e o administrador judicial vai contactá-los."),
    ("none", "pt", "Um nosso cliente entrou em insolvência e por isso pagaremos com atraso."),
    ("none", "pt", "O nosso cliente principal apresentou-se à insolvência, mas vamos pagar na sexta."),
    ("none", "pt", "O dono da obra abriu falência e ficámos sem receber."),
    ("none", "pt", "Ligaram-nos a perguntar se estamos em insolvência. Não estamos em insolvência, só atrasados."),
    # Italian
    ("ins", "it", "Il Tribunale di Brescia ha aperto la liquidazione giudiziale della nostra società."),
    ("ins", "it", "Abbiamo presentato domanda di concordato preventivo con riserva."),
    ("ins", "it", "L'azienda ha avviato la composizione negoziata della crisi."),
    ("ins", "it", "Il curatore vi invierà le istruzioni per l'insinuazione al passivo."),
    ("ins", "it", "Il commissario giudiziale nominato è il dott. Bianchi."),
    ("ins", "it", "Vi informo che la ditta ha cessato l'attività e ho chiuso la partita IVA."),
    ("ins", "it", "La società è stata messa in liquidazione volontaria dai soci."),
    ("none", "it", "Un nostro cliente è entrato in concordato preventivo, per questo paghiamo in ritardo."),
    ("none", "it", "Vi confermo che non c'è nessuna procedura concorsuale a nostro carico: pagheremo lunedì."),
    ("none", "it", "Qualcuno vi ha chiesto se siamo falliti? Non siamo falliti, il bonifico parte domani."),
    # Dutch / Flemish
    ("ins", "nl", "De rechtbank heeft onze onderneming gisteren failliet verklaard; de curator is mr. Jansen."),
    ("ins", "nl", "Wij hebben voorlopige surseance van betaling gekregen en een bewindvoerder is benoemd."),
    ("ins", "nl", "We bieden al onze schuldeisers een WHOA-akkoord aan."),
    ("ins", "nl", "De ondernemingsrechtbank heeft onze gerechtelijke reorganisatie toegestaan."),
    ("ins", "nl", "De aandeelhouders besloten tot vrijwillige vereffening van de vennootschap."),
    ("none", "nl", "Een van onze grote klanten is failliet gegaan, daarom betalen we iets later."),
    ("none", "nl", "Wij zijn niet failliet, de betaling volgt volgende week."),
    # Swiss (French, German)
    ("ins", "fr", "La faillite de la société a été prononcée ; l'Office des faillites de Lausanne gère la masse."),
    ("ins", "fr", "Le tribunal nous a accordé un sursis concordataire provisoire."),
    ("ins", "fr", "La Sàrl a été liquidée et sa radiation au registre du commerce publiée dans la FOSC."),
    ("ins", "de", "Über unsere GmbH wurde der Konkurs eröffnet; melden Sie Ihre Forderung beim Konkursamt an."),
    ("ins", "de", "Das Gericht hat uns eine provisorische Nachlassstundung bewilligt."),
    ("none", "de", "Wir haben Ihren Zahlungsbefehl erhalten und erheben Rechtsvorschlag gegen die Betreibung."),
    ("none", "fr", "Nous avons reçu un commandement de payer de l'Office des poursuites et contestons la facture."),
    # Scottish / UK
    ("ins", "en", "I've signed a protected trust deed; my trustee will write to all my creditors."),
    ("ins", "en", "My estate was sequestrated last month and the Accountant in Bankruptcy is now the trustee."),
    ("ins", "en", "The directors have filed a DS01 to have the company struck off."),
    ("ins", "en", "We've applied to strike the company off at Companies House."),
    ("ins", "en", "The company has proposed a CVA to its creditors."),
    ("ins", "en", "Sorry to say the business has gone bust."),
    ("none", "en", "Is it true you are going into administration? We need to decide where to order from."),
    ("none", "en", "Our driver was told at the depot that Harbour Supplies is going into liquidation. Is that true?"),
    ("ins", "en", "The company entered administration on 3 May. The administrators put the balance at £4,120, is that right?"),
    ("ins", "en", "Can you strike the company off your mailing list? It was struck off the register in June."),
    ("none", "en", "Can you strike it off the statement please, it was credited last week."),
    # Catalan, Mexican and Spanish
    ("ins", "ca", "Us comuniquem el cessament d'activitat de l'empresa a final de mes."),
    ("ins", "ca", "Hem cessat l'activitat definitivament i tancarem el compte."),
    ("ins", "ca", "La societat ha sol·licitat el concurs de creditors."),
    ("ins", "es", "El juez de distrito declaró a la empresa en concurso mercantil y nombró un conciliador."),
    ("ins", "es", "Hemos comunicado al juzgado la apertura de negociaciones del artículo 585 TRLC."),
    ("ins", "es", "La compañía presentó la comunicación del art. 585 de la Ley Concursal la semana pasada."),
    ("ins", "es", "Hemos presentado la comunicación de apertura de negociaciones con nuestros acreedores."),
    # Writing only, stop calling, through the lawyer
    ("cease", "ca", "D'ara endavant, només per escrit, si us plau."),
    ("cease", "nl", "Wij communiceren vanaf nu uitsluitend schriftelijk met u."),
    ("cease", "nl", "Neem over deze kwestie geen contact meer op met onze medewerkers."),
    ("cease", "nl", "Verdere correspondentie uitsluitend via mr. Van Dijk, onze advocaat."),
    ("cease", "it", "Da adesso in poi comunicazioni solo per iscritto, grazie."),
    ("cease", "de", "Bitte wenden Sie sich künftig nur noch schriftlich an uns."),
    ("cease", "en", "Stop ringing me at home, it is upsetting my family."),
    ("cease", "en", "Please don't call my home number about this again."),
    ("cease", "en", "Could you post the letters rather than phoning me? I can't face the calls."),
    ("cease", "en", "Email me instead of ringing, please."),
    ("cease", "en", "I'm not taking any more calls about this account."),
    ("cease", "es", "Les ruego que no vuelvan a marcar al celular de mi esposa."),
    ("cease", "es", "Les pido de favor no volver a llamar a la casa del dueño."),
    ("cease", "es", "Por medio de este burofax les requerimos que cesen toda comunicación con nuestro cliente."),
    ("cease", "en", "We act for Mr Lowe. Please direct all further correspondence to this firm and not to our client."),
    # Near misses for the requests
    ("none", "es", "La factura ya está pagada desde el martes, dejen de reclamarla por favor."),
    ("none", "fr", "Merci d'arrêter d'envoyer vos relances par la poste : envoyez-les par mail à compta@exemple.fr."),
    ("none", "es", "Durante la negociación les rogamos que se abstengan de iniciar acciones judiciales."),
    ("none", "en", "Please forward this to our lawyer for the contract review."),
    ("none", "en", "Our solicitor is looking at the lease renewal."),
    ("none", "en", "To unsubscribe from our newsletter, click here."),
]


@pytest.mark.parametrize(("expected", "language", "text"), CASES)
def test_legal_family(expected: str, language: str, text: str) -> None:
    assert legal_labels(text, language) == _EXPECTED[expected]


def test_insolvency_leads_a_dissolved_company_that_asks_off_the_list() -> None:
    text = ("Notre Sàrl a cessé toute activité, la liquidation est terminée et la radiation au registre du "
            "commerce a été publiée. Vous pouvez retirer notre adresse de vos listes.")
    assert classify_intents(text, "Re: Rappel", "fr")[0].label == INS


def test_paid_then_stop_chasing_is_a_paid_claim() -> None:
    scores = classify_intents("Ya os la pagamos el día 4. Dejad de reclamármela.", "RE: Recordatorio", "es")
    assert scores[0].label == "already_paid"
    assert CEASE not in {s.label for s in scores}
