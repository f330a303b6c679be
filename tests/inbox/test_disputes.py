"""dispute_reason: why a customer contests an invoice, in EN/FR/DE/ES."""
from __future__ import annotations

import pytest

from inbox.classify import classify_intents, primary_intent
from inbox.disputes import REASONS, dispute_reason

CASES: list[tuple[str, str, str]] = [
    # pricing
    ("en", "The unit price is wrong, it is not the agreed price.", "pricing"),
    ("en", "You overcharged us: the quote said 12.50 per unit.", "pricing"),
    ("en", "The 5% discount from our contract was not applied.", "pricing"),
    ("en", "The prices are not in line with the framework agreement.", "pricing"),
    ("fr", "Le prix est non conforme à notre devis.", "pricing"),
    ("fr", "Ce n'est pas le prix convenu avec votre commercial.", "pricing"),
    ("fr", "La remise négociée n'a pas été appliquée.", "pricing"),
    ("fr", "Les tarifs facturés ne correspondent pas à la commande.", "pricing"),
    ("de", "Das ist nicht der vereinbarte Preis.", "pricing"),
    ("de", "Der Einzelpreis ist falsch, laut Angebot 4,20 EUR.", "pricing"),
    ("de", "Sie haben uns zu viel berechnet.", "pricing"),
    ("de", "Der Rabatt wurde nicht berücksichtigt.", "pricing"),
    ("es", "El precio es incorrecto.", "pricing"),
    ("es", "No es el precio acordado en la oferta.", "pricing"),
    ("es", "Nos han cobrado de más por las cajas.", "pricing"),
    ("es", "El descuento pactado no se ha aplicado.", "pricing"),
    # quantity
    ("en", "The order was short shipped.", "quantity"),
    ("en", "We only received 8 of 10 boxes.", "quantity"),
    ("en", "You invoiced 40 units but our PO was for 35.", "quantity"),
    ("en", "Two items are missing from the delivery, the quantity is wrong.", "quantity"),
    ("fr", "La quantité facturée est incorrecte.", "quantity"),
    ("fr", "Il manque deux cartons sur la livraison.", "quantity"),
    ("fr", "Nous n'avons reçu que 8 sur 10 palettes, seulement 8 livrées.", "quantity"),
    ("fr", "Livraison partielle : erreur de quantité.", "quantity"),
    ("de", "Die Menge stimmt nicht.", "quantity"),
    ("de", "Es fehlen 3 Kartons, nur 7 von 10 geliefert.", "quantity"),
    ("de", "Wir haben eine Fehlmenge festgestellt.", "quantity"),
    ("de", "Die berechnete Menge ist falsch.", "quantity"),
    ("es", "La cantidad facturada es incorrecta.", "quantity"),
    ("es", "Faltan dos cajas en el pedido.", "quantity"),
    ("es", "Solo recibimos 8 de 10 unidades.", "quantity"),
    ("es", "La entrega fue parcial, hay un error en la cantidad.", "quantity"),
    # damaged
    ("en", "Half of the glasses arrived broken.", "damaged"),
    ("en", "The pump is defective and does not work.", "damaged"),
    ("en", "The pallet was damaged in transit.", "damaged"),
    ("en", "Poor quality: the fabric is torn.", "damaged"),
    ("fr", "Les produits sont arrivés abîmés.", "damaged"),
    ("fr", "Le colis était endommagé.", "damaged"),
    ("fr", "Deux dalles cassées à la livraison.", "damaged"),
    ("fr", "L'appareil est défectueux.", "damaged"),
    ("de", "Die Ware ist beschädigt angekommen.", "damaged"),
    ("de", "Das Gerät ist defekt.", "damaged"),
    ("de", "Transportschaden an zwei Paletten.", "damaged"),
    ("de", "Die Teile sind mangelhaft.", "damaged"),
    ("es", "La mercancía llegó dañada.", "damaged"),
    ("es", "Dos cajas venían rotas.", "damaged"),
    ("es", "El equipo es defectuoso.", "damaged"),
    ("es", "El material está en mal estado.", "damaged"),
    # not_received_goods
    ("en", "We never received the goods.", "not_received_goods"),
    ("en", "The order was never delivered.", "not_received_goods"),
    ("en", "Nobody turned up for the maintenance visit.", "not_received_goods"),
    ("en", "We are still waiting for the delivery.", "not_received_goods"),
    ("fr", "Marchandise non reçue.", "not_received_goods"),
    ("fr", "Nous n'avons jamais reçu la commande.", "not_received_goods"),
    ("fr", "La livraison n'est toujours pas arrivée.", "not_received_goods"),
    ("fr", "Les produits ne nous ont jamais été livrés.", "not_received_goods"),
    ("de", "Wir haben die Ware nie erhalten.", "not_received_goods"),
    ("de", "Die Lieferung ist noch nicht angekommen.", "not_received_goods"),
    ("de", "Die Bestellung wurde nicht geliefert.", "not_received_goods"),
    ("de", "Wir warten immer noch auf die Lieferung.", "not_received_goods"),
    ("es", "No hemos recibido la mercancía.", "not_received_goods"),
    ("es", "El pedido nunca llegó.", "not_received_goods"),
    ("es", "Seguimos esperando el pedido.", "not_received_goods"),
    ("es", "El material no ha sido entregado.", "not_received_goods"),
    # invoice_not_received
    ("en", "We never received this invoice.", "invoice_not_received"),
    ("en", "I have not received the invoice you mention.", "invoice_not_received"),
    ("en", "We have no record of this invoice in our system.", "invoice_not_received"),
    ("en", "This invoice was never sent to us, we can't find it.", "invoice_not_received"),
    ("fr", "Facture jamais reçue.", "invoice_not_received"),
    ("fr", "Nous n'avons pas reçu cette facture.", "invoice_not_received"),
    ("fr", "Aucune trace de cette facture chez nous.", "invoice_not_received"),
    ("fr", "Cette facture ne nous est jamais parvenue.", "invoice_not_received"),
    ("de", "Die Rechnung haben wir nicht erhalten.", "invoice_not_received"),
    ("de", "Diese Rechnung liegt uns nicht vor.", "invoice_not_received"),
    ("de", "Wir haben keine Rechnung erhalten.", "invoice_not_received"),
    ("de", "Die Rechnung ist nie angekommen.", "invoice_not_received"),
    ("es", "No hemos recibido esta factura.", "invoice_not_received"),
    ("es", "Factura no recibida.", "invoice_not_received"),
    ("es", "No tenemos constancia de esta factura.", "invoice_not_received"),
    ("es", "Nunca recibimos la factura 778.", "invoice_not_received"),
    # duplicate_billing
    ("en", "You billed us twice for the same delivery.", "duplicate_billing"),
    ("en", "INV-2210 is a duplicate of INV-2198.", "duplicate_billing"),
    ("en", "This was already invoiced last month.", "duplicate_billing"),
    ("en", "Duplicate charge on our account.", "duplicate_billing"),
    ("fr", "Vous nous avez facturé deux fois.", "duplicate_billing"),
    ("fr", "Cette facture est un doublon de la FA-110.", "duplicate_billing"),
    ("fr", "Double facturation sur la commande 55.", "duplicate_billing"),
    ("fr", "Prestation déjà facturée en septembre.", "duplicate_billing"),
    ("de", "Sie haben die Lieferung doppelt berechnet.", "duplicate_billing"),
    ("de", "Das ist eine doppelte Rechnung.", "duplicate_billing"),
    ("de", "Die Leistung wurde bereits berechnet.", "duplicate_billing"),
    ("de", "Zweimal in Rechnung gestellt.", "duplicate_billing"),
    ("es", "Nos han facturado dos veces.", "duplicate_billing"),
    ("es", "Es una factura duplicada.", "duplicate_billing"),
    ("es", "Hay doble facturación del pedido.", "duplicate_billing"),
    ("es", "El servicio ya facturado en octubre.", "duplicate_billing"),
    # tax
    ("en", "You charged VAT but this is a reverse charge supply.", "tax"),
    ("en", "We are tax exempt, please remove the sales tax.", "tax"),
    ("en", "The VAT rate on this invoice is wrong.", "tax"),
    ("en", "Our exemption certificate is on file, no tax should apply.", "tax"),
    ("fr", "La TVA ne devrait pas être facturée : autoliquidation.", "tax"),
    ("fr", "Nous bénéficions d'une exonération de TVA.", "tax"),
    ("fr", "Le taux de TVA est erroné.", "tax"),
    ("fr", "Opération intracommunautaire, facture à émettre hors taxe.", "tax"),
    ("de", "Die MwSt ist falsch ausgewiesen.", "tax"),
    ("de", "Es gilt Reverse Charge, bitte ohne Umsatzsteuer.", "tax"),
    ("de", "Der Steuersatz ist nicht korrekt.", "tax"),
    ("de", "Innergemeinschaftliche Lieferung, steuerfrei.", "tax"),
    ("es", "El IVA aplicado es incorrecto.", "tax"),
    ("es", "Se trata de inversión del sujeto pasivo.", "tax"),
    ("es", "Estamos exentos de IVA.", "tax"),
    ("es", "El tipo de IVA no es correcto, debe ser el reducido.", "tax"),
    # other
    ("en", "We dispute this invoice.", "other"),
    ("en", "We did not order these services.", "other"),
    ("fr", "Nous contestons cette facture.", "other"),
    ("de", "Wir widersprechen der Rechnung.", "other"),
    ("es", "Impugnamos esta factura.", "other"),
]


