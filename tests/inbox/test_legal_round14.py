"""Round 14 legal readings (found on the arrival of dev88-dev91): the debtor taken off our
reminders, a business closed for good by its trade or by its doors, calls to the debtor's
workplace or staff refused, the Swiss bankruptcy office's words, and three false leads (someone
else's office holder paying the writer, a rumour the writer denies in a word, "j'ai failli")."""
from __future__ import annotations

import pytest

from inbox.classify import classify_intents


def _labels(text: str, language: str, subject: str = "") -> list[str]:
    return [i.label for i in classify_intents(text, subject, language)]


# --- The debtor taken off our reminders ------------------------------------------------------

@pytest.mark.parametrize("text, language", [
    ("Je reviens vers vous dans le dossier de la faillite de la SA Chocolaterie Verlaine. Je vous "
     "remercie de supprimer ce client de vos relances.", "fr"),
    ("Die Gesellschaft befindet sich im Insolvenzverfahren. Bitte nehmen Sie die Schuldnerin aus Ihrem "
     "Mahnlauf; Forderungen sind beim Insolvenzverwalter anzumelden.", "de"),
    ("I am the liquidator of Harbour Foods Ltd. Please remove the company from your reminder runs.", "en"),
    ("Als curator van Bakkerij Peeters BV vraag ik u de gefailleerde uit uw aanmaningen te verwijderen.", "nl"),
])
def test_an_office_holder_taking_the_debtor_off_our_reminders_asks_to_stop(text: str, language: str):
    labels = _labels(text, language)
    assert labels[0] == "insolvency_notice" and "cease_contact" in labels


@pytest.mark.parametrize("text, language", [
    ("Merci de nous retirer de vos listes de relance.", "fr"),
    ("Please take us off your dunning list.", "en"),
    ("Por favor, sáquennos de la lista de recordatorios.", "es"),
    ("Toglieteci dai vostri solleciti, grazie.", "it"),
    ("Gelieve ons uit uw herinneringen te verwijderen.", "nl"),
    ("Retirem-nos da vossa lista de cobranças, por favor.", "pt"),
])
def test_a_customer_taking_itself_off_our_reminders_asks_to_stop(text: str, language: str):
    assert "cease_contact" in _labels(text, language)


@pytest.mark.parametrize("text, language, label", [
    # a paid claim: the stop to reminders yields to it (docs/labelling.md)
    ("We paid invoice 4410 on 3 November, please remove us from your reminder list.", "en", "already_paid"),
    ("Nous avons réglé la facture 4410 le 3 novembre, merci de nous retirer de vos relances.", "fr", "already_paid"),
])
def test_taken_off_the_reminders_after_paying_is_a_paid_claim(text: str, language: str, label: str):
    labels = _labels(text, language)
    assert labels[0] == label and "cease_contact" not in labels


@pytest.mark.parametrize("text, language", [
    ("Please remove invoice 4410 from your reminders, it was credited last month.", "en"),
    ("Merci de retirer la facture 4410 de vos relances, elle a été annulée par un avoir.", "fr"),
    ("If you remove us from the reminder list we will miss the statements.", "en"),
])
def test_an_invoice_taken_off_or_a_hypothetical_is_no_cease_request(text: str, language: str):
    assert "cease_contact" not in _labels(text, language)


# --- A business closed for good ----------------------------------------------------------------

@pytest.mark.parametrize("text, language", [
    ("I'm sorry to tell you that Mesa Animal Clinic closed its doors permanently on November 13. I'm "
     "not filing bankruptcy at this point, I'm trying to work out what I can pay everyone.", "en"),
    ("The clinic has closed permanently and the building is back with the landlord.", "en"),
    ("The pub has shut for good; I will be in touch about what I owe.", "en"),
    ("La librairie a fermé définitivement ses portes le 30 septembre.", "fr"),
    ("Die Praxis hat ihre Türen für immer geschlossen.", "de"),
    ("La clínica cerró sus puertas para siempre el mes pasado.", "es"),
    ("De kliniek heeft haar deuren definitief gesloten.", "nl"),
    ("La farmacia ha chiuso definitivamente i battenti.", "it"),
    ("A clínica fechou as portas de vez em outubro.", "pt"),
    ("Wir haben die Apotheke endgültig geschlossen.", "de"),
])
def test_a_business_closed_for_good_is_an_insolvency_notice(text: str, language: str):
    assert _labels(text, language)[0] == "insolvency_notice"


