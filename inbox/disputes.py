"""Why a customer contests an invoice: the dispute_reason, from their own words.

Pure: no I/O. The same rules feed classify's `dispute` label; a rule named
"dispute.<reason>.<language>" is evidence for that reason.
"""
from __future__ import annotations

from functools import lru_cache

from inbox.intent_engine import CLEAR, HINT, MEDIUM, STRONG, Rule, RuleSet, rule, tokenise
from inbox.intent_text import guess_language, normalise_text

REASONS = (
    "invoice_not_received",
    "duplicate_billing",
    "not_received_goods",
    "damaged",
    "quantity",
    "pricing",
    "tax",
    "other",
)

_NEVER_EN = "{never|not|neither|nor|no|yet to}"
_GOODS_EN = "{goods|order|items|item|delivery|shipment|parts|products|product|material|materials|consignment|package|parcel|equipment|stock|merchandise|service|services|pallet|pallets|units|it|them}"
_GOODS_FR = "{marchandise|marchandises|commande|livraison|colis|produits|produit|articles|article|materiel|pieces|palette|palettes|prestation|prestations|service}"
_GOODS_DE = "{ware|waren|lieferung|bestellung|artikel|produkte|teile|material|paket|sendung|palette|leistung|leistungen|gerat|gerate}"
_GOODS_ES = "{mercancia|mercancias|pedido|entrega|material|productos|producto|articulos|paquete|envio|palet|palets|servicio|equipo|equipos}"