@pytest.mark.parametrize(("language", "text", "reason"), CASES)
def test_reason(language: str, text: str, reason: str) -> None:
    found = dispute_reason(text, language)
    assert found is not None
    assert found[0] == reason


@pytest.mark.parametrize(("language", "text", "reason"), CASES[::5])
def test_reason_without_language(language: str, text: str, reason: str) -> None:
    found = dispute_reason(text, None)
    assert found is not None
    assert found[0] == reason


def test_evidence_is_the_matched_phrase() -> None:
    assert dispute_reason("We never received this invoice, please resend.", "en") == (
        "invoice_not_received",
        "never received this invoice",
    )


def test_reasons_cover_the_documented_set() -> None:
    assert set(REASONS) == {
        "pricing", "quantity", "damaged", "not_received_goods", "invoice_not_received",
        "duplicate_billing", "tax", "other",
    }
    assert {reason for _, _, reason in CASES} == set(REASONS)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "This is not a dispute, we just need more time."),
        ("en", "We will pay on Friday."),
        ("en", "VAT number GB123456789"),
        ("en", "The goods arrived in perfect condition, thanks."),
        ("fr", "Il ne s'agit pas d'un litige."),
        ("fr", "Merci, tout est conforme."),
        ("de", "Vielen Dank, alles in Ordnung."),
        ("es", "Gracias, pagaremos el lunes."),
    ],
)
def test_no_reason(language: str, text: str) -> None:
    assert dispute_reason(text, language) is None


