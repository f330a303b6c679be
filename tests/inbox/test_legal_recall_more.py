"""More legal phrasings, by family, written for this file (none copied from the labelled sets):
a receiver appointed by a lender, the estate of a deceased sole trader, a business closed for
good, writing-only requests, "leave our staff alone", a matter handed to the legal department
or the lawyers' letter attached, a lawyer asking us to leave the client alone; and the near
misses next to each (hearsay, a third party's insolvency, a closed office, a claim on us, one
phone line swapped for another).
"""
from __future__ import annotations

import pytest

from inbox.classify import classify_intents

INS = "insolvency_notice"
CEASE = "cease_contact"
_EXPECTED = {"ins": {INS}, "cease": {CEASE}, "both": {INS, CEASE}, "none": set()}


def legal_labels(text: str, language: str) -> set[str]:
    return {s.label for s in classify_intents(text, "Re: Payment reminder", language)} & {INS, CEASE}


CASES: list[tuple[str, str, str]] = [
    # Receivership told in the active voice, and its equivalents.
    ("ins", "en", "Our bank appointed a receiver over the company last Friday, so I can't authorise anything."),
    ("ins", "en", "The lenders have put in administrators and all payments now go through the administrators."),
    ("ins", "en", "Yesterday the debenture holder appointed joint receivers to the business."),
    ("ins", "fr", "Le tribunal a désigné un administrateur provisoire pour gérer la société."),
    ("ins", "de", "Das Amtsgericht hat die Zwangsverwaltung über unser Betriebsgrundstück angeordnet."),
    ("ins", "es", "La sociedad ha sido intervenida y un administrador judicial gestiona ahora los pagos."),
    # The estate of a deceased sole trader.
    ("ins", "en", "My husband ran the shop on his own and passed away in May; his estate is being dealt with by the executors."),
    ("ins", "en", "I am the executor of my late father's estate and will write once probate is granted."),
    ("ins", "en", "Mr Adams, who traded as Adams Joinery, sadly died last month."),
    ("ins", "fr", "Mon père est décédé ; le notaire chargé de la succession vous contactera."),
    ("ins", "de", "Der Inhaber ist verstorben, der Nachlassverwalter wird sich bei Ihnen melden."),
    ("ins", "es", "Mi padre falleció y el albacea se encargará de las deudas del negocio."),
    # A business closed for good.
    ("ins", "en", "The bakery has closed for good and we are selling the equipment to pay creditors."),
    ("ins", "en", "We have ceased all operations and the company is not coming back."),
    ("ins", "fr", "Nous avons procédé à la cessation définitive d'activité de l'entreprise en septembre."),
    ("ins", "de", "Wir haben unser Gewerbe zum 30. Juni abgemeldet."),
    ("ins", "es", "Hemos cerrado la empresa definitivamente y estamos liquidando las deudas."),
    # Writing only, asked as a wish.
    ("cease", "en", "We would request that all further correspondence on this account is sent by registered post to me."),
    ("cease", "en", "The constant calls to our accounts line every morning need to stop; write to us instead."),
    ("cease", "fr", "Merci de nous écrire par courrier uniquement, plus aucun appel."),
    ("cease", "de", "Bitte wenden Sie sich nur noch per Post an uns."),
    ("cease", "es", "Les pedimos que se comuniquen con nosotros solo por correo postal."),
    # Leave our staff alone.
    ("cease", "en", "Our finance team have been told not to discuss the balance with your agents."),
    ("cease", "en", "Reception will no longer be taking calls about the account."),
    ("cease", "en", "Please don't get in touch with them or me about this again."),
    ("cease", "fr", "Ne contactez plus nos collaborateurs au sujet de ces factures."),
    ("cease", "de", "Kontaktieren Sie bitte nicht mehr unsere Mitarbeiter wegen dieser Rechnungen."),
    ("cease", "es", "No llamen a nuestros empleados por estas facturas."),
    # Handed to the legal department, lawyers' letters.
    ("cease", "en", "This dispute has now been referred to our in-house legal team, who will respond."),
    ("cease", "en", "Everything is being handled by our solicitors from here on."),
    ("cease", "en", "Please find enclosed a letter from our lawyers."),
    ("cease", "fr", "Nous avons transmis le dossier à notre service juridique, adressez-vous à lui."),
    ("cease", "de", "Die Angelegenheit wurde an unsere Rechtsabteilung weitergeleitet."),
    ("cease", "es", "Hemos remitido el expediente a nuestro departamento jurídico."),
    ("cease", "es", "Adjunto les remito carta de nuestro abogado."),
    # A lawyer asking us to leave the client alone.
    ("cease", "es", "Le escribo en nombre y representación de Talleres Roca S.L. y le ruego no contactar directamente con mi representada."),
    ("cease", "fr", "Nous vous prions de bien vouloir ne plus contacter directement notre cliente."),
    ("cease", "en", "Please deal with this office rather than contacting our client directly."),
    # Estate + family redirect: both.
    ("both", "en", "My mother ran the business as a sole trader and died in March. Her estate is being handled by her solicitors; please send anything further to them and not to me."),
    # Near misses: hearsay, a third party's insolvency, a closed office.
    ("none", "en", "A friend told me he'd heard you had gone into administration - is that right? We want to reorder."),
    ("none", "en", "I read in the trade press that Norcott Ltd entered administration; we're fine and will pay Friday."),
    ("none", "en", "The collapse and liquidation of a major customer hit our cash flow, can we pay in two parts?"),
    ("none", "fr", "J'ai entendu dire que votre concurrent était en redressement judiciaire, est-ce vrai ?"),
    ("none", "en", "Our office is closed for the holidays and will reopen on 4 January."),
    ("none", "en", "We are no longer trading with that supplier, so please remove them from the statement."),
    ("none", "de", "Wegen Umbau ist unser Geschäft zwei Wochen geschlossen."),
    # A claim on us and a threat are near misses; stopping calls to one line is a cease request
    # for that channel (docs/labelling.md), even with the line to use instead.
    ("none", "en", "We act for Dunmore Tiles Ltd. The sum of £2,400 is due to our client; please remit it within 14 days."),
    ("cease", "en", "Please don't ring me on my mobile any more, the new contact for invoices is Sarah Lee, sarah@dunmore-tiles.co.uk."),
    ("cease", "fr", "Merci de ne plus m'appeler sur mon portable. Notre nouvelle adresse : compta@exemple.fr."),
    ("cease", "es", "No me llamen más al móvil personal. Nuestro nuevo correo es pagos@talleres-roca.es."),
    ("none", "en", "If this isn't sorted by Friday our solicitors may write to you."),
    ("none", "en", "The letter from our lawyer about the lease renewal is with the landlord."),
    ("none", "en", "My father passed away last week, so sorry for the delay; I'll pay the invoice on Monday."),
]


