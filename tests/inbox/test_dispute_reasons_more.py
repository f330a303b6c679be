"""dispute_reason in a stranger's words: counts against timesheets, prices from the customer's
own documents, excise and Canadian taxes, services never performed, goods sent back, the wrong
goods. Phrasings written for these tests (EN/FR/DE/ES), not taken from the labelled sets."""
from __future__ import annotations

import pytest

from inbox.classify import classify_intents
from inbox.disputes import dispute_reason

CASES: list[tuple[str, str, str]] = [
    # quantity: hours, seats, heads counted against the customer's own record
    ("en", "You billed 52 hours for the audit but our timesheets only show 40. Please credit the rest.", "quantity"),
    ("en", "The invoice charges 25 user seats, only 18 were ever activated in the portal.", "quantity"),
    ("en", "12 OT hours were billed for the Saturday shift; our foreman never approved any overtime.", "quantity"),
    ("en", "Nobody signed off the weekend hours, we are holding the invoice until you take them off.", "quantity"),
    ("fr", "Votre facture compte 60 heures, nos feuilles de temps n'en indiquent que 48.", "quantity"),
    ("fr", "Vous nous avez facturé 80 convives alors que nous étions 64, merci de faire un avoir.", "quantity"),
    ("fr", "Le bon de livraison n'en mentionne que 18, vous en facturez 24.", "quantity"),
    ("fr", "Nous contestons les heures supplémentaires facturées en juillet, jamais validées par nous.", "quantity"),
    ("de", "Die Stundenzettel zeigen nur 31 Stunden, berechnet haben Sie 38. Bitte um Gutschrift.", "quantity"),
    ("de", "Bestellt wurden aber nur 5 Lizenzen, nicht 7; bitte korrigieren Sie die Rechnung.", "quantity"),
    ("es", "Nos cobran 15 licencias y solo tenemos contratadas 12, rogamos emitan un abono.", "quantity"),
    ("es", "Los partes de horas firmados muestran 22 horas, no 30. No pagaremos la diferencia.", "quantity"),
    # pricing: the price in the customer's quote, contract, rate card
    ("en", "Your rate card says $41.00 per hour for a senior tech, the invoice has $46.50.", "pricing"),
    ("en", "The statement of work quotes the migration at a flat fee of $9,000, you billed 10,400.", "pricing"),
    ("en", "Line 3 is $212.00 per unit vs the $189.00 in our supply agreement; please reissue.", "pricing"),
    ("en", "The bill rates exceed the rates in our signed agreement, so we dispute the invoice.", "pricing"),
    ("en", "We won't approve anything above the PO value, please send a credit for the difference.", "pricing"),
    ("en", "You charged us for a site survey we never asked for; please remove that line.", "pricing"),
    ("en", "We dispute the 15% restocking fee on the pump we sent back.", "pricing"),
    ("fr", "Le prix facturé est de 12,40 € au lieu des 10,90 € prévus au contrat cadre.", "pricing"),
    ("fr", "Votre devis indiquait 3 200,00 € pour la pose, la facture dit 3 750,00 €.", "pricing"),
    ("fr", "Vous facturez une option de maintenance que nous n'avons jamais commandée.", "pricing"),
    ("es", "La instalación estaba presupuestada a 1.200 € y nos facturan 1.450 €.", "pricing"),
    ("es", "Según la cotización firmada el precio era de $95.00 por caja y nos cobraron $110.00.", "pricing"),
    ("es", "Nos han aplicado el precio de lista y no el descuento del distribuidor.", "pricing"),
    # tax: excise, Canadian sales taxes, exports, invalid tax invoices
    ("en", "The goods went to Auckland, an export, so they should be GST-free. Please reissue without it.", "tax"),
    ("en", "It charges VAT at 20% but shows no VAT number, so it is not a valid VAT invoice.", "tax"),
    ("en", "You are charging us the excise twice: the duty was already paid at import.", "tax"),
    ("fr", "Vous avez appliqué la TVH de 13 % alors que nous sommes au Québec (TPS et TVQ).", "tax"),
    ("es", "Nos están cobrando el IEPS dos veces, ya lo pagó el agente aduanal.", "tax"),
    # not_received_goods: services never performed, nobody came
    ("en", "Nobody from your crew ever turned up on the Monday, so we won't pay the call-out.", "not_received_goods"),
    ("en", "We received no operatives that weekend; the booking was for six.", "not_received_goods"),
    ("fr", "La mise en service facturée ne nous a jamais été réalisée, nous ne réglerons pas.", "not_received_goods"),
    ("es", "El envío con las piezas de recambio todavía no llegó, no vamos a pagar.", "not_received_goods"),
    ("en", "We have not received the license keys for the 20 seats on that invoice.", "not_received_goods"),
    # damaged, told as what happened to the goods
    ("fr", "Deux colis sont arrivés éventrés et la marchandise est invendable.", "damaged"),
    ("fr", "Les panneaux sont arrivés tout pliés, nous refusons de payer.", "damaged"),
    ("en", "The chargers keep failing, we can't pay for them as they are.", "damaged"),
    # duplicate
    ("en", "This is the same delivery as invoice 7781, which we already paid.", "duplicate_billing"),
    # other: the wrong goods, the wrong company, goods sent back, warranty
    ("en", "The tiles came in the wrong colour, so we are not paying until they are swapped.", "other"),
    ("en", "We returned both heaters in May and the invoice is still open, please cancel it.", "other"),
    ("en", "We are still waiting for the credit for the returned pallets before we pay.", "other"),
    ("en", "That order was placed by our sister company, not by us; the VAT ID on it is theirs.", "other"),
    ("fr", "Ce n'est pas ce que nous avions commandé : mauvais millésime, nous contestons la facture.", "other"),
    ("de", "Sie haben den falschen Jahrgang geliefert, wir zahlen die Rechnung so nicht.", "other"),
    ("es", "No es lo que pedimos: nos llegó otra añada. No pagaremos hasta que se aclare.", "other"),
    ("es", "Os devolvemos la mercancía y la factura queda retenida hasta el abono.", "other"),
]


