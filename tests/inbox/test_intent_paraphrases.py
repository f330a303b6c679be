"""Paraphrase probes for the rule-based intent reading (no trained model).

Short customer replies to a dunning reminder, written from docs/labelling.md only,
weighted to the hard boundaries (promise vs withholding dispute, already paid vs
remittance vs promise, document request vs invoice-not-received, contact change vs
cease contact, plan vs part-payment promise, other).
"""
import pytest

from inbox.classify import classify_intents
from inbox.language import detect_language

XF = pytest.mark.xfail(strict=True)

EN = [
    # promise vs withholding dispute
    ("We'll pay invoice 4471 once the credit note for the damaged pallets arrives.", "dispute"),
    ("Happy to settle as soon as you correct the unit price on INV-2231, it should be 12.40 not 14.20.", "dispute"),
    ("We are holding payment until the missing 20 boxes are delivered.", "dispute"),
    ("Payment is on hold pending a corrected invoice, you charged VAT twice.", "dispute"),
    ("Will pay when we get the goods, we still haven't received the order.", "dispute"),
    ("Invoice 5512 will be paid on Friday.", "promise_to_pay"),
    ("Hi, this will go out in our next payment run on the 15th. Regards, Sandra", "promise_to_pay"),
    ("sorry for the delay, we'll pay it end of the month", "promise_to_pay"),
    ("I'll make sure it gets paid by next Tuesday.", "promise_to_pay"),
    ("We can't pay 7781 - the price is not what was quoted. Please send a credit for the difference.", "dispute"),
    ("Your invoice 3390 charges us for 50 units, we only ordered 30. We will not pay until this is fixed.", "dispute"),
    ("You billed us twice for the same delivery, INV 1102 and INV 1103 are duplicates.", "dispute"),
    # already_paid vs remittance vs promise
    ("This was paid on 3 November, please check your records.", "already_paid"),
    ("We already paid this invoice last week by bank transfer.", "already_paid"),
    ("payed this on the 2nd, pls check ur account", "already_paid"),
    ("Stop sending reminders, we paid on the 3rd.", "already_paid"),
    ("Our bank confirms the funds left our account on 28/10. Can you check again?", "already_paid"),
    ("Please find attached our remittance advice: INV-4410 £1,200.00, INV-4415 £830.50, total £2,030.50.", "remittance_advice"),
    ("Payment made today of 3,450.00 covering invoices 1201, 1202 and 1207.", "remittance_advice"),
    ("We have paid today. Invoice 8812 EUR 500.00, invoice 8813 EUR 250.00 less 25.00 short shipment.", "remittance_advice"),
    ("We will transfer the payment today.", "promise_to_pay"),
    ("Payment has been scheduled for tomorrow.", "promise_to_pay"),
    ("Transfer will be initiated Monday, you should see it by Wednesday.", "promise_to_pay"),
    ("Paid today, should reach you in 2-3 days.", "already_paid"),
    # document request vs invoice not received
    ("We never received invoice 8812, please send a copy.", "dispute"),
    ("This is the first we hear of this invoice, we never got it. Send it over and we'll look at it.", "dispute"),
    ("I can't find 8812 in our AP inbox, can you resend it?", "document_request"),
    ("Could you send us a statement of account please?", "document_request"),
    ("Please send a copy of the proof of delivery for order 4432.", "document_request"),
    ("Can you email me a PDF copy of invoice 2290? Our system lost the attachment.", "document_request"),
    ("Kindly share the invoice copies so we can process them.", "document_request"),
    # contact change vs cease contact
    ("Please send all invoices to ap@brightwell.co.uk from now on.", "contact_update"),
    ("I have left the company, please contact Mark Jones (mark.jones@fenwick.ie) for accounts.", "contact_update"),
    ("Our billing address has changed to Unit 4, Harbour Road, Cork.", "contact_update"),
    ("Send invoices by email, not post please.", "contact_update"),
    ("Please upload invoices to our Coupa portal instead of emailing them.", "contact_update"),
    ("Do not call me on my personal mobile again. Write to us in writing only.", "cease_contact"),
    ("Stop contacting us. All further correspondence must go through our solicitors.", "cease_contact"),
    ("Please stop calling me at work about this.", "cease_contact"),
    ("We ask that you cease all contact with our client and direct any communication to this office.", "cease_contact"),
    # plan vs promise with part now
    ("Could we pay this over 3 monthly instalments? Cash flow is tight right now.", "payment_plan_request"),
    ("We'd like to propose a payment plan of 500 per month until cleared.", "payment_plan_request"),
    ("Would it be possible to move us to net 60 instead of net 30?", "payment_plan_request"),
    ("I can pay £1,000 this Friday and the balance by end of November.", "promise_to_pay"),
    ("We will pay half now and the rest next month.", "promise_to_pay"),
    ("Is there any chance to split the amount in two payments?", "payment_plan_request"),
    # other
    ("Thanks for the reminder!", "other"),
    ("Can you tell me when order PO-7781 will ship?", "other"),
    ("Could you quote us for 200 more units of the same item?", "other"),
    ("Our December newsletter: new products and holiday hours. Unsubscribe here.", "other"),
    ("Noted, thank you.", "other"),
    # insolvency / auto / bounce
    ("The company entered administration on 1 December. Please direct claims to the administrators.", "insolvency_notice"),
    ("We have ceased trading and the company is being wound up.", "insolvency_notice"),
    ("I am out of the office until 12 December with limited access to email.", "auto_reply"),
    ("Thank you for your email. I'm currently on annual leave and will be back on Monday.", "auto_reply"),
    # mixed non-native
    ("Dear Sir, the payment of the invoice we will do at 20 of this month. Best regards", "promise_to_pay"),
    ("Good day, the invoice is already paid since 5 days, kindly check.", "already_paid"),
    ("Hello, we not receive this invoice before, please send.", "dispute"),
]