def test_case_set_shape() -> None:
    assert len(CASES) >= 40
    assert sum(case[0] == "none" for case in CASES) >= 10


def test_statutory_stay_stated_is_part_of_the_notice() -> None:
    text = ("Acme Ltd filed a voluntary petition under chapter 11 on 2 May. Creditors who violate the automatic "
            "stay may be sanctioned.\n\nProposed Counsel to the Debtors")
    assert legal_labels(text, "en") == {INS}


def test_our_calls_said_to_breach_the_stay_is_a_request() -> None:
    text = "Acme Ltd filed under chapter 11 on 2 May. Your reminder emails violate the automatic stay."
    assert legal_labels(text, "en") == {INS, CEASE}


# Families of the dev28/dev29 misses, in new words: the CA/AU/BE restructuring procedures, the
# freeze on pre-filing invoices, a company closed at the registry, a refusal of collection by
# telephone; and the near misses beside each (a debtor of the writer in liquidation, a PO rule,
# a holiday closure, a request to confirm in writing, a phone number swapped).
RESTRUCTURING_CASES: list[tuple[str, str, str]] = [
    # Canada: notice of intention, proposal trustee.
    ("ins", "en", "Heads up: the company lodged an NOI last week and MNP is acting as proposal trustee."),
    ("ins", "en", "We're under an NOI at the moment so your invoices are stayed for now."),
    ("ins", "en", "Our licensed insolvency trustee will send you the creditor package."),
    # Australia: small business restructuring.
    ("ins", "en", "The directors appointed a restructuring practitioner yesterday under the SBR process."),
    ("ins", "en", "We have entered small business restructuring; a plan will be proposed to creditors shortly."),
    ("ins", "en", "The practitioner is tabling a restructuring plan to creditors within the statutory period."),
    # Belgium: judicial reorganisation, in English.
    ("ins", "en", "The commercial court has granted our company a judicial reorganization with a three-month moratorium."),
    ("ins", "en", "We obtained a court-granted moratorium and a reorganisation by amicable agreement is under way."),
    ("ins", "en", "Any questions on the plan go to the delegated judge handling our file."),
    # The freeze on pre-filing invoices.
    ("ins", "en", "Since the filing we are not permitted to pay invoices issued prior to 2 March."),
    ("ins", "en", "I'm no longer authorised to settle anything billed before the 14th."),
    ("ins", "fr", "Nous ne sommes plus autorisés à régler les factures émises avant le 3 mars."),
    ("ins", "es", "Ya no podemos pagar facturas emitidas antes del 3 de marzo por orden del juzgado."),
    ("ins", "en", "Please check your balance against the list of creditors our adviser prepared."),
    # A company closed at the registry.
    ("ins", "fr", "L'entreprise a cessé toutes ses activités et la comptable procède à la radiation de la société."),
    ("ins", "fr", "Nous allons dissoudre la société au greffe le mois prochain."),
    ("ins", "en", "Our accountant is deregistering the company with ASIC this month."),
    ("ins", "en", "The business has been struck off the companies register."),
    ("ins", "de", "Unsere GmbH wurde im Handelsregister gelöscht."),
    ("ins", "de", "Die Gesellschaft ist inzwischen aufgelöst worden."),
    ("ins", "es", "Hemos dado de baja la sociedad en el Registro Mercantil."),
    ("ins", "es", "La empresa ha cesado todas sus operaciones."),
    # Refusal of collection by telephone.
    ("cease", "en", "We will not accept any further phone chasing from your agency."),
    ("cease", "en", "No more telephone reminders to our accounts office please."),
    ("cease", "fr", "Plus aucune relance téléphonique, merci."),
    ("cease", "de", "Wir wünschen keine weiteren telefonischen Zahlungserinnerungen."),
    ("cease", "es", "No aceptamos reclamaciones telefónicas; escriban a administracion@talleres.es."),
    ("cease", "es", "Si tienen algo que reclamar, háganlo por escrito."),
    ("cease", "fr", "Si vous avez une question sur le solde, dites-le par écrit."),
    # Near misses.
    ("none", "en", "A developer we supplied went into administration owing us £80k, so could we pay in three parts?"),
    ("none", "en", "Our biggest client went bust leaving us with unpaid bills; we'll still pay you by the 30th."),
    ("none", "fr", "Un promoteur est en liquidation en nous devant 50 000 €, pouvons-nous étaler le paiement ?"),
    ("none", "en", "We are not allowed to pay invoices without a valid PO number."),
    ("none", "en", "Our offices close on 24 December and reopen on 2 January."),
    ("none", "fr", "Nous fermons nos portes le 24 décembre pour les fêtes."),
    ("none", "en", "Please confirm the new bank details in writing before we pay."),
    ("none", "de", "Bitte bestätigen Sie die Gutschrift schriftlich."),
    ("none", "en", "We're restructuring our accounts team, so reminders should go to ap@example.com."),
    ("none", "en", "The telephone number for reminders has changed to 01632 960 123."),
]