@pytest.mark.parametrize(("language", "text"), [
    # a count or a price from the customer's own record contests the invoice by itself
    ("en", "Invoice 5120 charges 9 hours at EUR 150.00/h. Our agreement is EUR 120.00/h, please correct it."),
    ("en", "The unit price is $88.00 vs the $79.00 in our master agreement; we'll hold it until it's fixed."),
    ("de", "In der Rechnung sind 12 Lizenzen verrechnet. Bestellt wurden aber nur 9."),
])
def test_counts_and_document_prices_make_a_dispute(language: str, text: str) -> None:
    labels = {score.label for score in classify_intents(text, "Re: Payment reminder", language)}
    assert "dispute" in labels, labels


@pytest.mark.parametrize(("language", "text"), [
    # returning the invoice is no damage, a count of goods is no invoice number, a VAT ID is no tax claim
    ("es", "Devolvemos la factura 4410 porque está emitida a otra sociedad del grupo."),
    ("en", "We have no record of receiving the 30 chairs, please send the signed POD."),
    ("en", "Invoice 881 is addressed to our parent company, VAT GB 123 4567 89; please reissue."),
    ("fr", "Les 8 armoires facturées ne nous ont jamais été livrées."),
])
def test_near_misses_keep_their_reason(language: str, text: str) -> None:
    found = dispute_reason(text, language)
    assert found is None or found[0] not in ("damaged", "invoice_not_received", "tax"), found