FR = [
    # promise vs withholding dispute
    ("Nous réglerons la facture 4471 dès réception de l'avoir pour les palettes abîmées.", "dispute"),
    ("On paiera quand vous aurez corrigé le prix unitaire, ce n'est pas le tarif convenu.", "dispute"),
    ("Le paiement est bloqué tant que les 20 cartons manquants ne sont pas livrés.", "dispute"),
    ("Nous suspendons le règlement en attendant une facture rectifiée, la TVA est comptée deux fois.", "dispute"),
    ("Nous ne paierons pas cette facture, la marchandise n'a jamais été livrée.", "dispute"),
    ("La facture 5512 sera réglée vendredi.", "promise_to_pay"),
    ("Bonjour, le virement partira lors de notre prochaine campagne de paiement le 15.", "promise_to_pay"),
    ("desole pour le retard, on paye a la fin du mois", "promise_to_pay"),
    ("Je m'engage à régler le solde d'ici mardi prochain.", "promise_to_pay"),
    ("Vous nous avez facturé 50 unités alors que nous en avons commandé 30. Merci de corriger.", "dispute"),
    ("Les factures 1102 et 1103 sont en double, même livraison.", "dispute"),
    ("Le prix facturé ne correspond pas au devis, nous contestons cette facture.", "dispute"),
    # already_paid vs remittance vs promise
    ("Cette facture a été réglée le 3 novembre, merci de vérifier.", "already_paid"),
    ("Nous avons déjà payé cette facture la semaine dernière par virement.", "already_paid"),
    ("deja paye le 2, verifiez votre compte svp", "already_paid"),
    ("Arrêtez de nous relancer, nous avons payé le 3.", "already_paid"),
    ("Notre banque confirme que le virement est parti le 28/10. Pouvez-vous vérifier de votre côté ?", "already_paid"),
    ("Veuillez trouver ci-joint notre avis de paiement : FA-4410 1 200,00 €, FA-4415 830,50 €, total 2 030,50 €.", "remittance_advice"),
    ("Virement effectué ce jour de 3 450,00 € couvrant les factures 1201, 1202 et 1207.", "remittance_advice"),
    ("Nous avons payé aujourd'hui : facture 8812 500,00 €, facture 8813 250,00 € moins 25,00 € pour manquant.", "remittance_advice"),
    ("Nous allons effectuer le virement aujourd'hui.", "promise_to_pay"),
    ("Le paiement est programmé pour demain.", "promise_to_pay"),
    ("Le virement sera lancé lundi, vous devriez le recevoir mercredi.", "promise_to_pay"),
    ("Le virement a été fait ce matin, vous devriez le recevoir sous 48h.", "already_paid"),
    # document request vs invoice not received
    ("Nous n'avons jamais reçu la facture 8812, merci de nous en envoyer une copie.", "dispute"),
    ("C'est la première fois qu'on entend parler de cette facture, on ne l'a jamais reçue.", "dispute"),
    ("Je ne retrouve pas la facture 8812 dans notre boîte comptable, pouvez-vous la renvoyer ?", "document_request"),
    ("Pourriez-vous nous faire parvenir un relevé de compte ?", "document_request"),
    ("Merci de nous transmettre le bon de livraison signé pour la commande 4432.", "document_request"),
    ("Pouvez-vous m'envoyer un duplicata de la facture 2290 en PDF ?", "document_request"),
    ("Auriez-vous l'amabilité de nous renvoyer les copies des factures afin qu'on puisse les traiter.", "document_request"),
    # contact change vs cease contact
    ("Merci d'envoyer désormais toutes les factures à compta@boulangerie-martin.fr.", "contact_update"),
    ("J'ai quitté la société, veuillez contacter Mme Dubois (c.dubois@lemaire.be) pour la comptabilité.", "contact_update"),
    ("Notre adresse de facturation a changé : 12 rue des Lilas, 1000 Bruxelles.", "contact_update"),
    ("Merci d'envoyer les factures par courriel et non plus par la poste.", "contact_update"),
    ("Veuillez déposer vos factures sur notre portail fournisseurs au lieu de les envoyer par mail.", "contact_update"),
    ("Ne m'appelez plus sur mon portable personnel. Uniquement par écrit désormais.", "cease_contact"),
    ("Cessez de nous contacter. Toute correspondance doit passer par notre avocat.", "cease_contact"),
    ("Merci de ne plus m'appeler au travail pour ce dossier.", "cease_contact"),
    ("Je vous prie de cesser tout contact direct avec ma cliente et d'adresser toute communication à mon cabinet.", "cease_contact"),
    # plan vs promise with part now
    ("Serait-il possible de régler en 3 mensualités ? La trésorerie est tendue en ce moment.", "payment_plan_request"),
    ("Nous souhaiterions mettre en place un échéancier de 500 € par mois.", "payment_plan_request"),
    ("Pourrions-nous passer à un délai de paiement de 60 jours au lieu de 30 ?", "payment_plan_request"),
    ("Je peux verser 1 000 € ce vendredi et le solde fin novembre.", "promise_to_pay"),
    ("On va payer la moitié maintenant et le reste le mois prochain.", "promise_to_pay"),
    ("Est-ce qu'on pourrait payer en deux fois ?", "payment_plan_request"),
    # other
    ("Merci pour le rappel !", "other"),
    ("Pouvez-vous me dire quand la commande 7781 sera expédiée ?", "other"),
    ("Pourriez-vous nous faire un devis pour 200 unités supplémentaires ?", "other"),
    ("Notre lettre d'information de décembre : nouveautés et horaires des fêtes. Se désabonner.", "other"),
    ("Bien noté, merci.", "other"),
    # insolvency / auto / bounce
    ("La société a été placée en redressement judiciaire le 1er décembre. Merci de déclarer votre créance auprès du mandataire.", "insolvency_notice"),
    ("Nous avons cessé notre activité et la société est en liquidation.", "insolvency_notice"),
    ("Je suis absente du bureau jusqu'au 12 décembre avec un accès limité à mes courriels.", "auto_reply"),
    ("Merci pour votre message. Je suis en congé et serai de retour lundi.", "auto_reply"),
    # QC / CH / BE flavour
    ("Bonjour, on va vous envoyer le paiement d'ici vendredi, merci de votre patience.", "promise_to_pay"),
    ("Salut, c'est déjà payé depuis la semaine passée, svp vérifier.", "already_paid"),
    ("Bonjour, on n'a jamais reçu cette facture-là, pouvez-vous nous l'envoyer?", "dispute"),
]

# Failing before any rule change (first run): en01 en04 en23 en55 fr00 fr10 fr23 fr30 fr49 fr55 fr56.
# Still failing, kept as known gaps:
# - en04: the not-received dispute is read, but beside a promise primary classify keeps a single specific
#   dispute rule only when it contests (_secondary_stands): a precedence decision in classify.py.
# - en23, fr23: "paid today" with no breakdown is read as remittance_advice by remittance_advice.any.paid_today.
# The four bounce texts of the first run (en55, en56, fr55, fr56) were dropped: bounces are read from the message's
# structure (inbox.bounces, RFC 3464), which a body alone does not carry; tests/inbox's bounce tests cover them.
XFAIL = set("""
en04 en23 fr23
""".split())


def _param(tag, i, t, e):
    pid = f"{tag}{i:02d}"
    return pytest.param(t, e, id=pid, marks=XF if pid in XFAIL else ())


CASES = [_param("en", i, t, e) for i, (t, e) in enumerate(EN)] + [
    _param("fr", i, t, e) for i, (t, e) in enumerate(FR)
]


@pytest.mark.parametrize("text,expected", CASES)
def test_intent_paraphrase(text, expected):
    assert classify_intents(text, "", detect_language(text))[0].label == expected