@pytest.mark.parametrize("text, language", [
    ("Our Leeds branch closed its doors for good last week, please send invoices to head office.", "en"),
    ("Notre agence de Lyon a fermé ses portes définitivement, écrivez au siège.", "fr"),
    ("The gym closed its doors for the holidays and reopens on 4 January.", "en"),
    ("If sales do not pick up, the pub may close its doors for good next year.", "en"),
    ("Our closing-down sale starts Monday at the boutique.", "en"),
])
def test_a_part_closed_a_pause_or_a_hypothetical_is_no_notice(text: str, language: str):
    assert "insolvency_notice" not in _labels(text, language)


# --- Calls to the debtor's workplace or staff refused ----------------------------------------

@pytest.mark.parametrize("text, language", [
    ("Please do not call our front desk about the account during patient hours. Please email Karen at "
     "karen@example.com instead.", "en"),
    ("Ik wil niet meer dat jullie naar de winkel bellen over die facturen. Stuur een mail naar "
     "pieter@example.be.", "nl"),
    ("I don't want you calling the shop any more about these invoices. Write to me at home.", "en"),
    ("Je ne veux plus que vous appeliez au magasin pour ces factures.", "fr"),
    ("Ich will nicht mehr, dass Sie im Laden anrufen.", "de"),
    ("No queremos que sigan llamando a la tienda por estas facturas.", "es"),
    ("Non voglio più che chiamiate in negozio per le fatture.", "it"),
    ("Não quero que liguem mais para a loja por causa das faturas.", "pt"),
])
def test_calls_to_the_workplace_refused_are_a_cease_request_first(text: str, language: str):
    assert _labels(text, language)[0] == "cease_contact"


def test_a_receiver_sparing_the_debtors_staff_gives_both_labels_insolvency_first():
    text = ("On November 23, 2026, the Superior Court entered an order appointing Desert Receivership "
            "Group LLC as receiver over the assets and operations of Red Rock Dermatology PC. The order "
            "enjoins all creditors from taking collection action against the practice or its property "
            "except through the receiver. Pre-receivership claims should be submitted to the receiver. "
            "Please do not contact practice staff regarding past-due amounts.")
    labels = _labels(text, "en", "Red Rock Dermatology PC - Appointment of Receiver")
    assert labels[0] == "insolvency_notice" and "cease_contact" in labels


def test_the_clinics_receptionists_spared():
    assert "cease_contact" in _labels(
        "The receiver asks that you do not contact the clinic's receptionists about old invoices.", "en")


@pytest.mark.parametrize("text, language", [
    ("If you don't call our front desk before noon nobody will answer.", "en"),
    ("Please do not call our front desk on Fridays, nobody is in; call on Monday instead.", "en"),
    ("You can call our front desk any time; invoice 4410 will be paid on Friday.", "en"),
    ("We don't want you to worry: invoice 4410 will be paid on Friday.", "en"),
    ("Als u niet meer wilt dat wij bellen, laat het weten. Factuur 4208 betalen we vrijdag.", "nl"),
])
def test_workplace_near_misses_are_no_cease_request(text: str, language: str):
    assert "cease_contact" not in _labels(text, language)


# --- The Swiss bankruptcy office -----------------------------------------------------------------