DISPUTE_RULES: tuple[Rule, ...] = (
    # --- invoice_not_received
    rule(
        "dispute.invoice_not_received.en",
        STRONG,
        f"{_NEVER_EN} {{received|receive|recieved|recieve|got|get|seen|see|had|have|found|find|locate|located|on file|in our system|record of}} {{a|an|the|this|that|your|any|these|those|said}}? {{copy of the|copy of this|original}}? {{invoice|invoices|bill}}",
        f"{{invoice|invoices|bill}} {{number|no|#}}? _2 {{was|were|has|have|is|are}}? {_NEVER_EN} {{been}}? {{received|sent|delivered|arrived|on file|in our system|found}}",
        "{invoice|invoices} {never|not} {received|arrived|delivered}",
        "no {record|trace|copy|sign} of {this|that|the|your|these|any}? {invoice|invoices|bill}",
        "{can't|cannot|can not|couldn't|could not|unable to} {find|locate|trace} {this|that|the|your|these|any}? {invoice|invoices}",
        "{do|did} not have {this|that|the|your|these|any} {invoice|invoices}",
        "{invoice|invoices} {is|are} not in our {system|records|books|ledger}",
        negatable=False,
    ),
    rule(
        "dispute.invoice_not_received.fr",
        STRONG,
        "{facture|factures} {jamais|pas|non} {recue|recues|reçue|arrivee|arrivees|parvenue|parvenues|transmise|transmises}",
        "{ne|pas} _3 {recu|recue|recues|vu|trace|retrouve|reçu|parvenu} _3 {facture|factures}",
        "{jamais|pas} {recu|reçu|eu|vu|retrouve} {la|cette|votre|vos|les|ces|de|une|aucune|ladite} {facture|factures}",
        "aucune {trace|copie} de {cette|la|votre|vos|ces|ladite}? {facture|factures}",
        "{facture|factures} _3 ne {nous}? {est|sont|a|ont} {jamais|pas} {parvenu|parvenue|parvenues|arrivee|arrivees|ete|parvenus}",
        negatable=False,
    ),
    rule(
        "dispute.invoice_not_received.de",
        STRONG,
        "{rechnung|rechnungen} _4 {nicht|nie|niemals|noch nicht} {erhalten|bekommen|zugegangen|eingegangen|angekommen|zugestellt|vorliegend|gesehen}",
        "{keine|keinerlei} {rechnung|rechnungen} _3 {erhalten|bekommen|vorliegen|vorliegt|gesehen}",
        "{rechnung|rechnungen} _4 {liegt|liegen} _3 nicht vor",
        "{rechnung|rechnungen} _3 {nie|nicht} {erhalten|angekommen|zugegangen}",
        negatable=False,
    ),
    rule(
        "dispute.invoice_not_received.es",
        STRONG,
        "{no|nunca} _2 {recibido|recibimos|recibi|llego|llegado|tenemos|constancia|registro} _3 {factura|facturas}",
        "{factura|facturas} {no|nunca} {recibida|recibidas|llego|llegaron|ha llegado|han llegado}",
        "{factura|facturas} _3 no {nos}? {ha|han} {llegado|sido recibida|sido recibidas}",
        "no {tenemos|consta|hay} {constancia|registro|rastro} de {esta|la|dicha|esa|esas|estas|su}? {factura|facturas}",
        negatable=False,
    ),
    # --- duplicate_billing
    rule(
        "dispute.duplicate_billing.en",
        STRONG,
        "{billed|charged|invoiced|debited|paid} {us}? {twice|double|two times}",
        "{duplicate|duplicated|double} {invoice|invoices|billing|charge|charges|entry|payment|invoicing}",
        "{duplicate|duplicated} of {invoice|inv}",
        "{is|looks like|appears to be|seems to be} a duplicate",
        "{already|previously} {invoiced|billed|charged}",
        "same {invoice|order|delivery|amount|charge} {twice|two times|again|as}",
        "{invoiced|billed|charged} {this|the same|that}? {twice|again}",
    ),
    rule(
        "dispute.duplicate_billing.fr",
        STRONG,
        "{facture|facturee|facturees|factures|facturé|compte|comptee|debite|debitee} {deux fois|en double|a deux reprises|2 fois}",
        "{doublon|doublons|double facturation}",
        "{deja|precedemment} {facture|facturee|facturees|factures|comptabilisee}",
        "meme {facture|commande|livraison} {deux fois|en double}",
    ),
    rule(
        "dispute.duplicate_billing.de",
        STRONG,
        "{doppelt|zweimal|zweifach} {berechnet|in rechnung gestellt|fakturiert|abgerechnet|belastet|gebucht|bezahlt}",
        "{doppelte|doppelten|doppelter} {rechnung|rechnungsstellung|berechnung|belastung|abrechnung|buchung}",
        "{doppelberechnung|doppelrechnung|doppelfakturierung|doppelbelastung|doppelzahlung|duplikat}",
        "{bereits|schon} {berechnet|in rechnung gestellt|fakturiert|abgerechnet}",
    ),
    rule(
        "dispute.duplicate_billing.es",
        STRONG,
        "{facturado|facturada|facturados|cobrado|cobrada|cobrados|cargado} {dos veces|por duplicado|doble|2 veces}",
        "{doble|duplicada|duplicado} {facturacion|factura|cobro|cargo}",
        "{factura|cobro|cargo} {duplicada|duplicado|repetida|repetido}",
        "{ya} {facturado|facturada|facturados|cobrado|cobrada}",
        "ya {nos|se|lo|la|los|las}? {facturaron|facturasteis|cobraron|han facturado|habian facturado|han cobrado}",
        "{duplicidad|duplicidades}",
    ),
    # --- not_received_goods
    rule(
        "dispute.not_received_goods.en",
        STRONG,
        f"{_NEVER_EN} {{received|receive|recieved|got|get|had|seen|taken delivery of}} {{the|this|that|our|your|any|these|those|all the|said|a|an}}? {_GOODS_EN}",
        f"{_GOODS_EN} {{was|were|has|have|is|are}} {{never|not|n't|yet to be}} {{been}}? {{delivered|received|arrived|shipped|dispatched|provided|performed|rendered|completed|done}}",
        f"{_GOODS_EN} {{never|not}} {{arrived|delivered|received|turned up|showed up|shipped|performed}}",
        f"still {{waiting|awaiting}} {{for|on}}? {{the|our|this|delivery of|the rest of the}}? {_GOODS_EN}",
        "{nobody|no one|no engineer|no technician|no driver|noone} {turned up|came|showed up|attended|arrived|visited|came out}",
        "{never|not} {happened|took place|turned up|showed up}",
        "nothing {has|have}? {arrived|turned up|been delivered|been received}",
        "{no|non} {delivery|deliveries|goods received|proof of delivery}",
        "{goods|items|order|delivery} not received",
        "{work|service|services|job|installation} {was|were|has|have|is}? {not|never} {been}? {done|completed|performed|carried out|finished|delivered|provided|rendered}",
        negatable=False,
    ),
    rule(
        "dispute.not_received_goods.fr",
        STRONG,
        f"{_GOODS_FR} {{non|pas|jamais}} {{recue|recues|recu|recus|livree|livrees|livre|livres|arrivee|arrivees|effectuee|realisee}}",
        f"{{jamais|pas|ne}} _2 {{recu|reçu|eu|vu}} {{la|le|les|notre|nos|cette|ces|votre|vos|de|aucune|aucun}}? {_GOODS_FR}",
        f"{_GOODS_FR} _3 {{ne}} {{nous}}? {{est|sont|a|ont}} {{jamais|pas|toujours pas}} {{arrivee|arrivees|livree|livrees|ete livree|ete livrees|parvenue|parvenues|ete}}",
        "{toujours pas|jamais|pas encore|pas ete|non} {livre|livree|livrees|livres|recu|recue|recues|arrive|arrivee}",
        "{attendons|attends} {toujours|encore} {la|le|les|notre|nos} {livraison|marchandise|commande|colis|produits}",
        negatable=False,
    ),
    rule(
        "dispute.not_received_goods.de",
        STRONG,
        f"{_GOODS_DE} _4 {{nicht|nie|niemals|noch nicht}} {{erhalten|bekommen|angekommen|geliefert|eingegangen|zugestellt|erbracht|eingetroffen|ausgeliefert}}",
        f"{{keine|keinerlei}} {_GOODS_DE} _3 {{erhalten|bekommen|geliefert|eingegangen}}",
        "{nicht|nie|noch nicht} {geliefert|erbracht|ausgeliefert|angekommen|eingetroffen}",
        "warten {noch|immer noch|weiterhin} auf {die|unsere|den|das} {lieferung|ware|bestellung|sendung}",
        negatable=False,
    ),
    rule(
        "dispute.not_received_goods.es",
        STRONG,
        f"{{no|nunca}} _2 {{recibido|recibimos|recibi|llego|llegado|entregado|entregaron|entregada}} {{el|la|los|las|nuestro|nuestra|dicho|dicha|ningun|ninguna}}? {_GOODS_ES}",
        f"{_GOODS_ES} {{no|nunca}} {{ha|han|fue|fueron}}? {{llegado|llego|llegaron|entregado|entregada|entregados|recibido|recibida|sido entregado|sido entregada|sido recibido|sido recibida}}",
        f"{_GOODS_ES} no {{recibido|recibida|recibidos|recibidas|entregado|entregada}}",
        "{seguimos|sigo|estamos} {esperando|a la espera de} {el|la|los|las|nuestro|nuestra} {pedido|mercancia|entrega|envio|material}",
        "sin entregar",
        negatable=False,
    ),
    # --- damaged
    rule(
        "dispute.damaged.en",
        CLEAR,
        "{damaged|damage|broken|defective|faulty|cracked|dented|smashed|scratched|leaking|torn|crushed|shattered|spoiled|spoilt|expired|unusable|rotten|malfunctioning|stopped working|dead on arrival|doa}",
        "{poor|bad|inferior|substandard|unacceptable} quality",
        "quality {issue|issues|problem|problems|complaint|defect|defects}",
        "{returned|returning|sent back|send back} {the|all|some|these|those|them|it}? {goods|items|parts|products|units|shipment|order|delivery}?",
        "{rma|return authorisation|return authorization}",
    ),
    rule("dispute.damaged.en_neg", CLEAR, "{not|never} {working|work|function|functioning|fit for purpose|as described|as ordered|fit}", negatable=False),
    rule(
        "dispute.damaged.fr",
        CLEAR,
        "{abime|abimee|abimes|abimees|endommage|endommagee|endommages|endommagees|casse|cassee|casses|cassees|defectueux|defectueuse|defectueuses|deteriore|deterioree|deteriores|deteriorees|avarie|avaries|avariee|inutilisable|inutilisables|hors service|perime|perimes}",
        "{mauvaise|mediocre} qualite",
        "{cabosse|cabossee|cabosses|cabossees|raye|rayee|rayes|rayees|tordu|tordue|tordus|tordues|fele|felee|feles|felees|fuyaient|fuyait|fuient|fuit|moisi|moisie|moisis}",
        "{probleme|defaut|defauts|vice|vices} de {qualite|fabrication|conformite}",
        "{retourne|retournee|retournes|retour de la|renvoye|renvoyee|refuse|refusee} {la|les|le}? {marchandise|marchandises|produits|colis|livraison}?",
    ),
    rule("dispute.damaged.fr_compliance", MEDIUM, "{non conforme|non conformes|non conformite}"),
    rule("dispute.damaged.fr_neg", CLEAR, "ne {fonctionne|fonctionnent|marche|marchent} {pas|plus}", negatable=False),
    rule(
        "dispute.damaged.de",
        CLEAR,
        "{beschadigt|beschadigte|beschadigten|defekt|defekte|defekten|kaputt|kaputte|kaputten|mangelhaft|mangelhafte|mangelhaften|mangelhafter|mangelhaftes|defektes|beschadigtes|mangel|mangelruge|transportschaden|bruch|zerbrochen|unbrauchbar|fehlerhaft|fehlerhafte|beschadigung|schaden|schaden am|reklamation|reklamieren|retoure|retourniert|zuruckgeschickt|zurucksenden}",
        "{schlechte|mangelhafte|minderwertige} qualitat",
        "qualitats {mangel|problem|probleme}",
        "qualitatsmangel|qualitatsproblem|qualitatsprobleme",
    ),
    rule("dispute.damaged.de_neg", CLEAR, "{funktioniert|funktionieren|lauft|laufen} _2 nicht", negatable=False),
    rule(
        "dispute.damaged.es",
        CLEAR,
        "{danado|danada|danados|danadas|roto|rota|rotos|rotas|defectuoso|defectuosa|defectuosos|defectuosas|estropeado|estropeada|estropeados|averiado|averiada|averiados|golpeado|golpeada|deteriorado|deteriorada|inservible|caducado|caducados|en mal estado|desperfecto|desperfectos|devuelto|devuelta|devolucion|rechazado|rechazada}",
        "{mala|baja|deficiente} calidad",
        "{problema|problemas|defecto|defectos} de calidad",
    ),
    rule("dispute.damaged.es_neg", CLEAR, "no {funciona|funcionan|sirve|sirven|arranca}", negatable=False),
    # --- quantity
    rule(
        "dispute.quantity.en",
        CLEAR,
        "short {shipped|shipment|delivered|delivery|supplied|ship|shipping}",
        "{only|just} {received|got|delivered|shipped} {#|half|part|some|a few|a portion}",
        "{billed|invoiced|charged|bills|billing|invoicing} {us}? {for}? # {x|units|unit|pieces|pcs|pallets|boxes|cases|cartons|items|hours|days|licences|licenses|seats|kg|tonnes|metres|meters}",
        "{only|just} # {of|out of|units|pieces|pcs|boxes|cases|cartons|pallets|items|parts|were|was|arrived}",
        "# {out of|of} # {units|pieces|pcs|boxes|cases|cartons|pallets|items|parts|were|was|arrived|received|delivered}",
        "{wrong|incorrect|different|invoiced|billed|charged} {quantity|quantities|qty|number of units|number of items|amount of units|count}",
        "{quantity|quantities|qty} {is|was|are|were|does|did|doesn't} {wrong|incorrect|not|different|off|short}",
        "{missing|short} {items|item|units|unit|parts|pieces|boxes|cartons|lines|line|quantity|qty}",
        "{partial|incomplete} {delivery|shipment|order}",
        "{items|units|pieces|boxes|cartons|parts} {were|are|was|is} missing",
        "{invoiced|billed|charged} for # {but|while|whereas|units|pieces|pcs|items|boxes|hours}",
        "{more|fewer|less} {than}? {units|items|pieces|hours|boxes} {than}? {ordered|delivered|received|worked|agreed}",
        negatable=False,
    ),
    rule(
        "dispute.quantity.fr",
        CLEAR,
        "{quantite|quantites} {incorrecte|incorrectes|erronee|erronees|facturee|facturees|livree|livrees|non conforme|differente|fausse}",
        "{erreur|ecart|ecarts|difference|probleme} {de|sur la|sur les|dans la} {quantite|quantites}",
        "{manque|manquent|manquant|manquants|manquante|manquantes}",
        "{livraison|commande} {partielle|incomplete}",
        "{recu|reçu|livre|livres} {seulement|uniquement|que} #",
        "{seulement|uniquement} # {sur|des|de|unites|pieces|cartons|colis|palettes|articles}",
        "# {sur} # {unites|pieces|cartons|colis|palettes|articles|recus|recues|livres|livrees}?",
        negatable=False,
    ),
    rule(
        "dispute.quantity.de",
        CLEAR,
        "{menge|mengen|stuckzahl|anzahl} _3 {stimmt|stimmen|falsch|nicht korrekt|abweichend|weicht}",
        "{falsche|falscher|abweichende|berechnete|gelieferte} {menge|mengen|stuckzahl|anzahl}",
        "{mengendifferenz|mengenabweichung|fehlmenge|fehlmengen|minderlieferung|unterlieferung|teillieferung|mindermenge}",
        "{nur} # {von|statt|anstatt|anstelle} #",
        "{es fehlen|fehlen} #",
        "{es fehlen|fehlende|fehlenden|fehlt}",
        "# {von} # {stuck|einheiten|kartons|paletten|artikeln|teilen|geliefert|erhalten|angekommen}",
        negatable=False,
    ),
    rule(
        "dispute.quantity.es",
        CLEAR,
        "{cantidad|cantidades|unidades} {incorrecta|incorrectas|erronea|erroneas|equivocada|equivocadas|facturada|facturadas|distinta|diferente|no coincide|no coinciden}",
        "{error|diferencia|discrepancia|problema} {en|de} {la|las}? {cantidad|cantidades|unidades}",
        "{faltan|faltaban|falta|faltante|faltantes}",
        "{entrega|pedido|envio} {parcial|incompleto|incompleta}",
        "{solo|solamente|unicamente} {recibimos|llegaron|llegaron solo|hemos recibido|nos llegaron|entregaron|#} #?",
        "# de # {unidades|cajas|palets|piezas|articulos|bultos}",
        "{solo|solamente|unicamente} {se|nos} {entregaron|recibieron|enviaron|sirvieron|han entregado|han enviado|han llegado|llegaron} #",
        "{cobran|cobraron|facturan|facturaron|factura|facturado|cobrado} # {unidades|cajas|palets|piezas|articulos|bultos|sacos|metros|kilos|horas|litros|rollos}",
        negatable=False,
    ),
    # --- pricing
    rule(
        "dispute.pricing.any_mismatch",
        CLEAR,
        "{not in line with|not in accordance with|inconsistent with|does not match|doesn't match|do not match|don't match|differs from|differ from|deviates from|higher than|more than} {the|our|your}? _2 {agreement|contract|quote|quotation|po|purchase order|price list|offer|framework agreement|agreed|quoted|pricing}",
        "{prix|tarif|tarifs|montant|montants} _3 ne {correspond|correspondent|sont pas|est pas|respecte|respectent}",
        "{discount|rebate|reduction} _6 {not|never} {been}? {applied|deducted|included|reflected|taken into account}",
        "{remise|ristourne|rabais|escompte} _6 {pas|non} {ete}? {appliquee|applique|deduite|deduit|prise en compte|pris en compte}",
        "{rabatt|skonto|nachlass} _6 nicht {berucksichtigt|abgezogen|gewahrt|angewendet|angewandt}",
        "{descuento|rappel|bonificacion} _6 no {se}? {ha}? {aplicado|aplicada|descontado|incluido|tenido en cuenta}",
        negatable=False,
    ),
    rule(
        "dispute.pricing.cue",
        HINT,
        "{quote|quotation|quoted|price list|unit price|per unit|per case|discount|devis|prix unitaire|remise|tarif|angebot|einzelpreis|stuckpreis|rabatt|presupuesto|oferta|precio unitario|descuento|tarifa}",
    ),
    rule(
        "dispute.pricing.en",
        CLEAR,
        "{wrong|incorrect|different|higher|inflated|excessive|unexpected|unagreed} {price|prices|pricing|rate|rates|unit price|amount|fee|fees|charge|charges|hourly rate|day rate|tariff}",
        "{price|prices|pricing|rate|rates|unit price|amount|fee|fees|charge|charges} {is|are|was|were|does|do|seems|seem|appears|looks} {wrong|incorrect|higher|too high|different|not|inflated|excessive|off|more than}",
        "not {the|our|what} {agreed|quoted|contracted|negotiated} {price|prices|rate|rates|amount|pricing}?",
        "not {the|our|what} {correct|right} {price|prices|rate|rates|amount|pricing}",
        "{agreed|quoted|contracted|contract|negotiated|list|catalogue|catalog|quote} {price|prices|rate|rates|pricing}",
        "{as per|per|according to|compared to|against|differs from|than|not match|doesn't match|does not match} {the|our|your}? {quote|quotation|contract|agreement|price list|purchase order|po|offer|proposal|estimate}",
        "{overcharged|overcharging|overcharge|overbilled|overbilling|over charged|over billed|over invoiced|surcharge|markup|mark up}",
        "{price|pricing|rate} {difference|discrepancy|error|increase|mismatch|dispute}",
        "{discount|rebate|credit|allowance|promotion|promo} {was|were|has|have|is|are}? {not|never|missing|omitted|forgotten} {been}? {applied|deducted|included|given|reflected}?",
        "{missing|omitted|forgotten} {discount|rebate|credit}",
        "charged {more|too much|extra|higher}",
        negatable=False,
    ),
    rule(
        "dispute.pricing.fr",
        CLEAR,
        "{prix|tarif|tarifs|montant|montants|taux} {est|sont|etait|semble|parait|me semble}? {non conforme|non conformes|incorrect|incorrects|errone|erronee|errones|faux|fausse|different|differents|trop eleve|trop eleves|pas conforme|ne correspond|ne correspondent|superieur|superieurs|pas correct}",
        "{pas|non} {le|les|au} {prix|tarif|tarifs|montant} {convenu|convenus|negocie|negocies|prevu|prevus|du devis|de la commande|contractuel|accorde}",
        "{prix|tarif|tarifs|montant} {convenu|convenus|negocie|negocies|du devis|contractuel|contractuels|accorde|catalogue|de la commande}",
        "{ecart|ecarts|erreur|difference|augmentation|hausse|probleme} de {prix|tarif|tarifs|tarification|facturation}",
        "{surfacturation|surfacture|surfacturee|surfactures|surfacturees|trop facture|trop facturee|trop percu|majoration}",
        "{remise|ristourne|rabais|escompte} {non appliquee|pas appliquee|oubliee|manquante|non deduite|pas deduite|non prise en compte|pas prise en compte}",
        "{conformement|contrairement|par rapport|non conforme} {a|au} {notre|votre|le|la}? {devis|contrat|commande|bon de commande|offre|accord}",
        negatable=False,
    ),
    rule(
        "dispute.pricing.de",
        CLEAR,
        "{falscher|falsche|falschen|abweichender|abweichende|uberhohter|uberhohte|uberhohten|hoherer|hohere|unvereinbarter} {preis|preise|betrag|stundensatz|tagessatz|einzelpreis|satz|tarif|konditionen}",
        "{preis|preise|betrag|stundensatz|einzelpreis|tarif} _3 {falsch|nicht korrekt|zu hoch|abweichend|stimmt nicht|stimmen nicht|weicht|nicht vereinbart|nicht dem}",
        "{vereinbarten|vereinbarter|vereinbarte|angebotenen|vertraglich vereinbarten|vertraglichen|verhandelten|besprochenen} {preis|preise|preisen|konditionen|betrag|satz|stundensatz|tarif}",
        "{preisdifferenz|preisabweichung|preisfehler|preiserhohung|uberberechnung|zu viel berechnet|zuviel berechnet|falsch berechnet|falsch abgerechnet|uberhoht}",
        "{rabatt|skonto|nachlass|bonus} _3 {nicht|fehlt|fehlen|vergessen} {berucksichtigt|abgezogen|gewahrt|angewendet}?",
        "{laut|gemass|entgegen|abweichend vom|abweichend von} {unserer|unserem|der|dem|ihrer|ihrem}? {angebot|vertrag|auftragsbestatigung|bestellung|preisliste|vereinbarung|preisvereinbarung|rahmenvertrag|rahmenvereinbarung|konditionsvereinbarung}",
        negatable=False,
    ),
    rule(
        "dispute.pricing.es",
        CLEAR,
        "{precio|precios|importe|tarifa|tarifas} {es|son|era|esta|parece|resulta}? {incorrecto|incorrecta|incorrectos|erroneo|erronea|equivocado|equivocada|distinto|distinta|diferente|superior|mas alto|mas alta|excesivo|excesiva|no coincide|no corresponde|no es correcto}",
        "no {es|son|corresponde|corresponden|coincide|coinciden} {con}? {el|los|la|al}? {precio|precios|tarifa|importe} {acordado|acordados|pactado|pactados|convenido|convenidos|presupuestado|ofertado}",
        "{precio|precios|tarifa|tarifas|importe} {acordado|acordados|acordada|pactado|pactados|pactada|convenido|convenida|presupuestado|ofertado|del presupuesto|del contrato|de la oferta|de la tarifa}",
        "{diferencia|discrepancia|error|subida|aumento} {de|en el|en los|del} {precio|precios|tarifa|importe}",
        "{cobrado de mas|cobrado en exceso|facturado de mas|sobreprecio|sobrecoste|sobrecargo|cobro excesivo}",
        "{descuento|rappel|bonificacion} {no aplicado|no aplicada|no incluido|olvidado|que no se ha aplicado|que falta}",
        "{segun|conforme a|de acuerdo con|a diferencia de} {el|la|nuestro|nuestra|su}? {presupuesto|oferta|contrato|pedido|acuerdo|tarifa}",
        negatable=False,
    ),
    # --- tax
    rule(
        "dispute.tax.en",
        MEDIUM,
        "{vat|gst|hst|sales tax|tax|withholding tax|use tax|excise} {should|rate|amount|charged|applied|incorrect|wrong|exempt|exemption}",
        "{wrong|incorrect|no|zero|exempt|exemption|reverse|reverse charge|zero rated|zero-rated} {vat|tax|gst|rate}",
        "{tax exempt|tax exemption|exemption certificate|resale certificate|reverse charge|zero rated|vat exempt|vat exemption|intra community|intra eu|withholding tax}",
        "{charged|applied|added|included|invoiced} _2 {vat|tax|gst|sales tax}",
    ),
    rule("dispute.tax.en_word", HINT, "{vat|gst|tax|taxes}"),
    rule(
        "dispute.tax.any_wrong",
        MEDIUM,
        "{vat|tax|gst|sales tax|tva|mwst|ust|umsatzsteuer|mehrwertsteuer|steuersatz|steuer|iva|irpf} _5 {wrong|incorrect|not correct|should not|not applicable|shouldn't|errone|erronee|incorrecte|pas applicable|falsch|nicht korrekt|unzulassig|incorrecto|incorrecta|erroneo|mal calculado|no aplica|no procede}",
        negatable=False,
    ),
    rule(
        "dispute.tax.fr",
        MEDIUM,
        "tva {non applicable|applicable|incorrecte|erronee|facturee|appliquee|a tort|intracommunautaire|de|a|au|non due|taux}",
        "{taux|montant|calcul} de {tva|la tva|taxe}",
        "{autoliquidation|exoneration|exonere|exoneree|exoneres|franchise en base|hors taxe|art 283|article 283|article 262|art 262|intracommunautaire}",
        "{sans|hors|pas de|aucune|erreur de|erreur sur la} {tva|taxe}",
    ),
    rule("dispute.tax.fr_word", HINT, "{tva|taxe|taxes}"),
    rule(
        "dispute.tax.de",
        MEDIUM,
        "{mwst|mehrwertsteuer|ust|umsatzsteuer|steuer|steuersatz} _3 {falsch|nicht|zu unrecht|fehlerhaft|ausgewiesen|berechnet|korrekt|abweichend}",
        "{falsche|falscher|falschen|fehlende|unzulassige} {mwst|mehrwertsteuer|ust|umsatzsteuer|steuer|steuersatz}",
        "{reverse charge|steuerschuldnerschaft|steuerschuldumkehr|steuerfrei|steuerbefreit|steuerbefreiung|innergemeinschaftlich|innergemeinschaftliche|13b|ohne mwst|ohne umsatzsteuer|nettobetrag}",
    ),
    rule("dispute.tax.de_word", HINT, "{mwst|mehrwertsteuer|ust|umsatzsteuer|steuer}"),
    rule(
        "dispute.tax.es",
        MEDIUM,
        "{iva|irpf|retencion|impuesto|impuestos} {incorrecto|incorrecta|erroneo|erronea|mal|no|aplicado|aplicada|indebido|indebida|de mas|exento|exenta}",
        "{tipo|porcentaje|calculo|importe} {de|del} {iva|irpf|retencion|impuesto}",
        "{exento|exenta|exentos|exentas} de {iva|impuestos}",
        "{inversion del sujeto pasivo|exencion|operacion intracomunitaria|intracomunitaria|sin iva|retencion de irpf|retencion del}",
    ),
    rule("dispute.tax.es_word", HINT, "{iva|irpf|impuesto|impuestos}"),
    # --- other: contesting without one of the reasons above
    rule(
        "dispute.other.en",
        MEDIUM,
        "{dispute|disputes|disputing|disputed|contest|contesting|contested|challenge|challenging|query|queried|querying|raise a query|object to} {this|the|that|these|your|invoice|invoices|charge|charges|amount|bill|it}?",
        "{we|i} {disagree|dispute|reject|refuse|decline}",
        "{invoice|invoices|bill|charge|charges|amount|statement} {is|are|was|were|seems|looks|appears} {incorrect|wrong|not correct|not right|inaccurate|invalid|in error|erroneous|not valid|not ours|not due|not payable}",
        "{incorrect|wrong|erroneous|invalid|inaccurate} {invoice|invoices|billing|bill|charge|charges}",
        "{issue|raise|send|provide|need|require|request|awaiting|waiting for} {us|me}? {a|the}? {credit note|credit memo|credit|corrected invoice|revised invoice|amended invoice}",
        "{on hold|blocked|withheld|withhold|withholding}",

        "{cancelled|canceled} {the|this|that|our}? {order|contract|subscription|service|po|purchase order}",
        "{complaint|claim|discrepancy|discrepancies|problem with|issue with|error in|error on|mistake in|mistake on}",
        "{holding|withholding|blocking|suspending|hold} {the}? {payment|payments}",
        "{cancel|void|withdraw|credit} {this|the|that}? {invoice|invoices|charge}",
        "{should|ought to} have been {invoiced|billed|addressed|charged|sent} to",
        "{invoiced|billed|addressed|charged} to the wrong {company|entity|customer|address|account|site}",
    ),
    rule(
        "dispute.other.en_neg",
        MEDIUM,
        "{will not|refuse to|won't} {pay|settle|approve|accept|process} {this|that|the|it|for|invoice|any|a}",
        "{we|i} {do|did} not {agree|accept|recognise|recognize|owe|order|authorise|authorize|approve|sign}",
        "{did not|never} {order|request|authorise|authorize|approve|agree to|sign}",
        "{not|never} ordered",
        "{will not|cannot|refuse to|unable to} {pay|settle|process|approve} _3 {until|unless|before|as long as|while}",
        "{invoice|invoices|bill|charge|charges|amount|statement} {is|are|was|were|seems|looks|appears} {not correct|not right|not valid|not ours|not due|not payable}",
        negatable=False,
    ),
    rule(
        "dispute.other.fr",
        MEDIUM,
        "{litige|litiges|differend|differends|contestation|contestons|conteste|contester|contestee|reclamation|reclamations|desaccord|reserve|reserves|bloquee|bloquees|bloque|en suspens|suspendu}",
        "{pas|non} {conforme|conformes} {au|aux|a le|a la} {cahier des charges|contrat|specifications|commande}",
        "expertise {est}? en cours",
        "{facture|factures} {erronee|erronees|incorrecte|incorrectes|fausse|fausses|non conforme|non conformes|non due|non dues|contestee|contestees}",
        "{erreur|erreurs|anomalie|anomalies|probleme|problemes} {sur|dans|de|concernant} {la|votre|cette|vos|ces|les}? {facture|factures|facturation}",
        "{un|votre|le|notre|d un} avoir",
        "{facture|factures} {corrigee|corrigees|rectifiee|rectificative|modifiee}",
        "{bloquons|bloquer|suspendons|suspendre|retenons} {le|notre|ce|les}? {reglement|paiement|reglements|paiements|facture}",
        "{refusons|refuse|refusee} {de payer|de regler|la facture}",
    ),
    rule(
        "dispute.other.fr_neg",
        MEDIUM,
        "{ne|pas} _2 {commande|commandee|commandes|valide|validee|accepte|acceptee|signe|signee}",
        "{ne} {sommes|suis} pas de accord",
        "ne {reglerons|paierons|payerons|reglerai|validerons|reglons|payons} pas",
        "pas de accord",
        negatable=False,
    ),
    rule(
        "dispute.other.de",
        MEDIUM,
        "{widerspruch|widersprechen|widerspreche|beanstanden|beanstandung|beanstandet|bestreiten|bestritten|reklamieren|reklamation|einspruch|klarung|unstimmigkeit|unstimmigkeiten|differenz|differenzen|gesperrt|zuruckgehalten|zahlungssperre}",
        "{rechnung|rechnungen|betrag|abrechnung} _2 {falsch|fehlerhaft|nicht korrekt|nicht richtig|unberechtigt|nicht nachvollziehbar|ungultig}",
        "{fehlerhafte|falsche|unberechtigte|korrigierte|berichtigte} {rechnung|rechnungen|abrechnung|berechnung}",
        "{gutschrift|stornierung|storno|korrekturrechnung|rechnungskorrektur}",
    ),
    rule(
        "dispute.other.de_neg",
        MEDIUM,
        "nicht {bestellt|beauftragt|vereinbart|autorisiert|freigegeben|einverstanden}",
        "{werden|konnen} _4 nicht {bezahlen|begleichen|zahlen|freigeben|akzeptieren|anerkennen}",
        negatable=False,
    ),
    rule(
        "dispute.other.es",
        MEDIUM,
        "{disputa|reclamacion|reclamaciones|reclamamos|impugnamos|impugnar|impugnacion|desacuerdo|discrepancia|discrepancias|incidencia|incidencias|bloqueada|bloqueadas|retenida|retenido}",

        "{factura|facturas|importe|cargo} {incorrecta|incorrectas|erronea|erroneas|equivocada|equivocadas|indebida|indebidas|no corresponde|improcedente}",
        "{error|errores} {en|de} {la|su|esta|dicha|las}? {factura|facturas|facturacion}",
        "{factura rectificativa|nota de credito|nota de abono|abono por|emitir un abono|un abono}",
    ),
    rule(
        "dispute.other.es_neg",
        MEDIUM,
        "no {estamos|estoy} de acuerdo",
        "{no|nunca} {pedimos|hemos pedido|solicitamos|encargamos|autorizamos|aprobamos}",
        "no {pagaremos|abonaremos|vamos a pagar|vamos a abonar|aceptamos|aceptaremos}",
        negatable=False,
    ),
)