def test_restructuring_case_set_shape() -> None:
    assert len(RESTRUCTURING_CASES) >= 30
    assert sum(case[0] == "none" for case in RESTRUCTURING_CASES) >= 8


# Families of the dev30/dev33 errors, in new words: a rescue that failed into a worse procedure;
# and the near misses beside the insolvency words (a debtor of the writer, set off by an
# apposition or owing us a little later; the writer's own claim in someone else's procedure; a
# contract or job wound up; the law named, not a procedure; a procedure over and done; a lawyer
# asked to review a dispute while the customer keeps answering).
DEV30_CASES: list[tuple[str, str, str]] = [
    # A rescue that failed.
    ("ins", "en", "Sadly the company did not survive the restructuring and the administrators are now in charge."),
    ("ins", "en", "Seems Bayview didn't make it through examinership after all."),
    ("ins", "en", "The CVA has failed and a liquidator will be appointed next week."),
    ("ins", "fr", "La société n'a pas survécu à la sauvegarde, le mandataire vous écrira."),
    ("ins", "de", "Die Sanierung ist gescheitert, das Verfahren läuft nun als Regelinsolvenz."),
    ("ins", "es", "El preconcurso ha fracasado y la empresa solicitará el concurso."),
    # Still the writer's own notice next to the near-miss words.
    ("ins", "en", "We have gone into administration, leaving us unable to pay any supplier for now."),
    ("ins", "en", "The company entered administration on 3 March under the Insolvency Act 1986."),
    ("ins", "en", "The business is winding up and a liquidator has been appointed."),
    # Someone else's insolvency: an apposition, owing us later in the clause, our claim.
    ("none", "en", "One of our larger account holders, a haulage firm in Leeds, has gone into liquidation, so we'll pay on the 30th."),
    ("none", "en", "A charter operator in Oban entered administration last month still owing us the summer's fees."),
    ("none", "fr", "Un de nos principaux acheteurs, une poissonnerie de Dieppe, a été placé en redressement judiciaire ; nous paierons fin mars."),
    ("none", "de", "Unser wichtigster Auftraggeber, die Wohnbau Süd GmbH, hat Insolvenz angemeldet; wir bitten um Stundung."),
    ("none", "en", "We have lodged our claim with the liquidator of the shipyard, so payment to you will be a week late."),
    ("none", "fr", "Pour déclarer notre créance auprès du mandataire, il nous faut vos bons de livraison."),
    ("none", "es", "Hemos comunicado nuestro crédito a la administración concursal del astillero; les pagaremos el viernes."),
    # A contract or job wound up.
    ("none", "en", "We're winding up the offshore maintenance contract next month, please send a final statement."),
    ("none", "en", "Now that the harbour project is wound up, can you confirm the balance?"),
    # The law named, not a procedure.
    ("none", "en", "Our auditor asked how the new Bankruptcy Act affects retention of title in your terms."),
    ("none", "en", "Is your retention of title clause still valid under the revised insolvency code?"),
    # A procedure over and done.
    ("none", "en", "Yes, the group went through a restructuring plan in 2022; it was fully implemented and we are trading well."),
    # A lawyer asked to review a dispute.
    ("none", "en", "I've sent the contract to our lawyer to review the penalty clause and will come back to you."),
    ("none", "fr", "J'ai transmis le dossier à notre avocat pour avis sur les pénalités, je reviens vers vous."),
    # ... unlike a hand-over.
    ("cease", "en", "I've passed the file to our attorney to review; from now on please contact her directly."),
    ("cease", "en", "The matter has been passed to our solicitors, who will be in touch."),
]