def test_the_office_des_faillites_asking_to_stop_is_insolvency_first():
    text = ("Nous constatons que vous continuez d'adresser des rappels à la faillie. Nous vous rappelons "
            "que toute poursuite est suspendue (art. 206 LP) et vous prions de cesser ces envois. Toute "
            "correspondance doit être adressée à l'Office, en mentionnant la référence 2026/0418.\n\n"
            "Office des faillites de l'arrondissement de Lausanne")
    labels = _labels(text, "fr", "Faillite Librairie Papyrus Sàrl - vos rappels")
    assert labels[0] == "insolvency_notice" and "cease_contact" in labels


@pytest.mark.parametrize("text", [
    "Les poursuites individuelles sont suspendues depuis le jugement.",
    "La société faillie ne peut plus régler ses fournisseurs.",
])
def test_the_stay_and_the_bankrupt_company_are_notices(text: str):
    assert _labels(text, "fr")[0] == "insolvency_notice"


def test_jai_failli_is_almost_not_bankrupt():
    labels = _labels("Je n'ai pas payé, j'ai failli oublier, désolé. Je paie vendredi.", "fr")
    assert labels[0] == "promise_to_pay" and "insolvency_notice" not in labels


# --- False leads ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, language", [
    ("Goed nieuws: de curator van Expo Noord heeft een voorschot uitbetaald. We betalen factuur 4250 "
     "vrijdag.", "nl"),
    ("Good news: the liquidator of Harbour Foods has paid us a first dividend, so we will clear invoice "
     "4410 on Friday.", "en"),
    ("Le curateur de la SA Lumen nous a versé un acompte, nous réglons votre facture vendredi.", "fr"),
    ("Der Insolvenzverwalter der Bau AG hat uns eine Abschlagszahlung überwiesen. Wir zahlen am Freitag.",
     "de"),
])
def test_someone_elses_office_holder_paying_the_writer_does_not_lead(text: str, language: str):
    labels = _labels(text, language)
    assert labels[0] != "insolvency_notice"  # still flagged behind when read at all (recall first)


def test_a_distribution_to_the_creditors_stays_a_notice():
    text = ("Harbour Foods Ltd (in liquidation). The liquidator has paid a first dividend of 3p in the "
            "pound to unsecured creditors.")
    assert _labels(text, "en")[0] == "insolvency_notice"


@pytest.mark.parametrize("text, language", [
    ("I heard from Brian that there's a rumor going around that we're filing bankruptcy. Just to be "
     "clear, we are NOT. SM-104266 is in this Thursday's check run.", "en"),
    ("Des rumeurs disent que nous sommes en redressement judiciaire. Nous ne le sommes pas.", "fr"),
    ("Man erzählt, wir seien insolvent. Das sind wir nicht.", "de"),
])
def test_a_rumour_denied_in_a_word_is_no_notice(text: str, language: str):
    assert "insolvency_notice" not in _labels(text, language)


def test_a_procedure_followed_by_we_are_not_able_stays_a_notice():
    assert _labels("We have gone into administration. We are not able to pay.", "en")[0] == "insolvency_notice"


def _with_model(text: str, language: str, model: dict[str, float]) -> list[str]:
    return [i.label for i in classify_intents(text, "", language, model_scores=model)]


_MODEL_READS_A_PROMISE = {"promise_to_pay": 0.7, "insolvency_notice": 0.05, "other": 0.1}


def test_the_model_may_read_the_writers_own_content_past_someone_elses_procedure():
    # the rules hedge the curator (someone else's) and find no promise; the model reads one
    labels = _with_model("Goed nieuws: de curator van Expo Noord heeft een voorschot uitbetaald. We betalen "
                         "HFB-26-4250 nu al, ten laatste tegen het einde van de week.", "nl", _MODEL_READS_A_PROMISE)
    assert labels[0] == "promise_to_pay" and "insolvency_notice" in labels


def test_the_writers_own_procedure_still_leads_whatever_the_model_reads():
    labels = _with_model("Onze vennootschap werd failliet verklaard. De curator neemt contact met u op.", "nl",
                         _MODEL_READS_A_PROMISE)
    assert labels[0] == "insolvency_notice"