# Descriptions precise enough to name the reason, used by dispute_reason only. They are not
# extra evidence of the `dispute` label: "we pay INV-1; INV-2 was never delivered" stays a
# remittance with a dispute, and a detailed description must not outweigh the payment.
REASON_DETAILS: tuple[Rule, ...] = (
    rule(
        "dispute.not_received_goods.fr_detail",
        STRONG,
        "ne {a|ont} {jamais|pas|toujours pas} ete {livre|livree|livres|livrees|recu|recue|recus|recues|expedie|expediee|expedies|expediees}",
        negatable=False,
    ),
    rule(
        "dispute.not_received_goods.es_detail",
        STRONG,
        "no {se}? {nos}? {ha|han} {llegado|entregado|enviado|recibido} {nunca|todavia|aun}?",
        negatable=False,
    ),
    rule(
        "dispute.quantity.de_detail",
        CLEAR,
        "{nur} # {von|statt|anstatt|anstelle} _3 #",
        "# {statt|anstatt|anstelle} {der|den|die}? {berechneten|bestellten|fakturierten|vereinbarten} #",
        negatable=False,
    ),
    rule(
        "dispute.quantity.en_detail",
        CLEAR,
        "{received|delivered|got} # {but|while|whereas} _4 {bills|billed|invoiced|charged|invoice|charges} _3 #",
        "{instead of|rather than} the # {billed|invoiced|charged|ordered}",
        negatable=False,
    ),
)