# Later authors' families (an industrial laundry, oilfield services, building technology): the
# invoice named before the "never received", one payment taken twice, no delivery in the period,
# a price rise never agreed, the price of the customer's document, counts from tickets and
# measurements. Phrasings written for these tests.
LATER_CASES: list[tuple[str, str, str]] = [
    # invoice_not_received: the invoice is the antecedent of "reçue", "it"
    ("fr", "Vous nous relancez pour une facture 7781 que nous n'avons jamais reçue.", "invoice_not_received"),
    ("fr", "La facture 2231 citée dans votre courrier ne nous a jamais été envoyée.", "invoice_not_received"),
    ("fr", "Nous ne sommes pas en possession de la facture 5510, merci de nous la transmettre.", "invoice_not_received"),
    ("fr", "Votre relevé cite une facture que notre client n'a jamais reçue.", "invoice_not_received"),
    ("en", "Your reminder lists invoice 6620, but we never received it: it is not in Coupa.", "invoice_not_received"),
    ("en", "We have never received it and it isn't in Ariba either, so invoice 4471 cannot be paid.",
     "invoice_not_received"),
    ("de", "Die Rechnung 8812 wurde uns nie zugestellt, bitte senden Sie sie erneut.", "invoice_not_received"),
    ("es", "Nos reclaman una factura 3310 que no hemos recibido nunca; no figura ni en el buzón ni en SAP.",
     "invoice_not_received"),
    # duplicate_billing: one payment collected twice
    ("fr", "Le prélèvement de la facture 4410 a été encaissé deux fois ce mois-ci.", "duplicate_billing"),
    ("en", "Invoice 3391 was direct debited twice from our account, please refund one.", "duplicate_billing"),
    ("de", "Die Rechnung 7712 wurde zweimal abgebucht, bitte erstatten Sie den zweiten Einzug.", "duplicate_billing"),
    ("es", "Nos han cargado dos veces el recibo de la factura 2290.", "duplicate_billing"),
    # not_received_goods: nothing delivered in the period billed
    ("fr", "Le site était fermé en août : aucune livraison n'a eu lieu ce mois-là.", "not_received_goods"),
    ("en", "The restaurant was shut for refurbishment, no deliveries were made in March.", "not_received_goods"),
    ("de", "Im Juli erfolgte keine Lieferung, die Baustelle stand still.", "not_received_goods"),
    ("es", "En agosto no se realizó ninguna entrega, el local estaba cerrado.", "not_received_goods"),
    # pricing: a rise never agreed, the rate of the customer's document
    ("en", "The price increase on the September invoice was never agreed with us.", "pricing"),
    ("en", "Your unit prices are 6% higher than in June; prices may only be revised in January.", "pricing"),
    ("en", "We do not accept the hourly rates used on this invoice; our contract has them at $85.", "pricing"),
    ("en", "Our MSA, Schedule B, lists the crane at $900/day; the ticket was invoiced at $1,100.", "pricing"),
    ("fr", "L'avenant de révision des prix n'a jamais été signé par notre direction.", "pricing"),
    ("fr", "Vous appliquez une hausse de 4 % sur les tarifs sans notre accord.", "pricing"),
    ("fr", "Notre contrat cadre du 3 mars prévoit 12,50 € la pièce, vous facturez 14,00 €.", "pricing"),
    ("de", "Die Preiserhöhung um 5 % wurde nie vereinbart, bitte korrigieren.", "pricing"),
    ("es", "La oferta que nos mandaron estaba en 2.300 € y ahora facturan 2.650 €; se cambió el precio.", "pricing"),
    # quantity: counts from receipts, tickets, measurements
    ("en", "Quantity billed exceeds quantity received on line 2; please credit the difference.", "quantity"),
    ("en", "20 joints of casing billed, 16 received against the PO.", "quantity"),
    ("en", "The field ticket our foreman signed shows 6 hours, you billed 10.", "quantity"),
    ("en", "Please issue a credit for the difference of 30 m on the cable.", "quantity"),
    ("de", "Laut Aufmaß wurden erst 20 Stk. montiert, berechnet sind 26.", "quantity"),
    ("fr", "Deux palettes facturées ne nous ont jamais été livrées, merci de faire un avoir.", "quantity"),
    # tax: an exempt customer, tax to be removed
    ("en", "We sent our resale certificate last year; please remove the sales tax and reissue.", "tax"),
    ("fr", "Nous sommes exonérés de TVA, merci de retirer la TVA de la facture 3310.", "tax"),
    ("es", "Somos una entidad exenta de IVA, por favor quiten el IVA de la factura.", "tax"),
]


@pytest.mark.parametrize(("language", "text", "reason"), CASES + LATER_CASES)
def test_reason_in_a_strangers_words(language: str, text: str, reason: str) -> None:
    found = dispute_reason(text, language)
    assert found is not None and found[0] == reason, found