# Whom the writer works for, builds for or rents from going under is their trouble, not a notice
# from our customer; the customer's own notices next to them still read as notices.
TRADE_THIRD_PARTY_CASES: list[tuple[str, str, str]] = [
    ("none", "en", "Our operator filed Chapter 11 last month, so we're waiting on their payment before we can pay you."),
    ("none", "en", "The pipeline operator is in bankruptcy court and hasn't paid us, so 118000 will be late."),
    ("none", "en", "Our main contractor went into administration in October and owes us a fortune; can we pay monthly?"),
    ("none", "en", "The developer has gone into liquidation, which leaves us short this month. We'll pay on the 30th."),
    ("none", "fr", "Notre client principal est en redressement judiciaire, d'où notre retard. Nous vous proposons un échéancier."),
    ("none", "fr", "Le maître d'ouvrage a été placé en liquidation judiciaire et ne nous paie plus ; nous réglerons fin du mois."),
    ("none", "de", "Unser Bauherr hat Insolvenz angemeldet, deshalb verzögert sich die Zahlung bis Ende Dezember."),
    ("none", "es", "Nuestro promotor ha entrado en concurso y nos debe mucho; pagaremos la factura en dos plazos."),
    ("ins", "en", "We filed for Chapter 11 protection yesterday; our operator contracts continue."),
    ("ins", "de", "Wir haben beim Amtsgericht Insolvenzantrag gestellt; der Bauherr weiß Bescheid."),
    ("ins", "fr", "Notre société a été placée en redressement judiciaire par le tribunal de commerce."),
]


@pytest.mark.parametrize(("expected", "language", "text"),
                         CASES + RESTRUCTURING_CASES + DEV30_CASES + TRADE_THIRD_PARTY_CASES)
def test_family_phrasings_give_exactly_the_legal_labels(expected: str, language: str, text: str) -> None:
    assert legal_labels(text, language) == _EXPECTED[expected]