def test_named_reason_beats_generic() -> None:
    text = "Please issue a credit note: the price is not the agreed price."
    assert dispute_reason(text, "en")[0] == "pricing"  # type: ignore[index]


def test_tax_word_names_the_reason_only_with_other_evidence() -> None:
    assert dispute_reason("Our VAT number is on the invoice.", "en") is None
    assert dispute_reason("We dispute the VAT on this invoice.", "en")[0] == "tax"  # type: ignore[index]


# Descriptions of the problem in everyday wording, written for these tests.
DETAIL_CASES: list[tuple[str, str, str]] = [
    ("fr", "Trois cartons sont arrivés cabossés et un bidon fuyait.", "damaged"),
    ("de", "Wir beanstanden die Rechnung wegen der mangelhaften Lieferung.", "damaged"),
    ("de", "Geliefert wurden nur 12 statt der berechneten 15 Pumpen.", "quantity"),
    ("es", "Nos facturan 50 cajas pero solo se entregaron 42.", "quantity"),
    ("es", "Esta factura ya nos la facturaron el mes pasado, es una duplicidad.", "duplicate_billing"),
    ("de", "Gemäss unserer Rahmenvereinbarung gilt ein tieferer Preis.", "pricing"),
    ("fr", "La commande du 3 mars n'a jamais été livrée, nous ne réglerons pas.", "not_received_goods"),
    ("fr", "Cette facture fait l'objet d'un différend entre nos sociétés.", "other"),
    # a short delivery whose remainder never came is about the quantity billed
    ("en", "You billed us for 40 units but only 30 were delivered; the rest never arrived.", "quantity"),
]