@pytest.mark.parametrize(("language", "text", "reason"), [
    # goods are the antecedent, not the invoice
    ("fr", "La facture 1078 correspond à une commande qu'on n'a jamais reçue.", "not_received_goods"),
    ("en", "Invoice 5521 is for the pump kit; the shipment never arrived.", "not_received_goods"),
    # "tant que" is no relative clause on the invoice: the damage is the reason
    ("fr", "Nous ne réglerons pas la facture tant que nous n'aurons pas reçu de remplacement pour les panneaux abîmés.",
     "damaged"),
    # goods between the invoice and "reçue": the order is what never came
    ("fr", "La facture 4410-B de 1 200,00 € porte sur une livraison que nous n'avons jamais reçue.", "not_received_goods"),
    # all of the goods billed never came: not a shortfall
    ("fr", "Les 8 armoires facturées ne nous ont jamais été livrées.", "not_received_goods"),
])
def test_later_near_misses(language: str, text: str, reason: str) -> None:
    found = dispute_reason(text, language)
    assert found is not None and found[0] == reason, found


def test_a_salesman_called_rusty_is_no_rust() -> None:
    found = dispute_reason("Rusty quoted us $4,100 for the valves, but we can't pay the invoice as it is.", "en")
    assert found is None or found[0] != "damaged", found


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Pour info, la hausse de 2 % sur les tarifs au 1er janvier est bien notée, merci."),
    ("en", "Prices may only be revised once a year under our contract, so please send the 2027 price list."),
])
def test_later_wordings_alone_make_no_dispute(language: str, text: str) -> None:
    labels = {score.label for score in classify_intents(text, "Re: account", language)}
    assert "dispute" not in labels, labels


# dev49-dev56 families (farm cooperative, software reseller, building materials, wine, packaging, auto
# parts, staffing, IT reseller). Own phrasings.
@pytest.mark.parametrize(("language", "text", "reason"), [
    # quantity: the count received set against the count billed or ordered
    ("es", "Nos llegaron 45 cajas de azulejo en lugar de las 60 facturadas; rogamos un abono por la diferencia.",
     "quantity"),
    ("fr", "Nous avons reçu 9 palettes de parpaings au lieu des 12 facturées, merci de rectifier.", "quantity"),
    ("de", "Geliefert wurden 7 Reifen statt der berechneten 8, bitte schreiben Sie uns eine Gutschrift.", "quantity"),
    ("en", "We got 30 drums instead of the 36 invoiced, please adjust the invoice.", "quantity"),
    ("fr", "Seuls 20 fûts réceptionnés sur les 25 facturés, nous réglerons le reste après avoir.", "quantity"),
    ("fr", "Nous avions commandé 500 plaques, nous en avons reçu 420 ; le solde n'a jamais été livré.", "quantity"),
    ("fr", "Nous avions commandé 10 démarreurs mais seulement 8 ont été livrés, merci de corriger la facture.",
     "quantity"),
    ("en", "The goods-in slip shows 60 cartons received, that's 3 cartons short. Please issue a credit.", "quantity"),
    ("en", "You invoiced a true-up to 50 seats but we have 41 active users. Please send a corrected invoice.",
     "quantity"),
    ("en", "We booked two forklift drivers for the Monday, not 4 drivers for a full week. Please redo the invoice.",
     "quantity"),
    ("en", "We are happy to pay for 5 hours but not 9, please send an adjusted invoice.", "quantity"),
    ("en", "The invoice includes 6.5 hours of overtime on the Sunday that nobody signed for; please credit it.",
     "quantity"),
    ("en", "Please take off the 8 hours we never authorised before we release payment.", "quantity"),
    # not_received_goods: nobody came
    ("en", "The shift was cancelled the day before and none of your temps turned up, so we won't pay this invoice.",
     "not_received_goods"),
    # pricing: the rate the agreement sets, the right figure against the billed one, a charge waived
    ("en", "Our contract with you is a fixed rate of £19.50/hr, please reissue the invoice.", "pricing"),
    ("en", "Please rebill the Sunday shifts at the agreed rate, we are holding the invoice until then.", "pricing"),
    ("en", "The fee should be £3,000 + VAT, not £3,600 as invoiced; please send a credit note.", "pricing"),
    ("en", "The correct total is therefore £2,400.00 and not £2,880.00, so we cannot pay this one.", "pricing"),
    ("en", "The delivery charge was waived when we placed the order, please remove it from the invoice.", "pricing"),
    ("en", "We were quoted $1,200 for the install, but invoice 7741 is for $1,560. Please correct it.", "pricing"),
    ("fr", "Le taux horaire facturé ne va pas : le taux convenu dans notre accord est de 21 €. Merci de faire un avoir.",
     "pricing"),
    ("fr", "Votre commercial nous avait accordé 8 % de remise, elle ne figure pas sur la facture 412.", "pricing"),
    ("de", "Der vereinbarte Projektrabatt wurde auf Rechnung 5531 nicht berücksichtigt. Bitte korrigieren.",
     "pricing"),
    ("es", "Nos prometieron un 6 % de descuento y no aparece en la factura; no la pagaremos así.", "pricing"),
    # damaged, in the later authors' words
    ("es", "Dos de los radiadores llegaron rayados y uno abollado, no pagaremos la factura hasta el cambio.",
     "damaged"),
    ("fr", "L'écran du terminal est arrivé fissuré, nous contestons la facture 88.", "damaged"),
    ("fr", "Les sacs de plâtre étaient durs quand on les a ouverts ; faites-nous un avoir.", "damaged"),
    ("en", "The label printers have failed repeatedly since they were installed, so we dispute invoice 301.",
     "damaged"),
    # invoice_not_received: the invoice's channels named
    ("fr", "Cette facture, nous ne l'avons jamais reçue, ni par courrier ni par mail. Merci de nous l'envoyer.",
     "invoice_not_received"),
    ("de", "Die Rechnung 7712 ist bei uns nie angekommen, weder per Post noch per Mail.", "invoice_not_received"),
])
def test_dev49_dev56_reasons(language: str, text: str, reason: str) -> None:
    found = dispute_reason(text, language)
    assert found is not None and found[0] == reason, found