_ORDER = {reason: index for index, reason in enumerate(REASONS)}


@lru_cache(maxsize=1)
def dispute_rules() -> RuleSet:
    """The compiled dispute rules; built once per process."""
    return RuleSet(DISPUTE_RULES + REASON_DETAILS)


def reason_of(rule_name: str) -> str:
    """"dispute.pricing.fr" -> "pricing"."""
    return rule_name.split(".")[1]


def pick_reason(found: list[tuple[str, float, str]]) -> tuple[str, str] | None:
    """The strongest (reason, evidence) from (reason, weight, evidence) triples, or None.

    A named reason beats "other" ("please issue a credit note" says nothing about why).
    Hint-level cues ("VAT", "quote") never make a dispute on their own, but they name the
    reason when the only other evidence is generic.
    """
    if not any(weight > HINT for _, weight, _ in found):
        return None
    specific = [item for item in found if item[0] != "other"]
    strong_specific = [item for item in specific if item[1] > HINT]
    pool = strong_specific or specific or found
    reasons = {item[0] for item in pool}
    if "quantity" in reasons and "not_received_goods" in reasons:
        # "billed for 120, only 96 delivered; the rest never arrived": what did not arrive
        # is the shortfall of a partial delivery, so the complaint is the quantity billed.
        pool = [item for item in pool if item[0] != "not_received_goods"]
    reason, _, evidence = max(pool, key=lambda item: (item[1], -_ORDER[item[0]]))
    return reason, evidence


def dispute_reason(own_text: str, language: str | None) -> tuple[str, str] | None:
    """Why the customer contests an invoice, with the phrase that says so; None when nothing does.

    `own_text` is the customer's own words (quoted history removed). Negated mentions
    ("this is not a dispute") do not count.
    """
    normalised = normalise_text(own_text)
    tokens = tokenise(normalised, language or guess_language(normalised))
    found = [(reason_of(hit.rule.name), hit.rule.weight, hit.text) for hit in dispute_rules().find(tokens)]
    return pick_reason(found)