@pytest.mark.parametrize(("language", "text", "reason"), DETAIL_CASES)
def test_reason_from_description(language: str, text: str, reason: str) -> None:
    found = dispute_reason(text, language)
    assert found is not None and found[0] == reason


def test_right_contact_is_not_pricing() -> None:
    assert dispute_reason("I am not the right contact for invoices.", "en") is None


# Counts, prices, rates and spoilage told in everyday words name the reason over a generic cue
# (a credit note, a hold); written for these tests.
COUNT_PRICE_CASES: list[tuple[str, str, str]] = [
    ("en", "Your invoice bills 30 drums, we only received 24. Please send a credit note.", "quantity"),
    ("en", "I can't approve it with a 12-unit discrepancy. Please issue a credit.", "quantity"),
    ("en", "Please reissue the invoice at the correct quantity, we are holding it until then.", "quantity"),
    ("fr", "Vous facturez 25 sacs, nous en avons reçu 20. Merci de faire un avoir.", "quantity"),
    ("fr", "Il manquait 6 colis sur les 30 facturés, nous attendons un avoir.", "quantity"),
    ("de", "Bei dieser Rechnung stimmt die Menge nicht, bitte um Gutschrift.", "quantity"),
    ("de", "Es sind 18 Paletten angekommen, berechnet haben Sie 20. Bitte um Gutschrift.", "quantity"),
    ("en", "You charged 9.80 per bag but we agreed 8.50, please send a credit note.", "pricing"),
    ("en", "The invoice says 2400 but the quotation was for 2100, we dispute it.", "pricing"),
    ("en", "The hourly rate was agreed at $55 in the contract; please credit the difference.", "pricing"),
    ("en", "We dispute the fuel surcharge on this invoice.", "pricing"),
    ("en", "Our contract doesn't provide for any handling fees, please cancel that charge.", "pricing"),
    ("fr", "Vous avez appliqué la TVA à 20 % sur des livres, merci de corriger la facture.", "tax"),
    ("en", "Half the panels arrived warped, we are not paying for them until replaced.", "damaged"),
    ("en", "The used forklift is not in the condition advertised; we're not paying 4,000.00 for that.", "damaged"),
    ("de", "Die Ware war aufgetaut und nicht mehr verkäuflich, wir bitten um Gutschrift.", "damaged"),
    ("de", "Es handelt sich um eine Doppelverrechnung, bitte stornieren Sie die Rechnung.", "duplicate_billing"),
    ("en", "The timber never made it to the building site, we'll pay once it's delivered.", "not_received_goods"),
    ("en", "Nothing ever showed up at the warehouse, so we won't pay this.", "not_received_goods"),
    ("en", "I can't find it anywhere on our system, so it has not been paid.", "invoice_not_received"),
    ("fr", "La facture n'apparaît ni dans notre ERP ni dans nos bons à payer.", "invoice_not_received"),
]


@pytest.mark.parametrize(("language", "text", "reason"), COUNT_PRICE_CASES)
def test_reason_from_counts_and_prices(language: str, text: str, reason: str) -> None:
    found = dispute_reason(text, language)
    assert found is not None and found[0] == reason, found