@pytest.mark.parametrize(("language", "text", "reason"), [
    # a price against a price is no count, even said with "au lieu des ... prévus"
    ("fr", "Le prix est de 14,20 € au lieu des 12,90 € prévus à notre contrat, merci de faire un avoir.", "pricing"),
    ("fr", "Vous appliquez 20 % de remise au lieu des 28 % prévus, nous ne réglerons pas en l'état.", "pricing"),
    # the English roster is not Spanish "rota" (broken)
    ("en", "Maria is charged for 40 hours but against our rota she worked 32, please reissue.", "quantity"),
])
def test_dev49_dev56_near_misses(language: str, text: str, reason: str) -> None:
    found = dispute_reason(text, language)
    assert found is not None and found[0] == reason, found


@pytest.mark.parametrize(("language", "text"), [
    # the customer's own money has not come in: a promise, no goods missing
    ("fr", "Les acomptes de la coopérative ne sont pas encore arrivés, je vous règle la facture 88 d'ici le 20."),
    # the customer's proposal: "if that doesn't work" is no broken product
    ("en", "I can do $5,000 this Friday and the rest by the end of the month. If that doesn't work, call me."),
    # the supplier's credit hold on the account is no contested invoice
    ("fr", "Votre commercial me dit que mon compte est bloqué ; nous ne sommes pas en redressement, merci de le débloquer."),
    # the supplier sent the invoice again: nothing sent back
    ("fr", "Les factures 101 et 102 (que vous lui avez renvoyées le mois dernier) seront réglées le 25 novembre."),
    # a hold or a dispute told as over
    ("fr", "La facture 77 était bloquée en attente du bon de réception ; la facture est validée et sera réglée le 15."),
    ("fr", "Merci pour l'avoir, le litige est clos de notre côté ; le règlement partira d'ici le 15."),
])
def test_dev49_dev56_no_dispute(language: str, text: str) -> None:
    labels = {score.label for score in classify_intents(text, "Re: Relance", language)}
    assert "dispute" not in labels, labels