@pytest.mark.parametrize(("language", "text"), [
    # praise, not a claim
    ("en", "Thanks to your driver, he unloaded everything without a single complaint."),
    # a refusal to book, not damaged goods
    ("fr", "Notre comptable refuse de la comptabiliser sans numéro de commande."),
    # an order number is no price
    ("en", "Our PO number was 4500123456, please put it on the invoice."),
])
def test_no_named_reason(language: str, text: str) -> None:
    found = dispute_reason(text, language)
    assert found is None or found[0] not in ("damaged", "pricing"), found


# Two invoices for one thing, said as "identical" / "the same as", and the Canadian and Swiss
# French "note de crédit" asked for; "alors que le contrat prévoit" as a price contest.
@pytest.mark.parametrize(("language", "text", "reason"), [
    ("en", "Invoice 5521 is exactly the same as 5520, same pallets, same total. Please cancel one.", "duplicate_billing"),
    ("en", "The two invoices you sent look identical to me: same date, same lines, same amount.", "duplicate_billing"),
    ("en", "5580 seems to be a second invoice for the same job we already have on file.", "duplicate_billing"),
    ("en", "We only ordered them once, so why are there two bills?", "duplicate_billing"),
    ("fr", "Les factures 771 et 772 sont identiques, merci d'en annuler une.", "duplicate_billing"),
    ("fr", "Notre bon de commande a été émis par erreur en double, une seule livraison a eu lieu.", "duplicate_billing"),
    ("de", "Die Rechnungen 301 und 302 sind völlig identisch.", "duplicate_billing"),
    ("es", "Las facturas 88 y 89 son idénticas.", "duplicate_billing"),
    ("fr", "Vous facturez 2,10 $ l'unité, alors que notre contrat signé en mai prévoit 1,90 $.", "pricing"),
])
def test_duplicate_and_price_families(language: str, text: str, reason: str) -> None:
    found = dispute_reason(text, language)
    assert found is not None and found[0] == reason, found


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The amount we sent is exactly the same as last month."),  # no invoice named
    ("en", "Our new remittance format is identical to the old one."),
    ("fr", "Nous avons bien reçu la note de crédit, merci."),  # received: closes the matter
    ("fr", "Les deux adresses sont identiques."),
    ("en", "Both addresses are identical, no need to change anything."),
])
def test_duplicate_and_credit_note_near_misses(language: str, text: str) -> None:
    found = dispute_reason(text, language)
    assert found is None or found[0] != "duplicate_billing", found
    if "note de crédit" in text:
        assert found is None, found


def test_canadian_french_credit_note_is_a_dispute_cue() -> None:
    found = dispute_reason("Pourriez-vous émettre une note de crédit pour l'écart?", "fr")
    assert found is not None


@pytest.mark.parametrize(("language", "text"), [
    ("en", "We cancelled our premium subscription in June, so the July invoice is not ours."),
    ("en", "Invoices 88 and 89 should never have been issued."),
    ("fr", "Nous contestons la facture 4410 : le prix ne correspond pas au devis."),
    ("fr", "Nous avons résilié notre abonnement en mai, la facture de juin n'a pas lieu d'être."),
    ("en", "It looks like a second invoice for the same job, please credit it."),
])
def test_explicit_contest_and_cancelled_plan(language: str, text: str) -> None:
    assert primary_intent(classify_intents(text, "Re: Payment reminder", language)) == "dispute"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Our card on file expired, sorry; I'll pay by bank transfer on Friday."),
    ("es", "Hemos recibido el aviso de devolución del recibo; haremos la transferencia el viernes."),
    ("en", "We don't dispute the invoice, it will be paid next week."),
])
def test_payment_failures_are_no_dispute(language: str, text: str) -> None:
    assert primary_intent(classify_intents(text, "Re: Payment reminder", language)) != "dispute"