@pytest.mark.parametrize(("language", "text"), [
    # the dispute is contested and the undisputed part promised: the dispute is noticed
    ("en", "We were quoted £900.00 for the fencing, but invoice 5120 is for £1,080.00. We'll pay the quoted £900 on "
           "Friday and would like a credit note for the rest."),
    ("fr", "La facture 300 est payée. Pour la 301, votre technicien nous avait promis 5 % de remise et elle "
           "n'apparaît pas sur la facture."),
    # "compte tenu du litige": "compte" here is no account on hold
    ("fr", "Compte tenu du litige en cours sur la facture 5718, nous ne réglerons pas cette facture."),
])
def test_dev49_dev56_dispute_noticed(language: str, text: str) -> None:
    labels = {score.label for score in classify_intents(text, "Re: Relance", language)}
    assert "dispute" in labels, labels


# Review near misses: an offered discount, a conditional approval, the channels nobody warned by, the English
# roster, a failed card payment, "no problem" before a comma. Own phrasings.
def test_an_offered_early_payment_discount_is_a_promise() -> None:
    scores = classify_intents("You offered a 2% discount for payment within 10 days, so we will pay on Friday.",
                              "Re: Payment reminder", "en")
    assert scores[0].label == "promise_to_pay", scores
    assert "dispute" not in {score.label for score in scores}, scores


@pytest.mark.parametrize(("language", "text"), [
    ("en", "You promised us a 5% discount but it was not applied, please reissue the invoice."),
    ("fr", "Vous nous aviez promis 5 % de remise, mais elle a été oubliée sur la facture."),
])
def test_a_promised_discount_said_missing_is_pricing(language: str, text: str) -> None:
    found = dispute_reason(text, language)
    assert found is not None and found[0] == "pricing", found


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Invoice 12 is on hold: the PO number is missing. Until the invoice is approved by our buyer we cannot "
           "pay it."),
    ("fr", "La facture 12 est bloquée : le numéro de commande manque. Dès que la facture est validée nous la "
           "réglerons."),
])
def test_an_approval_awaited_is_no_dispute_closed(language: str, text: str) -> None:
    scores = classify_intents(text, "Re: Payment reminder", language)
    assert scores[0].label == "dispute", scores


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The pallets never arrived and nobody told us, neither by phone nor by email. We dispute invoice 55."),
    ("fr", "Les palettes ne sont jamais arrivées et personne ne nous a prévenus, ni par téléphone ni par mail. "
           "Nous contestons la facture 55."),
])
def test_channels_nobody_warned_by_keep_the_goods_reason(language: str, text: str) -> None:
    found = dispute_reason(text, language)
    assert found is not None and found[0] == "not_received_goods", found


@pytest.mark.parametrize(("language", "text", "wrong"), [
    # the English roster, whatever comes before it
    ("en", "Timesheet query: per rota she worked 32 hours, please reissue.", "damaged"),
    ("en", "Rota attached for next week, the invoice for October is wrong.", "damaged"),
    # a payment failed, not the goods
    ("en", "The card payment failed again, so we dispute the late fee.", "damaged"),
    # "no problem," then the drivers: they came
    ("en", "No problem, drivers arrived on time.", "not_received_goods"),
])
def test_review_near_misses_name_no_such_reason(language: str, text: str, wrong: str) -> None:
    found = dispute_reason(text, language)
    assert found is None or found[0] != wrong, found


@pytest.mark.parametrize(("language", "text", "reason"), [
    # Spanish "rota" where Spanish says it
    ("es", "La caja llegó rota, no pagaremos la factura.", "damaged"),
    ("es", "Nos llegaron 3 cajas rotas; rogamos un abono.", "damaged"),
    # the channels with the invoice in the sentence
    ("en", "We never got invoice 44, neither by post nor by email.", "invoice_not_received"),
])
def test_review_fixes_keep_the_real_cases(language: str, text: str, reason: str) -> None:
    found = dispute_reason(text, language)
    assert found is not None and found[0] == reason, found
