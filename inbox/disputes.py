"""Why a customer contests an invoice: the dispute_reason, from their own words.

Pure: no I/O. The same rules feed classify's `dispute` label; a rule named
"dispute.<reason>.<language>" is evidence for that reason.
"""
from __future__ import annotations

from functools import lru_cache

from inbox.intent_engine import CLEAR, HINT, MEDIUM, STRONG, Hit, Rule, RuleSet, Tokens, rule, tokenise, with_blockers
from inbox.intent_text import fold, guess_language, normalise_text

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
_GOODS_EN = "{goods|order|items|item|delivery|shipment|parts|products|product|material|materials|consignment|package|parcel|equipment|stock|merchandise|service|services|pallet|pallets|units|it|them|licence|licences|license|licenses|licence keys|license keys|keys|activation|software}"
_GOODS_FR = "{marchandise|marchandises|commande|livraison|colis|produits|produit|articles|article|materiel|pieces|palette|palettes|prestation|prestations|service}"
_GOODS_DE = "{ware|waren|lieferung|bestellung|artikel|produkte|teile|material|paket|sendung|palette|leistung|leistungen|gerat|gerate}"
# what goes back to the supplier: "la mercancía devuelta", "devolvimos las 3 cajas"
_GOODS_ES_BACK = ("{mercancia|mercancias|material|pedido|producto|productos|articulos|articulo|piezas|pieza|cajas|caja|"
                  "palets|palet|unidades|genero|equipo|equipos|bultos|envio|prendas|rollos|botellas|sacos|paquete|"
                  "paquetes|maquina|maquinas}")
_GOODS_ES = "{mercancia|mercancias|pedido|entrega|material|productos|producto|articulos|paquete|envio|palet|palets|servicio|equipo|equipos}"

# "le virement risque d'être bloqué", "pour éviter que la facture soit bloquée": a risk, not a hold
_FR_RISK = ("risque", "risquent", "risquerait", "pourrait", "pourraient", "sinon", "eviter")
DISPUTE_RULES: tuple[Rule, ...] = (
    # --- invoice_not_received
    rule(
        "dispute.invoice_not_received.en",
        STRONG,
        f"{_NEVER_EN} {{received|receive|recieved|recieve|got|get|seen|see|had|have|found|find|locate|located|on file|in our system|record of}} {{a|an|the|this|that|your|any|these|those|said}}? {{copy of the|copy of this|original}}? {{invoice|invoices|bill}}",
        f"{{invoice|invoices|bill}} {{number|no|#}}? _2 {{was|were|has|have|is|are}}? {_NEVER_EN} {{been}}? {{received|sent|delivered|arrived|on file|in our system|found}}",
        "{invoice|invoices} {never|not} {received|arrived|delivered}",
        "{invoice|invoices|bill|it} _3 {never|not|n't} {reached|got to|came to|made it to|arrived at|arrived with} {us|our|me}",
        "{first|the first time} {we|we've|we have|i|i've|i have} {heard|seen|heard of|seen of} {of}? {it|this|this invoice|that invoice}",
        "no {record|trace|copy|sign} of {this|that|the|your|these|any}? {invoice|invoices|bill|inv*|0*|1*|2*|3*|4*|5*|6*|7*|8*|9*}",
        # an invoice word or a reference (a token starting with a digit), not "receiving the fourteen kits";
        # "the" before a number counts goods: "no record of receiving the 48 desks"
        "no {record|trace|sign} of {ever}? {receiving|having received|getting|having got} {this|that|your|these|any}? {invoice|invoices|inv|bill|0*|1*|2*|3*|4*|5*|6*|7*|8*|9*}",
        "no {record|trace|sign} of {ever}? {receiving|having received|getting|having got} the {invoice|invoices|inv|bill}",
        "{can't|cannot|can not|couldn't|could not|unable to} {find|locate|trace} {this|that|the|your|these|any}? {invoice|invoices}",
        "{do|did} not have {this|that|the|your|these|any} {invoice|invoices}",
        "{invoice|invoices} {is|are} not in our {system|records|books|ledger}",
        # the invoice as a pronoun: "I can't find it anywhere on our system", "we just don't have it."
        "{can't|cannot|can not|couldn't|could not|unable to} {find|locate|trace|see} {it|this|that|this one|them} "
        "{anywhere}? {on|in} {our} {system|systems|records|ledger|books|files|portal|ap system|inbox}",
        "{don't|do not} think {we've|we have|we} {ever}? {had|received|got|seen} {it|this|that|this one|the invoice|them}",
        "{we|i} {just|simply}? {don't|do not|dont} have {it|this one|that one|this invoice|that invoice} {.|,|!|on file|at all}",
        negatable=False,
    ),
    rule(
        # "Invoice No. 4587 is not available in our records", "isn't showing on our system"
        "dispute.invoice_not_received.en_records",
        CLEAR,
        "{invoice|invoices|inv|bill|#} _6 {is|are|was|were} not {available|recorded|registered|showing|visible|found|"
        "present|logged}? {in|on} {our} {records|system|systems|books|ledger|files|portal|ap system|invoice system}",
        negatable=False,
    ),
    rule(
        "dispute.invoice_not_received.any_records",
        CLEAR,
        "{apparait|figure|est|existe|trouve} {pas|ni} dans {notre|nos} {logiciel|systeme|comptabilite|registres|livres|fichiers|"
        "base|outil|boite|boite mail|ged|erp|bons a payer|circuit|parapheur|courrier|courriers|messagerie|boite de reception|"
        "boite aux lettres|boite a factures}",
        "{rien|aucune facture} trouve",
        "{ist|liegt|taucht|befindet sich} _3 nicht in {unserem|unserer|unseren} {system|buchhaltung|unterlagen|posteingang|"
        "rechnungseingang} {auf}?",
        "no {aparece|figura|consta|esta} en {nuestro|nuestra|nuestros|nuestras} {sistema|contabilidad|registros|programa|"
        "bandeja|correo}",
        negatable=False,
    ),
    rule(
        "dispute.invoice_not_received.fr",
        STRONG,
        "{facture|factures} {jamais|pas|non} {recue|recues|reçue|arrivee|arrivees|parvenue|parvenues|transmise|transmises}",
        "{ne|pas} _3 {recu|recue|recues|vu|trace|retrouve|reçu|parvenu} _3 {facture|factures}",
        "{jamais|pas} {recu|reçu|eu|vu|retrouve} {la|cette|votre|vos|les|ces|de|une|aucune|ladite} {facture|factures}",
        "aucune {trace|copie} de {cette|la|votre|vos|ces|ladite}? {facture|factures}",
        # "été" with the invoice's own participle: not "les fauteuils facturés ne nous ont jamais été livrés"
        "{facture|factures} _3 ne {nous}? {est|sont|a|ont} {jamais|pas} {parvenu|parvenue|parvenues|arrivee|arrivees|parvenus}",
        "{facture|factures} _3 ne {nous}? {est|sont|a|ont} {jamais|pas} ete {recue|recues|recu|envoyee|envoyees|transmise|"
        "transmises|adressee|adressees|parvenue|parvenues}",
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
        # (wrongly invoiced, said with "not": "we have not been invoiced correctly")
        "{duplicate|duplicated|double} {invoice|invoices|billing|charge|charges|entry|payment|invoicing}",
        # not "a duplicate of invoice 4410", which asks for a copy: "is a duplicate of" says it (below)
        "{is|looks like|appears to be|seems to be} a duplicate",
        "{two|2|both|multiple|several} {invoices|bills|charges} {for|covering} {the same|one|a single|one and the same}",
        "{are|were|both|all} {for|cover|covering|relate to} the same {delivery|job|order|work|service|goods|shipment|period|month|visit|po|items}",
        "{second|another|2nd|duplicate} {invoice|bill|charge} {for|covering} the same {delivery|job|order|work|service|services|goods|shipment|period|month|visit|po|items}",
        "{already|previously} {invoiced|billed|charged}",
        "same {invoice|order|delivery|amount|charge} {twice|two times|again|as}",
        "{invoiced|billed|charged} {this|the same|that}? {twice|again}",
        "{bills|billed|charges|charged|invoices|invoiced|bill|charge|invoice} _8 {a second time|twice|two times|a 2nd time}",
        "same {lines|items|goods|delivery|order|charges|amount|services|work|units} {are|were|is|was}? {already} {on|in|billed|invoiced|charged|included}",
        # two invoices for one thing: "4410 is exactly the same as 4411", "the two invoices are identical",
        # "a second invoice for the same work", "we only ordered once"
        "{exactly|precisely} the same as {invoice|inv|#|0*|1*|2*|3*|4*|5*|6*|7*|8*|9*}",
        "{invoices|bills} _4 {are|look|seem|appear} {exactly|completely|totally}? identical",
        "{is|looks|seems|appears} {exactly|completely|totally}? identical to {invoice|inv|#|0*|1*|2*|3*|4*|5*|6*|7*|8*|9*}",
        "{second|2nd|another|new} invoice for the same {work|job|order|delivery|goods|service|services|items|po|shipment}",
        "{we|i} {only|just} ordered {it|them|this|these|that|those}? once",
    ),
    rule(
        "dispute.duplicate_billing.fr",
        STRONG,
        "{facture|facturee|facturees|factures|facturé|debite|debitee|facturez|facturent|facturer|facturons|debitez|"
        "debitent|preleve|prelevee|prelevez} {deux fois|en double|a deux reprises|2 fois}",
        # "vous me facturez deux fois la même chose", "la même chose facturée deux fois"
        "{facturez|facturent|facturer|facture|factures|facturee} _3 {deux fois|2 fois} la meme {chose|commande|livraison|"
        "prestation|marchandise}",
        "{fait|font} doublon",
        "{deux|2} factures {pour|concernant} {la meme|le meme}",
        "{facture|facturee|facturees|factures|facturez|facturent|comptabilise|comptabilisee} _6 {une deuxieme fois|une seconde fois|une 2e fois|a nouveau|de nouveau}",
        "{memes|meme} {lignes|articles|prestations|produits|livraison|montant} {figurent|figure|sont|est}? {deja} {sur|dans|facture|factures|facturees}",
        "{doublon|doublons|double facturation}",
        "{deja|precedemment} {facture|facturee|facturees|factures|comptabilisee}",
        "meme {facture|commande|livraison} {deux fois|en double}",
        # "les factures 1 et 2 sont identiques", "bons de commande émis en double par erreur"
        "{factures} _4 {sont|semblent|paraissent} {exactement|parfaitement|strictement}? identiques",
        # "les factures 1102 et 1103 sont en double"
        "{factures|facture} _4 {sont|est|semblent|semble} {facturees|facturee|emises|emise}? en double",
        "{emis|emise|emises|saisi|saisie|saisies|envoye|envoyee|envoyees|enregistre|enregistree|enregistrees} {par erreur}? en double",
    ),
    rule(
        "dispute.duplicate_billing.de",
        STRONG,
        "{doppelt|zweimal|zweifach} {berechnet|in rechnung gestellt|fakturiert|abgerechnet|belastet|gebucht|bezahlt|gestellt|geschickt|zugeschickt|verschickt|erhalten|bekommen}",
        "{doppelte|doppelten|doppelter} {rechnung|rechnungsstellung|berechnung|belastung|abrechnung|buchung}",
        "{doppelberechnung|doppelrechnung|doppelfakturierung|doppelbelastung|doppelzahlung|duplikat|doppelverrechnung|"
        "doppelverbuchung|doppelbuchung}",
        "{doppelt|zweimal} verrechnet",
        "{rechnungen} _4 {sind} {vollig|exakt|genau}? identisch",
        "{bereits|schon} _4 {fakturiert|verrechnet|berechnet|abgerechnet} {,|.|und}? {lieferung|die lieferung|geliefert} _3 {nur|aber nur} einmal",
        "{bereits|schon} {berechnet|in rechnung gestellt|fakturiert|abgerechnet}",
        "{nochmals|erneut|ein zweites mal|zum zweiten mal|noch einmal} {berechnet|in rechnung gestellt|fakturiert|abgerechnet|belastet}",
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
        "{facturas} _4 {son} {exactamente}? {identicas|iguales}",
        "{facturado|facturada|facturan|facturaron|cobran|cobraron|cobrado|cobrada} _6 {por segunda vez|otra vez|de nuevo|dos veces}",
    ),
    # --- not_received_goods
    rule(
        "dispute.not_received_goods.en",
        STRONG,
        f"{_NEVER_EN} {{received|receive|recieved|got|get|had|seen|taken delivery of}} {{the|this|that|our|your|any|these|those|all the|said|a|an}}? {_GOODS_EN}",
        # "we never received any of the goods", "none of the parts"
        f"{_NEVER_EN} {{received|receive|recieved|got|get|had|seen|taken delivery of}} {{any|all|either|one}} of {{the|our|your|these|those}} {_GOODS_EN}",
        f"{_GOODS_EN} {{was|were|has|have|is|are}} {{never|not|n't|yet to be}} {{been}}? {{delivered|received|arrived|shipped|dispatched|provided|performed|rendered|completed|done}}",
        f"{_GOODS_EN} {{never|not}} {{arrived|delivered|received|turned up|showed up|shipped|performed}}",
        "{they|these|those} {never|have never|had never} {arrived|turned up|showed up|been delivered|came}",
        # goods named, not "no record of receiving INV-880" (that is the invoice)
        "no {record|trace|sign|evidence} of {the|any|a} {delivery|shipment|goods|consignment|order arriving|parcel|pallets}",
        "no {record|trace|sign|evidence} of {ever}? {receiving|having received|taking delivery of} {the|this|these|those|any|our|a|an}? _3 "
        "{goods|order|items|delivery|shipment|parts|products|material|materials|consignment|package|parcel|equipment|stock|"
        "pallet|pallets|units|kits|boxes|cartons|cases|machines|devices|tools|samples}",
        f"still {{waiting|awaiting}} {{for|on}}? {{the|our|this|delivery of|the rest of the}}? {_GOODS_EN}",
        "{nobody|no one|no engineer|no technician|no driver|noone} {turned up|came|showed up|attended|arrived|visited|came out}",
        "{never|not} {happened|took place|turned up|showed up}",
        "nothing {has|have}? {arrived|turned up|been delivered|been received}",
        "nothing {ever}? {came|showed up|turned up|arrived}",
        "{never|not} made it to the _2 {site|job|job site|jobsite|warehouse|depot|store|yard|plant|building site|project}",
        "{no|non} {delivery|deliveries|goods received|proof of delivery}",
        "{goods|items|order|delivery} not received",
        # "we still haven't received the order"
        "still {have|has}? not {received|got|gotten|had} {the|our|this|that|any of the|any}? {goods|order|items|delivery|shipment|parts|products|material|materials|consignment|package|parcel|equipment|pallets|boxes|cartons}",
        "{work|service|services|job|installation} {was|were|has|have|is}? {not|never} {been}? {done|completed|performed|carried out|finished|delivered|provided|rendered}",
        "{work|works|job|installation|project|repair|commissioning} _3 {is|are|was|were|has|have} {not|n't|still not|yet to be} {been}? {finished|complete|completed|done|signed off}",
        negatable=False,
        blockers=("if", "unless", "whether", "in case", "you", "your", "maybe", "perhaps"),
    ),
    rule(
        # the goods as the subject with what names them in between: "the pallets you've invoiced for never turned up"
        "dispute.not_received_goods.en_gap",
        STRONG,
        "{goods|order|items|delivery|shipment|parts|products|material|materials|consignment|package|parcel|equipment|stock|"
        "pallet|pallets|units|boxes|cartons} _5 {never|not|n't} {arrived|turned up|showed up|been delivered|come|came|"
        "reached us}",
        negatable=False,
        blockers=("if", "unless", "whether", "maybe", "perhaps"),
    ),
    rule(
        "dispute.not_received_goods.any_unfinished",
        STRONG,
        "{travaux|prestation|prestations|intervention|chantier|installation|montage|reparation|mise en service} _3 {pas|non|"
        "jamais} {ete}? {termines|terminee|terminees|termine|finis|finie|acheves|achevee|realises|realisee|effectues|effectuee}",
        "{montage|arbeiten|leistung|leistungen|installation|reparatur|auftrag|inbetriebnahme} _4 {nicht|noch nicht|nie} "
        "{abgeschlossen|fertig|fertiggestellt|erbracht|ausgefuhrt|erledigt|beendet}",
        "{trabajo|trabajos|obra|servicio|instalacion|montaje|reparacion|puesta en marcha} _3 no {esta|estan|ha sido|han sido|"
        "se ha|se han}? {terminado|terminada|terminados|acabado|acabada|completado|completada|realizado|realizada|"
        "finalizado|finalizada}",
        negatable=False,
        blockers=("si", "wenn", "falls", "if", "cuando", "une fois"),
    ),
    rule(
        # work or goods never done or delivered, the subject far before: "l'installation du mobilier, objet de la
        # facture, n'a jamais été réalisée"; "reçu" is left to fr_detail (the invoice as often as the goods)
        "dispute.not_received_goods.fr_never_done",
        STRONG,
        "ne {nous}? {a|ont} {jamais|toujours pas} ete {realise|realisee|realises|realisees|effectue|effectuee|effectues|"
        "effectuees|execute|executee|executes|executees|installe|installee|installes|installees|livre|livree|livres|livrees}",
        negatable=False,
    ),
    rule(
        # without its object: "toujours pas livré", "jamais reçue" (the invoice as often as the goods)
        "dispute.not_received_goods.fr_bare",
        STRONG,
        "{toujours pas|jamais|pas encore|pas ete|non} {livre|livree|livrees|livres|recu|recue|recues|recus|arrive|arrivee|"
        "arrives|arrivees}",
        negatable=False,
    ),
    rule(
        "dispute.not_received_goods.fr",
        STRONG,
        f"{_GOODS_FR} {{non|pas|jamais}} {{recue|recues|recu|recus|livree|livrees|livre|livres|arrivee|arrivees|effectuee|realisee}}",
        f"{{jamais|pas|ne}} _2 {{recu|reçu|eu|vu}} {{la|le|les|notre|nos|cette|ces|votre|vos|de|aucune|aucun}}? {_GOODS_FR}",
        f"{_GOODS_FR} _3 {{ne}} {{nous}}? {{est|sont|a|ont}} {{jamais|pas|toujours pas}} {{arrivee|arrivees|livree|livrees|ete livree|ete livrees|parvenue|parvenues|ete}}",
        "{attendons|attends} {toujours|encore} {la|le|les|notre|nos} {livraison|marchandise|commande|colis|produits}",
        "{jamais|pas} eu lieu",
        negatable=False,
    ),
    rule(
        "dispute.not_received_goods.de",
        STRONG,
        f"{_GOODS_DE} _4 {{nicht|nie|niemals|noch nicht}} {{bei uns|hier|an uns|bei ihnen}}? {{erhalten|bekommen|angekommen|geliefert|eingegangen|zugestellt|erbracht|eingetroffen|ausgeliefert}}",
        f"{{keine|keinerlei}} {_GOODS_DE} _3 {{erhalten|bekommen|geliefert|eingegangen}}",
        "{nicht|nie|noch nicht} {geliefert|erbracht|ausgeliefert|angekommen|eingetroffen}",
        "warten {noch|immer noch|weiterhin} auf {die|unsere|den|das} {lieferung|ware|bestellung|sendung}",
        "{nie|nicht|niemals} stattgefunden",
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
        "{nunca|no} {se}? {realizo|realizaron|tuvo lugar|hizo|presto|llevo a cabo|ha realizado|han realizado}",
        negatable=False,
    ),
    # --- damaged
    rule(
        "dispute.damaged.en",
        CLEAR,
        "{damaged|damage|broken|defective|faulty|cracked|dented|smashed|scratched|leaking|torn|crushed|shattered|spoiled|spoilt|unusable|rotten|malfunctioning|stopped working|dead on arrival|doa}",
        "{poor|bad|inferior|substandard|unacceptable} quality",
        "quality {issue|issues|problem|problems|complaint|defect|defects}",
        "{rejected|rejection of|rejecting} {the}? {material|materials|goods|items|parts|units|batch|consignment|shipment|delivery|product|products}",
    ),
    rule("dispute.damaged.en_neg", CLEAR, "{not|never} {working|work|function|functioning|fit for purpose|as described|as ordered|fit}",
         # "aren't in the condition described", said of second-hand or display stock
         "{not|n't|aren't|isn't|wasn't|weren't} in the condition {described|advertised|agreed|promised|stated|expected|"
         "shown|listed}",
         negatable=False),
    rule(
        "dispute.damaged.fr",
        CLEAR,
        "{ecrase|ecrasee|ecrases|ecrasees|brise|brisee|brises|brisees|rouille|rouillee|rouilles|mouille|mouillee|mouilles|pourri|pourrie|pourris|troue|trouee|fendu|fendue|fendus|dechire|dechiree}",
        "{abime|abimee|abimes|abimees|endommage|endommagee|endommages|endommagees|casse|cassee|casses|cassees|defectueux|defectueuse|defectueuses|deteriore|deterioree|deteriores|deteriorees|avarie|avaries|avariee|inutilisable|inutilisables|hors service|perime|perimes}",
        "{mauvaise|mediocre} qualite",
        # "arrivées éventrées", "la boîte était toute défoncée", "marchandise invendable"
        "{eventre|eventree|eventres|eventrees|defonce|defoncee|defonces|defoncees|invendable|invendables|dechires|dechirees|"
        "perfore|perforee|perfores|perforees}",
        # "pliées" only as the state they came in: "tôles pliées" is a product
        "{arrive|arrivee|arrives|arrivees|livre|livree|livres|livrees|recu|recue|recus|recues} {toute|tout|toutes|tous}? "
        "{plie|pliee|plies|pliees}",
        "{cabosse|cabossee|cabosses|cabossees|raye|rayee|rayes|rayees|tordu|tordue|tordus|tordues|fele|felee|feles|felees|fuyaient|fuyait|fuient|fuit|moisi|moisie|moisis}",
        "{probleme|defaut|defauts|vice|vices} de {qualite|fabrication|conformite}",
        "{refuse|refusee|refuses|refusees} {la|les|le}? {marchandise|marchandises|produits|colis|livraison}",
    ),
    rule(
        # goods sent back: evidence of a claim for classify, but how the customer dealt with it, not
        # why ("we returned 14 cartons and still haven't seen the credit", "came in the wrong colour and
        # were returned"): the reason is "other" unless the damage itself is named (see _AS_OTHER)
        "dispute.damaged.any_return",
        CLEAR,
        "{returned|returning|sent back|send back} {the|all|some|these|those|them|it}? {goods|items|parts|products|units|shipment|order|delivery}?",
        "{retourne|retournee|retournes|retournees|retour de la|renvoye|renvoyee} {la|les|le}? {marchandise|marchandises|produits|colis|livraison}?",
        "{rma|return authorisation|return authorization}",
        # "invoices received by post will be returned unprocessed": what the customer will do with mail, not goods
        blockers=("be",),
    ),
    rule("dispute.damaged.fr_compliance", MEDIUM, "{non conforme|non conformes|non conformite}"),
    rule("dispute.damaged.fr_neg", CLEAR, "ne {fonctionne|fonctionnent|marche|marchent} {pas|plus}", negatable=False),
    rule(
        "dispute.damaged.de",
        CLEAR,
        "{beschadigt|beschadigte|beschadigten|defekt|defekte|defekten|kaputt|kaputte|kaputten|mangelhaft|mangelhafte|mangelhaften|mangelhafter|mangelhaftes|defektes|beschadigtes|mangel|mangelruge|transportschaden|bruch|zerbrochen|unbrauchbar|fehlerhaft|fehlerhafte|beschadigung|schaden|schaden am|reklamation|reklamieren}",
        "{schlechte|mangelhafte|minderwertige} qualitat",
        "qualitats {mangel|problem|probleme}",
        "qualitatsmangel|qualitatsproblem|qualitatsprobleme",
    ),
    rule(
        # goods sent back: "other" unless the damage is named, as any_return (see _AS_OTHER)
        "dispute.damaged.de_return",
        CLEAR,
        "{retoure|retouren|retourniert|zuruckgeschickt|zurucksenden|zuruckgesandt|rucksendung}",
    ),
    rule("dispute.damaged.de_replacement", MEDIUM, "{ersatzlieferung|austauschlieferung|nachbesserung}"),
    rule("dispute.damaged.de_not_as_ordered", CLEAR,
         "{entspricht|entsprechen|entsprach|entsprachen} nicht {der|dem|unserer|unserem|ihrer|ihrem} {bestellung|auftrag|spezifikation|muster|bestellten ware}",
         negatable=False),
    rule("dispute.damaged.de_neg", CLEAR, "{funktioniert|funktionieren|lauft|laufen} _2 nicht", negatable=False),
    rule(
        "dispute.damaged.es",
        CLEAR,
        "{danado|danada|danados|danadas|roto|rotos|defectuoso|defectuosa|defectuosos|defectuosas|estropeado|estropeada|estropeados|averiado|averiada|averiados|golpeado|golpeada|deteriorado|deteriorada|inservible|caducado|caducados|en mal estado|desperfecto|desperfectos}",
        # tiles, glass and ceramics: "llegaron con los cantos desconchados" ("cajas rotas" is
        # dispute.damaged.es_rota: bare "rota" is also the English roster)
        "{desconchado|desconchada|desconchados|desconchadas|astillado|astillada|astillados|astilladas|agrietado|agrietada|agrietados|agrietadas|resquebrajado|resquebrajada|resquebrajados|resquebrajadas|abollado|abollada|abollados|abolladas|golpeados|golpeadas|rajado|rajada|rajados|rajadas}",
        "{mala|baja|deficiente} calidad",
        "{problema|problemas|defecto|defectos} de calidad",
    ),
    # goods past their date or sent back; not a payment card, a link or a direct debit ("card on file
    # expired", "devolución del recibo": a failed payment, nothing contested)
    rule(
        "dispute.damaged.en_expired",
        CLEAR,
        "expired",
        blockers=("card", "cards", "file", "link", "token", "mandate", "password", "session", "quote", "quotation", "offer",
                  "trial", "certificate", "subscription", "contract", "authorisation", "authorization", "approval", "po"),
    ),
    rule(
        # sent back, as any_return above; "devolvemos la factura" returns the invoice, not goods
        "dispute.damaged.es_return",
        CLEAR,
        # the goods named: not "os llegó devuelto el recibo" (a direct debit bounced), whose object follows
        f"{_GOODS_ES_BACK} _3 {{devuelto|devuelta|devueltos|devueltas}}",
        f"{{devuelto|devuelta|devueltos|devueltas|devolucion|devoluciones|devolvemos|devolveremos|devolvimos}} {{de|del}}? "
        f"{{el|la|los|las|todo el|toda la|todos los|todas las|nuestro|nuestra}}? _2 {_GOODS_ES_BACK}",
        "{os|se|le|les}? {lo|la|los|las} {hemos devuelto|han devuelto|devolvemos|devolveremos|devolvimos|devolvi}",
        "{albaran|numero|nota|orden} de devolucion",
        blockers=("recibo", "recibos", "domiciliacion", "domiciliado", "adeudo", "cargo", "transferencia", "pago", "pagos",
                  "tarjeta", "cheque", "aviso", "factura", "facturas"),
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
        "{has|have|had|put} us down for #",
        "{po|order|ordered|delivery|delivered|received} {quantity|qty|quantities} {is|was|were|are|:|=} #",
        "{but|yet|whereas} {you|you've|you have|you'd} {invoiced|billed|charged} {us}? {for}? #",
        "{hours|days|quantities|quantity|units|number of hours|visits|figures} _2 {do not|don't|does not|doesn't|did not|didn't} {match|agree with|tally with|correspond to|reflect}",
        "{only|just} {spent|worked|took|was there|were there|was on site|were on site|was here|were here} _2 {#|a few|an} {hours|hour|days|day|minutes}",
        "{billed|invoiced|charged} # {hours|days|units|items|visits} _2 {but|while|whereas|yet} _4 {show|shows|showed|say|says|record|records} #",
        "{charged|billed|invoiced} {us}? {for}? {a full day|a whole day|full day|the full day|a full week|a whole week|full days}",
        "{charged|billed|invoiced} {us}? for {hours|days|visits|items|units|work|services|time} {that|which} {were|was}? {not|never|n't} {worked|done|delivered|carried out|performed|received|ordered|used}",
        "{we|i} {only|just} {ordered|asked for|requested|needed|booked} #",
        "{only|just} # {units|pieces|pcs|boxes|cases|cartons|pallets|items|parts|visits|callouts|sessions|shifts|deliveries|trips|loads|days|hours|nights|licences|licenses|seats|technicians|engineers|people|staff|workers|operatives}? _2 {attended|came|showed up|were present|were there|were on site|took place|were delivered|were carried out|were performed|were done|were made|arrived|were received|turned up|were supplied|were completed|happened|were provided|were used}",
        "{charges|charged|bills|billed|invoices|invoiced|charge|bill} {us}? for # {planned}? {technicians|engineers|people|staff|men|workers|operatives|fitters|visits|callouts|call outs|sessions|shifts|deliveries|trips|loads|days|hours|nights|units|licences|licenses|seats|engineers|boxes|cases|pallets|cartons}",
        "# {out of|of} # {units|pieces|pcs|boxes|cases|cartons|pallets|items|parts|were|was|arrived|received|delivered}",
        "{wrong|incorrect|different|invoiced|billed|charged} {quantity|quantities|qty|number of units|number of items|amount of units|count}",
        "{quantity|quantities|qty} {is|was|are|were|does|did|doesn't} {wrong|incorrect|not|different|off|short}",
        "{missing|short} {items|item|units|unit|parts|pieces|boxes|cartons|lines|line|quantity|qty}",
        "{partial|incomplete} {delivery|shipment|order}",
        "{items|units|pieces|boxes|cartons|parts|order|delivery|shipment|goods|pallets|pallet|cases|lines|stock} _2 {were|are|was|is} missing",
        "{half|part|some|most|a third|a quarter|two thirds} {of}? {the|our}? {order|delivery|shipment|goods|items|pallets|boxes|cartons|stock} {was|were|is|are|went} {missing|short|not delivered|never delivered}",
        "{invoiced|billed|charged} for # {but|while|whereas|units|pieces|pcs|items|boxes|hours}",
        "{more|fewer|less} {than}? {units|items|pieces|hours|boxes} {than}? {ordered|delivered|received|worked|agreed}",
        negatable=False,
    ),
    rule(
        "dispute.quantity.fr",
        CLEAR,
        "{quantite|quantites} {incorrecte|incorrectes|erronee|erronees|facturee|facturees|livree|livrees|non conforme|differente|fausse}",
        "{erreur|ecart|ecarts|difference|probleme} {de|sur la|sur les|dans la} {quantite|quantites}",
        # "manque" alone is any missing thing ("n° de commande manquant"): goods or a count must be named
        "{manque|manquait|manquent|manquaient} {#|deux|trois|quatre|cinq|des|plusieurs|une|un} {palettes|palette|cartons|"
        "carton|colis|pieces|piece|articles|article|unites|caisses|produits|boites|sacs|references}",
        "# _2 {manquant|manquants|manquante|manquantes}",
        "{articles|pieces|colis|cartons|palettes|unites|produits|boites|caisses|quantites|marchandises} {manquant|manquants|manquante|manquantes}",
        "{livree|livrees|livre|livres|arrivee|arrivees|recue|recues|commande|livraison} {incomplete|incompletes|incomplet|partiellement|partielle}",
        "{livraison|commande} {partielle|incomplete}",
        "{recu|reçu|livre|livres} {seulement|uniquement|que} #",
        "{facture|facturez|factures|facturees|facturé} {des}? {heures|jours|prestations|interventions|visites} {non|pas} {effectuees|realisees|travaillees|faites|commandees|livrees}",
        "{chargez|charge|facturez|facture|factures|facturee|facturees|comptez|compte} {nous}? # {boites|unites|pieces|cartons|colis|palettes|articles|heures|jours|caisses|sacs|lots}",
        "{seulement|uniquement} # {sur|des|de|unites|pieces|cartons|colis|palettes|articles}",
        "# {sur} # {unites|pieces|cartons|colis|palettes|articles|recus|recues|livres|livrees}?",
        negatable=False,
    ),
    rule(
        "dispute.quantity.de",
        CLEAR,
        "{menge|mengen|stuckzahl|anzahl} _3 {stimmt|stimmen|falsch|nicht korrekt|abweichend|weicht}",
        "{stundenzahl|stunden|arbeitsstunden|anzahl der stunden|tage|einheiten|liefermenge|gelieferte menge} _4 {stimmt nicht|stimmen nicht|falsch|nicht korrekt|abweichend|zu hoch|zu viel|zu viele|uberhoht}",
        "{stunden|tage|einsatze|leistungen} _3 {berechnet|abgerechnet|in rechnung gestellt} _4 {nicht} {geleistet|erbracht|gearbeitet|angefallen}",
        "{falsche|falscher|abweichende|berechnete|gelieferte} {menge|mengen|stuckzahl|anzahl}",
        "{mengendifferenz|mengenabweichung|fehlmenge|fehlmengen|minderlieferung|unterlieferung|teillieferung|mindermenge}",
        "{nur} # {von|statt|anstatt|anstelle} #",
        "{es fehlen|fehlen|fehlten|es fehlt|fehlt} {noch|leider|uns|immer noch}? #",
        "{lieferung|ware|sendung|bestellung} {kam|ist|war|wurde} {unvollstandig|nur teilweise|teilweise} {an|angekommen|geliefert|eingetroffen}?",
        # "fehlt" alone is any missing paper ("Seite 2 fehlt", "der Lieferschein fehlt"): goods must be named
        "{fehlende|fehlenden} {ware|waren|artikel|teile|menge|mengen|positionen|stuck|kartons|paletten|einheiten|lieferung|ware}",
        "{ware|waren|artikel|teile|kartons|paletten|stuck|positionen|einheiten|packchen|pakete|kisten} _3 {fehlt|fehlen|fehlten|fehlte}",
        "# {von} # {stuck|einheiten|kartons|paletten|artikeln|teilen|geliefert|erhalten|angekommen}",
        "{nur|lediglich|bloss|blos} # {stuck|einheiten|kartons|paletten|artikel|teile|kisten|packchen|pakete|stunden}? _2 {angekommen|geliefert|erhalten|eingegangen|eingetroffen|erbracht|geleistet}",
        "{geliefert|erhalten|angekommen|bekommen|geleistet} {wurden|haben wir|sind|wurde}? # _3 {berechnet|fakturiert|abgerechnet|in rechnung gestellt} {aber|jedoch|dagegen}? #",
        "{berechnet|fakturiert|abgerechnet|in rechnung gestellt} {wurden|werden|sind|haben sie} #",
        negatable=False,
    ),
    rule(
        "dispute.quantity.es",
        CLEAR,
        "{cantidad|cantidades|unidades} {incorrecta|incorrectas|erronea|erroneas|equivocada|equivocadas|facturada|facturadas|distinta|diferente|no coincide|no coinciden}",
        "{error|diferencia|discrepancia|problema} {en|de} {la|las}? {cantidad|cantidades|unidades}",
        # "falta" alone is any missing thing ("sin falta", "falta el número de pedido"): goods or a count must follow
        "{faltan|faltaban|falta|faltaron} {#|unidades|cajas|palets|piezas|articulos|bultos|productos|sacos|rollos|kilos|metros}",
        "{unidades|cajas|palets|piezas|articulos|bultos|productos|mercancia} {faltantes|que faltan|que faltaban}",
        "{faltante|faltantes} de {mercancia|unidades|cajas|producto|productos}",
        "{entrega|pedido|envio} {parcial|incompleto|incompleta}",
        "{solo|solamente|unicamente} {recibimos|llegaron|llegaron solo|hemos recibido|nos llegaron|entregaron|#} #?",
        "# de # {unidades|cajas|palets|piezas|articulos|bultos}",
        "{solo|solamente|unicamente} {se|nos} {entregaron|recibieron|enviaron|sirvieron|han entregado|han enviado|han llegado|llegaron} #",
        "{cobran|cobraron|facturan|facturaron|factura|facturado|cobrado} # {unidades|cajas|palets|piezas|articulos|bultos|sacos|metros|kilos|horas|litros|rollos}",
        "{facturado|facturan|facturaron|cobrado|cobran|cobraron} {horas|dias|unidades|servicios|visitas|trabajos} que no {se}? {trabajaron|realizaron|hicieron|entregaron|prestaron|pidieron|recibimos|recibieron}",
        "{recibimos|recibido|llegaron|entregaron|nos entregaron|nos llegaron} # _4 {facturan|facturaron|cobran|cobraron|facturado|cobrado|factura} #",
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
        # not "quoted": "no valid purchase order number quoted" is the verb
        "{quote|quotation|price list|unit price|per unit|per case|discount|devis|prix unitaire|remise|tarif|angebot|einzelpreis|stuckpreis|rabatt|presupuesto|oferta|precio unitario|descuento|tarifa}",
    ),
    rule(
        "dispute.pricing.en",
        CLEAR,
        "{wrong|incorrect|different|higher|inflated|excessive|unexpected|unagreed} {price|prices|pricing|rate|rates|unit price|amount|fee|fees|charge|charges|hourly rate|day rate|tariff}",
        "{price|prices|pricing|rate|rates|unit price|amount|fee|fees|charge|charges} {is|are|was|were|does|do|seems|seem|appears|looks} {wrong|incorrect|higher|too high|different|not|inflated|excessive|off|more than}",
        "not {the|our|what} {agreed|quoted|contracted|negotiated} {price|prices|rate|rates|amount|pricing}?",
        "not {the|our|what} {correct|right} {price|prices|rate|rates|amount|pricing}",
        "{agreed|quoted|contracted|contract|negotiated|list|catalogue|catalog|quote} {price|prices|rate|rates|pricing}",
        "{as per|per|according to|compared to|differs from|than|not match|doesn't match|does not match} {the|our|your}? {quote|quotation|contract|agreement|price list|purchase order|po|offer|proposal|estimate}",
        # three-way-match holds: "unit price exceeds PO price", "price variance", "must agree with the purchase order"
        "{price|prices|unit price|invoice price|invoiced price|pricing} {exceeds|exceed|is above|are above|is higher than|above|over} {the}? {po|purchase order|agreed|contract|contracted|quoted|quote|order|catalogue}",
        "{price|pricing|unit price|cost} {variance|var|variances}",
        # asked to put a price right: "as soon as you correct the unit price", "please amend the rate on 4471"
        "{correct|fix|amend|rectify|revise} {the|your|this|that|our}? {unit price|unit prices|price|prices|pricing|rate|rates} {on|of|for|charged|invoiced|billed}",
        "{must|should|does not|doesn't|do not} {agree|match|correspond} {with|to} {the}? {po|purchase order|order|contract|quote|agreed price}",
        # invoiced at list price despite an agreed discount
        "{at|at the|at our|at your} {list|full|catalogue|catalog|standard|retail} {price|prices|rate|rates}",
        "{quote|quotation|offer|contract|agreement} {gave|gives|included|includes|granted|grants|allowed|allows|offered} {us}? {a}? _2 {discount|rebate|reduction}",
        "{overcharged|overcharging|overcharge|overbilled|overbilling|over charged|over billed|over invoiced|surcharge|markup|mark up}",
        # two prices set against each other: "the quote from Dan and our PO both say $38.75/case"
        "{quote|quotation|po|purchase order|contract|price list|agreement|offer} _6 {say|says|said|states|state|show|shows|"
        "stipulates|specify|specifies|gives|quotes} {£|€|$|eur|usd|gbp|chf|#}",
        "{price|pricing|rate} {difference|discrepancy|error|increase|mismatch|dispute|variance}",
        "{price|prices|pricing|rate|rates|unit price|fee|fees|charges} _4 {is|are|was|were|seems|seem|look|looks} {higher|more|dearer|more expensive|above} than",
        "than {what}? we {signed up for|agreed|were quoted|ordered|accepted|contracted for}",
        "{discount|rebate|credit|allowance|promotion|promo} {was|were|has|have|is|are}? {not|never|missing|omitted|forgotten} {been}? {applied|deducted|included|given|reflected}?",
        "{missing|omitted|forgotten} {discount|rebate|credit}",
        "charged {more|too much|extra|higher}",
        "{price|prices|rate|rates|amount|unit price} _3 {is|are|was|were} {higher|more|greater} than {that|those|the one|what|on|in|the}",
        "{charged|billed|invoiced} {us}? for _5 {not|isn't|wasn't|aren't|weren't} {in|part of|covered by|included in|on} {the|our} {contract|quote|order|agreement|scope|po}",
        "{old|previous|outdated|last year's|superseded|wrong|full|standard|undiscounted} {price|prices|price list|rate|rates|pricing|tariff}",
        "{new|current|updated|revised} {price list|pricing|prices|rates} {applies|apply|applied|should apply|is valid|are valid|took effect|takes effect}",
        negatable=False,
    ),
    rule(
        "dispute.pricing.fr",
        CLEAR,
        "{prix|tarif|tarifs|montant|montants} _3 {est|sont|etait} {superieur|superieurs|superieure|plus eleve|plus eleves|plus haut|plus cher} {a|au|aux|que}",
        "{prix|tarif|tarifs|montant|montants|taux} {est|sont|etait|semble|parait|me semble}? {non conforme|non conformes|incorrect|incorrects|errone|erronee|errones|faux|fausse|different|differents|trop eleve|trop eleves|pas conforme|ne correspond|ne correspondent|superieur|superieurs|pas correct}",
        "{pas|non} {le|les|au} {prix|tarif|tarifs|montant} {convenu|convenus|negocie|negocies|prevu|prevus|du devis|de la commande|contractuel|accorde}",
        "{prix|tarif|tarifs|montant} {convenu|convenus|negocie|negocies|du devis|contractuel|contractuels|accorde|catalogue|de la commande}",
        "{ecart|ecarts|erreur|difference|augmentation|hausse|probleme} de {prix|tarif|tarifs|tarification|facturation}",
        "{surfacturation|surfacture|surfacturee|surfactures|surfacturees|trop facture|trop facturee|trop percu|majoration}",
        "{remise|ristourne|rabais|escompte} {non appliquee|pas appliquee|oubliee|manquante|non deduite|pas deduite|non prise en compte|pas prise en compte}",
        "{conformement|contrairement|par rapport|non conforme} {a|au} {notre|votre|le|la}? {devis|contrat|commande|bon de commande|offre|accord}",
        # "applique 1,85 $ l'unité, alors que l'entente signée prévoit 1,45 $"
        "{alors que|tandis que} {le|la|l|notre|votre|nos|vos|les}? {devis|contrat|entente|offre|commande|accord|soumission|grille|tarif|tarifs} "
        "_4 {prevoit|prevoyait|prevoient|indique|indiquait|indiquent|stipule|stipulait|mentionne|mentionnait|fixe|fixait}",
        # the document named by its date or reference, the figure told after: "alors que votre offre du
        # 3 mars (réf. OF-12) prévoit 280 €", "tandis que le devis signé indiquait 1 200 €"
        "{alors que|tandis que} {le|la|l|notre|votre|nos|vos|les}? {devis|contrat|offre|soumission|grille tarifaire|proposition} "
        "{du|en date du|n|no|ref|reference|signe|signee|acceptee|accepte|initial|initiale}",
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
        "{entgegen|abweichend vom|abweichend von} {unserer|unserem|der|dem|ihrer|ihrem}? {angebot|vertrag|auftragsbestatigung|bestellung|preisliste|vereinbarung|preisvereinbarung|rahmenvertrag|rahmenvereinbarung|konditionsvereinbarung}",
        # "laut Vereinbarung" alone only says what was agreed ("die erste Rate laut Vereinbarung geht
        # Freitag raus"): a document that sets prices is needed to argue a price.
        "{laut|gemass} {unserer|unserem|der|dem|ihrer|ihrem}? {angebot|vertrag|auftragsbestatigung|bestellung|preisliste|preisvereinbarung|rahmenvertrag|rahmenvereinbarung|konditionsvereinbarung}",
        negatable=False,
    ),
    rule(
        "dispute.pricing.es",
        CLEAR,
        "{precio|precios|tarifa|importe} no {es|son|corresponde|coincide} {con}? {el|los|la|lo}? {que}? {nos}? {ofertaron|ofrecieron|pactamos|acordamos|presupuestaron|indicaron|dijeron|cotizaron|ofertasteis|pasaron}",
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
        "{tax exempt|tax exemption|exemption certificate|resale certificate|reverse charge|zero rated|vat exempt|vat exemption|withholding tax}",
        # not "Intra-community VAT number: FR 45...", an identifier in a signature
        "{intra community|intra eu} {supply|supplies|delivery|deliveries|acquisition|acquisitions|sale|sales|transaction|"
        "transactions|exemption|exempt|rules|basis|shipment|shipments|trade|reverse charge}",
        "{charged|applied|added|included|invoiced|charges|charging|applies|adds} _2 {vat|tax|gst|sales tax|hst|pst|qst}",
        "{vat|gst|hst|pst|qst|sales tax|tax} {added|charged|applied|included} {at} #",
        "{vat|gst|hst|tax|duty|excise} -? free",
        # not a valid VAT invoice: "it shows no VAT registration number", "without your VAT ID"
        "{no|without|missing|lacks|lacking|invalid|wrong|incorrect} {vat|tax|gst|hst} {registration|reg|id}? {number|no|#|id}",
        "{not|n't} a {valid|proper|compliant|correct} {vat|tax|gst|hst} invoice",
        "{vat|tax|gst} _4 {calculated|charged|applied} {on|twice|again} {an amount|a gross|the gross|a total|the total|top of}? _3 {already|twice|inclusive|including|included}",
    ),
    # an amount's qualifier ("£412.50 inc VAT", "plus GST", "inkl. MwSt") names no tax claim: the blockers
    rule("dispute.tax.en_word", HINT, "{vat|gst|tax|taxes|hst|pst|qst}",
         blockers=("inc", "incl", "including", "inclusive", "plus", "ex", "excl", "excluding", "exclusive", "+")),
    rule(
        # excise duties named (alcohol, fuel, tobacco): IEPS in Mexico, accises, Verbrauchsteuern; named, they
        # only help a generic contest to its reason
        "dispute.tax.any_excise_word",
        HINT,
        "{excise|excise duty|excise duties|ieps|accise|accises|droits d accise|verbrauchsteuer|alkoholsteuer|"
        "schaumweinsteuer|biersteuer|impuesto especial|impuestos especiales}",
    ),
    rule(
        # the tax billed twice or wrongly: "nos están cobrando el impuesto dos veces", "vous nous facturez la TVA en trop"
        "dispute.tax.any_twice",
        MEDIUM,
        "{cobrando|cobran|cobrado|cobraron|facturando|trasladando|repercutiendo|repercuten|trasladan} {el|los|un|una}? "
        "{impuesto|impuestos|iva|ieps} {dos veces|de mas|por duplicado|indebidamente}",
        "{charging|charged|billing|billed} {us}? {the}? {vat|tax|gst|excise|duty} {twice|again|a second time}",
        "{facturez|facturer|facturee|facture} {la}? {tva|taxe|accise|accises} {deux fois|en double|en trop}",
        "{mwst|mehrwertsteuer|umsatzsteuer|steuer|verbrauchsteuer} {doppelt|zweimal} {berechnet|verrechnet|ausgewiesen}",
        negatable=False,
    ),
    rule(
        "dispute.tax.rate",
        MEDIUM,
        "{vat|tax|gst|tva|mwst|ust|umsatzsteuer|iva|steuersatz|taux|tipo} _6 # % {instead of|rather than|au lieu de|statt|"
        "anstatt|anstelle von|en lugar del|en lugar de|en vez del|en vez de|cuando corresponde|alors que|whereas|but|mais|aber|pero}",
        "{correct|change|fix|amend|adjust} the {vat|tax|gst} {rate|amount|treatment}",
        "{corriger|modifier|rectifier} {le|la} {taux de tva|tva|taux}",
        "{korrigieren|andern|anpassen|berichtigen} sie {den|die}? {steuersatz|mwst|mehrwertsteuer|ust|umsatzsteuer|steuer}",
        "{corregir|cambiar|modificar|rectificar|corrijan|cambien|modifiquen} el {tipo de iva|iva|tipo impositivo}",
        "{aplicado|cobrado|facturado|aplicaron|cobraron} {un|el}? {iva|impuesto} {del|de}? #",
        negatable=False,
    ),
    rule(
        "dispute.tax.any_wrong",
        MEDIUM,
        "{vat|tax|gst|sales tax|tva|mwst|ust|umsatzsteuer|mehrwertsteuer|steuersatz|steuer|iva|irpf} _5 {wrong|incorrect|not correct|should not|not applicable|shouldn't|errone|erronee|incorrecte|pas applicable|falsch|nicht korrekt|unzulassig|incorrecto|incorrecta|erroneo|mal calculado|no aplica|no procede}",
        negatable=False,
    ),
    rule(
        "dispute.tax.fr",
        MEDIUM,
        "{tva|tvh|tps|tvq} {non applicable|applicable|incorrecte|erronee|facturee|appliquee|a tort|intracommunautaire|de|a|au|non due|taux}",
        "{taux|montant|calcul} de {tva|la tva|taxe}",
        "{autoliquidation|exoneration|exonere|exoneree|exoneres|franchise en base|art 283|article 283|article 262|art 262|intracommunautaire}",
        "{pas de|aucune|erreur de|erreur sur la} {tva|taxe}",
        "{tva} _4 {calculee|appliquee|facturee} _3 {sur un montant|deux fois|en trop|sur le ttc|sur un ttc|a tort}",
        "{montant|prix} {deja} {ttc|toutes taxes comprises}",
        # "notre numéro de TVA intracommunautaire ne change pas": an identifier, not a tax query
        blockers=("numero", "n°", "identifiant", "identification"),
    ),
    rule("dispute.tax.fr_word", HINT, "{tva|taxe|taxes|tps|tvq|tvh}", "{sans|hors} {tva|taxe|taxes}",
         blockers=("toutes", "inclus", "incluse", "comprise", "compris")),
    rule(
        "dispute.tax.de",
        MEDIUM,
        "{mwst|mehrwertsteuer|ust|umsatzsteuer|steuer|steuersatz} _3 {falsch|nicht|zu unrecht|fehlerhaft|ausgewiesen|berechnet|korrekt|abweichend}",
        "{falsche|falscher|falschen|fehlende|unzulassige} {mwst|mehrwertsteuer|ust|umsatzsteuer|steuer|steuersatz}",
        "{reverse charge|steuerschuldnerschaft|steuerschuldumkehr|steuerfrei|steuerbefreit|steuerbefreiung|innergemeinschaftlich|innergemeinschaftliche|13b}",
        "{mwst|mehrwertsteuer|ust|umsatzsteuer} _4 {auf den bruttobetrag|doppelt|zweimal|bereits enthalten|schon enthalten}",
    ),
    rule("dispute.tax.de_word", HINT, "{mwst|mehrwertsteuer|ust|umsatzsteuer|steuer}", "{ohne mwst|ohne umsatzsteuer|nettobetrag|zzgl mwst}",
         blockers=("inklusive", "inkl", "incl", "exklusive", "exkl")),
    rule(
        "dispute.tax.es",
        MEDIUM,
        "{iva|irpf|retencion|impuesto|impuestos} {incorrecto|incorrecta|erroneo|erronea|mal|no|aplicado|aplicada|indebido|indebida|de mas|exento|exenta}",
        "{tipo|porcentaje|calculo|importe} {de|del} {iva|irpf|retencion|impuesto}",
        "{exento|exenta|exentos|exentas} de {iva|impuestos}",
        "{inversion del sujeto pasivo|exencion|operacion intracomunitaria|intracomunitaria|retencion de irpf|retencion del}",
        "{cuota|base imponible} {de|del} {iva|impuesto}",
        "{iva|impuesto} _4 {calculado|aplicado|repercutido|cobrado} _3 {sobre un importe|dos veces|de mas|incorrectamente|mal|sobre el total}",
        "ya {incluia|incluye|incluian|incluyen|llevaba|lleva} {el|los}? {iva|impuesto|impuestos}",
    ),
    rule("dispute.tax.es_word", HINT, "{iva|irpf|impuesto|impuestos|ieps}", "sin iva",
         blockers=("incluido", "incluida", "incl", "mas")),
    # --- other: contesting without one of the reasons above
    rule(
        # an explicit contest of the invoice, and a subscription ended before the invoiced period
        "dispute.other.explicit",
        CLEAR,
        "{nous contestons|je conteste|we dispute|we are disputing|i dispute|i am disputing|wir bestreiten|wir beanstanden|"
        "impugnamos|reclamamos} {le|la|les|cette|ce|ces|votre|the|this|that|these|your|den|die|das|diese|diesen|ihre|la|el|"
        "esta|este|su|invoice|facture}",
        "{we|i} {cancelled|canceled|terminated} {the|our|this|that}? _2 {plan|subscription|licence|license|membership|contract}",
        "{nous avons|j'ai|j ai|on a} {resilie|annule} {le|notre|mon|cet|ce|l} _2 {abonnement|contrat|forfait|licence}",
        "{shouldn't|should not|should never} {exist|have been issued|have been raised|have been invoiced|have been billed}",
        # telegraphic refusal: "not paying 3289, that job was cancelled"
        "{not|never} paying {#|this|that|it|for|these|those|them|invoice}",
        "no {la|lo|las|los}? {vamos a pagar|pagaremos|vamos a abonar|abonaremos|podemos pagar} {hasta|mientras}",
        "{no corresponde|no coincide|no cuadra} {con} {el|lo|la|nuestro|nuestra}? {presupuesto|presupuestado|pedido|oferta|precio acordado|acordado}",
        "{merci de|veuillez|pouvez vous|pourriez vous|priere de} {corriger|rectifier} {avant|la|le|cette|votre|svp|ca|cela|et|les|ces}",
        negatable=False,
    ),
    rule(
        "dispute.other.en",
        MEDIUM,
        "{dispute|disputes|disputing|disputed|contest|contests|contesting|contested|challenge|challenging|object to} {this|the|that|these|your|invoice|invoices|charge|charges|amount|bill|it}?",
        "{query|queried|querying|raise a query on|raised a query on} {this|the|that|these|your|invoice|invoices|charge|charges|amount|bill|it|#}",
        "{is|are|was|were|being} {queried|disputed|contested|under query|under dispute|in dispute}",
        "{we|i} {disagree|dispute|reject|refuse|decline}",
        "{invoice|invoices|bill|charge|charges|amount|statement} {is|are|was|were|seems|looks|appears} {incorrect|wrong|not correct|not right|inaccurate|invalid|in error|erroneous|not valid|not ours|not due|not payable}",
        "{incorrect|wrong|erroneous|invalid|inaccurate} {invoice|invoices|billing|bill|charge|charges}",
        "{issue|raise|send|provide|need|require|request|awaiting|waiting for} {us|me}? {a|the}? {credit note|credit memo|credit|corrected invoice|revised invoice|amended invoice}",
        "{cancelled|canceled} {the|this|that|our}? {order|contract|subscription|service|po|purchase order}",
        "{complaint|claim|discrepancy|discrepancies|problem with|issue with|error in|error on|mistake in|mistake on}",
        "{holding|withholding|blocking|suspending|hold} {the}? {payment|payments}",
        "{cancel|void|withdraw|credit} {this|the|that|it|them|#}? {invoice|invoices|charge}",
        "{cancel|void|withdraw|credit} {it|them|#} {with|by|via|and}",
        "{correct|amend|fix|adjust|rectify} {it|the invoice|this invoice|that invoice|the amount|the quantity|the price|the bill|the charge}",
        "credit {us}? {for}? {the|this} {difference|balance|shortfall|missing|short|overcharge|damaged|broken|returned}",
        # asking for the correction is waiting on it: "until we get a credit", "unless a corrected invoice"
        "{until|unless|till} {we|you}? {get|receive|have|see|issue|send} {a|the|your|us a}? {credit|credit note|credit memo|corrected|revised|amended|new invoice|correct invoice}",
        "{should|ought to} have been {invoiced|billed|addressed|charged|sent} to",
        "{invoiced|billed|addressed|charged} to the wrong {company|entity|customer|address|account|site}",
        # "they got the load up without a single complaint": praise, not a claim
        blockers=("without",),
    ),
    rule(
        "dispute.other.en_neg",
        MEDIUM,
        "{will not|refuse to|won't} {pay|settle|approve|accept|process} {this|that|the|it|for|invoice|any|a|#|them|these|those}",
        "{are|am|'re|'m} not {paying|settling|releasing|approving|processing|accepting} {this|that|the|it|for|invoice|#|any|a|these|those|them}",
        "{it|this|that|invoice|#|*0*|*1*|*2*|*3*|*4*|*5*|*6*|*7*|*8*|*9*|they|these|the invoice|the balance|the amount|which} {is|are|'s|'re} not {going to be|to be|being} {paid|settled|released|approved|processed}",
        # the invoice is the subject: "this invoice will not be scheduled for payment", not "invoices sent there will not be processed"
        "{it|this|invoice|#|*0*|*1*|*2*|*3*|*4*|*5*|*6*|*7*|*8*|*9*|they|these|the invoice|the balance|the amount} {will not|won't|cannot|can not|can't} be {paid|settled|released|approved|processed|scheduled}",
        # a relative "that"/"which" may be money owed to the customer ("a retention ... that won't be released")
        "{that|which} {will not|won't|cannot|can not|can't} be {paid|settled|approved|processed|scheduled}",
        "{we|i} {do|did} not {agree|accept|recognise|recognize|owe|order|authorise|authorize|approve|sign}",
        "{did not|never} {order|request|authorise|authorize|approve|agree to|sign}",
        "{nobody|no one|noone} {here|at our end|on our side}? {ordered|requested|authorised|authorized|approved|asked for|signed for|agreed to}",
        "{will not|cannot|can not|shall not} be {paying|settling|releasing|approving|processing} {this|that|the|it|for|invoice|#|any|a|these|those|them}",
        "{only|not} {pay|settle|release|process} _3 {once|when|after|until} {the|a|we get the|we receive the}? {replacement|credit|corrected|repair|missing|remaining|rest of the}",
        "{not|never} ordered",
        # payment refused over a fault: "we should not pay it", "we will not release payment for this invoice
        # until ...", "still not getting paid until you sort the charge"
        "{we|i} {should|shall|must} not {pay|settle|be paying|be charged for} {this|that|the|it|for|them|#|any}",
        "{will not|won't|cannot|can't} release {payment|the payment|any payment|funds|the funds} {for|on|until|till|against}",
        "not {getting|being} {paid|settled|released} {until|till|unless}",
        "{not|n't|never} {paying|pay} for {junk|rubbish|garbage|scrap|that|this|something|goods|items|stuff|parts|work}",
        "{not|n't} paying {it|this|that|them|this one} {till|until|unless|before}",
        "{not|n't} paying {$}? # for {that|this|it|them|those|these}",
        "{holding|hold|keeping|parking} {that|this|the|these|those|our|your}? {invoice|invoices|one|bill} {back}? "
        "{until|till|pending|unpaid}",
        "{we|we'll|we will|i|i'll|i will} {only}? {pay|settle|release payment} {once|when|after|as soon as} {it's|it is|"
        "they're|they are|the goods are|the order is|the material is|everything is|it has been|they have been|it gets|"
        "they get|it arrives|they arrive|the rest is|the rest arrives} {delivered|arrived|received|here|on site|fixed|"
        "replaced|corrected|credited}?",
        "{we|i} owe {you}? {nothing|nothing more|nothing further}",
        "{order|contract|subscription|service|booking|po|purchase order} {we|which we|that we|that was|which was} {cancelled|canceled|terminated}",
        "{contract|subscription|agreement|service|account|order} {was|has been|had been|were} {cancelled|canceled|terminated|ended} _4 {so|therefore|hence|before|in|on|as of|effective}",
        "{not|n't} been {invoiced|billed|charged} {for this|for that|for it}? {correctly|properly|accurately|right}",
        "{will not|cannot|refuse to|unable to} {pay|settle|process|approve} _3 {until|unless|before|as long as|while}",
        "{invoice|invoices|bill|charge|charges|amount|statement} {is|are|was|were|seems|looks|appears} {not correct|not right|not valid|not ours|not due|not payable}",
        negatable=False,
    ),
    rule(
        "dispute.other.fr",
        MEDIUM,
        "{litige|litiges|differend|differends|contestation|contestons|conteste|contester|contestee|reclamation|reclamations|desaccord|en suspens|suspendu}",
        # "réserves" made on a delivery, not "Reserve your booth" nor "sous réserve de"
        "{des|nos|les|avec|emis|emettons|formule|formulons|formulees|porte|portees|mentionne|mentionnees|faisons|fait} "
        "{reserve|reserves}",
        "{reserve|reserves} {sur le bon|sur le bl|a la livraison|a la reception|au transporteur|de livraison|emises|formulees}",
        "{pas|non} {conforme|conformes} {au|aux|a le|a la} {cahier des charges|contrat|specifications|commande}",
        "expertise {est}? en cours",
        "{facture|factures} {erronee|erronees|incorrecte|incorrectes|fausse|fausses|non conforme|non conformes|non due|non dues|contestee|contestees}",
        "{erreur|erreurs|anomalie|anomalies|probleme|problemes} {sur|dans|de|concernant} {la|votre|cette|vos|ces|les}? {facture|factures|facturation}",
        "{facture|factures} {corrigee|corrigees|rectifiee|rectificative|modifiee}",
        "{bloquons|bloquer|suspendons|suspendre|retenons} {le|notre|ce|les}? {reglement|paiement|reglements|paiements|facture}",
        "{refusons|refuse|refusee} {de payer|de regler|la facture}",
        blockers=_FR_RISK,
    ),
    rule(
        # a blocked invoice or payment; not "mon compte était bloqué", the supplier's credit hold on the account
        "dispute.other.fr_blocked",
        MEDIUM,
        "{bloquee|bloquees|bloque}",
        blockers=_FR_RISK + ("compte",),
    ),
    rule(
        "dispute.other.fr_neg",
        MEDIUM,
        # not "n'accepte plus les factures papier": a system's rule, not this invoice refused
        "{ne|pas} _2 {commande|commandee|commandes|valide|validee|acceptee|signe|signee}",
        "pas _2 accepte",
        "ne {avons|ai|a|ont} _2 accepte",
        "{ne} {sommes|suis} pas de accord",
        "ne {reglerons|paierons|payerons|reglerai|validerons|reglons|payons} pas",
        "{je|on|nous} {paierai|paiera|payerai|payera|reglerai|reglera|paierons|reglerons|payerons|paye|regle} pas {ce|cette|ca|la|le|les|tant}",
        "ne {reglerons|paierons|payerons|reglerai|paierai|reglons|payons|reglerai} _3 {que|qu} {a|apres|lorsque|quand|une fois|des|au}",
        "pas de accord",
        negatable=False,
    ),
    rule(
        "dispute.other.de",
        MEDIUM,
        "{widerspruch|widersprechen|widerspreche|beanstanden|beanstandung|beanstandet|bestreiten|bestritten|reklamieren|reklamation|einspruch|bis zur klarung|unstimmigkeit|unstimmigkeiten|differenz|differenzen|gesperrt|zuruckgehalten|zahlungssperre}",
        "{rechnung|rechnungen|betrag|abrechnung} _2 {falsch|fehlerhaft|nicht korrekt|nicht richtig|unberechtigt|nicht nachvollziehbar|ungultig}",
        "{fehlerhafte|falsche|unberechtigte|korrigierte|berichtigte} {rechnung|rechnungen|abrechnung|berechnung}",
    ),
    rule(
        "dispute.other.de_neg",
        MEDIUM,
        "nicht {bestellt|beauftragt|vereinbart|autorisiert|freigegeben|einverstanden}",
        "{werden|konnen} _4 nicht {bezahlen|begleichen|zahlen|freigeben|akzeptieren|anerkennen}",
        "erst {nach|wenn|sobald|bei|mit} _4 {ersatzlieferung|ersatz|gutschrift|korrektur|nachlieferung|reparatur|klarung|behebung}",
        "erst ,? {wenn|sobald|nachdem} _5 {korrigiert|berichtigt|geklart|gutgeschrieben|geliefert|nachgeliefert|ersetzt|"
        "repariert|storniert}",
        "{daher|deshalb|deswegen|darum} {zahlen|bezahlen|begleichen|uberweisen} wir {noch}? nicht",
        negatable=False,
    ),
    rule(
        "dispute.other.es",
        MEDIUM,
        "{disputa|reclamamos|impugnamos|impugnar|impugnacion|desacuerdo|discrepancia|discrepancias|incidencia|incidencias|bloqueada|bloqueadas|retenida|retenido}",
        "{presentamos|presentado|presentar|abrimos|abierto|tramitar} {una}? {reclamacion|reclamaciones|queja} {por|sobre|de}?",
        "{reclamacion|reclamaciones|queja} {por|sobre} {la|el|los|las|esta|este}? {mercancia|pedido|entrega|calidad|factura|precio|rotura|danos|cantidad}",

        "{factura|facturas|importe|cargo} {incorrecta|incorrectas|erronea|erroneas|equivocada|equivocadas|indebida|indebidas|no corresponde|improcedente}",
        "{error|errores} {en|de} {la|su|esta|dicha|las}? {factura|facturas|facturacion}",
        # "mi mandante discute el importe de las facturas"
        "{discute|discutimos|discuten|discutir} {el|la|los|las|dicha|dichas|esta|estas|este}? {importe|importes|factura|"
        "facturas|cargo|cargos|cobro|cantidad|cantidades}",
        # "podría quedar bloqueada", "para evitar que se quede retenida": a risk, not a hold
        blockers=("podria", "podrian", "riesgo", "evitar", "puede", "pueden"),
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

# Contesting by form rather than by the word "dispute": the reminder itself is wrong ("it can't be
# overdue", "pas échue avant le 30"), the invoice belongs to someone else, the customer's system
# rejected it or holds it (no PO, no goods receipt: a procurement hold withholds payment), or
# damages are set off against it. Reason "other" unless a specific reason is also named.
_HYPOTHETICAL = ("if", "may", "might", "could", "would", "otherwise", "risk", "whether", "si", "sinon", "pourrait",
                 "pourraient", "wenn", "falls", "sonst", "konnte", "konnten", "podria", "podrian", "de lo contrario")
DISPUTE_RULES = DISPUTE_RULES + (
    rule(
        "dispute.other.en_hold",
        MEDIUM,
        "{on hold|blocked|withheld|withhold|withholding}",
        # "our account was put on hold", "you blocked our deliveries": the supplier's hold, not the customer's
        # "the dock is blocked by the buses", "the street was blocked": a place, not a payment
        blockers=_HYPOTHETICAL + ("account", "deliveries", "orders", "shipments", "supplies", "dock", "docks", "road",
                                  "roads", "street", "entrance", "driveway", "lane", "bay", "gate", "access", "parking",
                                  "door", "alley", "traffic"),
    ),
    rule(
        "dispute.other.not_due",
        MEDIUM,
        "{not|never} {yet}? {be}? {treated as|considered|regarded as|classed as|deemed|shown as}? {overdue|past due}",
        "{not|n't} {yet}? {due|payable} {until|before|yet|till|for another|under|according to|as per}",
        "not yet {due|payable}",
        "{only|not} {due|payable} {once|when|until|upon|on completion|after|on receipt}",
        "{pas|plus} {encore}? {echue|echues|echu|echus|exigible|exigibles}",
        "{ne|n} {est|sont} {donc}? pas {encore}? {due|dues|en retard}",
        "{nicht|noch nicht|gar nicht} {fallig|uberfallig|zahlbar}",
        "{no|aun no|todavia no} {esta|estan|es|son}? {vencida|vencidas|vencido|vencidos|exigible|exigibles}",
        "no {vence|vencen|vencera|venceran}",
        negatable=False,
    ),
    rule(
        "dispute.other.wrong_customer",
        MEDIUM,
        "{on|to|against} {our|my} account {by mistake|in error|by error|wrongly|incorrectly|erroneously}",
        "{belongs|belong|relates|related|refers} to {another|a different|a separate|a completely different|"
        "a completely separate|an entirely different|the other} {company|business|customer|entity|account|legal entity|site|client}",
        "{completely|entirely|totally|a} {separate|different} {company|business|legal entity|entity|customer|firm}",
        "{move|transfer|reassign|re assign|reallocate|re allocate|rebill|re bill|reinvoice|re invoice|redirect|charge} "
        "{it|this|the invoice|them|the charge|these|that} to {his|her|their|the correct|the right|another|the other}",
        "{concerne|appartient a|releve de} {une autre|un autre} {societe|entreprise|client|entite|structure}",
        "{facture|facturee|factures|adressee} {a|au} {la|le}? {mauvaise|mauvais} {societe|client|entite|adresse|entreprise}",
        "ne nous concerne pas",
        "{addressed|made out|issued|invoiced|billed} to {our|the} {old|previous|former|wrong} {company name|name|entity|"
        "company|address|trading name|legal name}",
        "{placed|ordered|made|raised} by {another|a different|our other|the other} {branch|site|division|company|department|"
        "subsidiary|entity|location|store|depot}",
        "{passee|passe|commandee|commande} par {une autre|un autre} {filiale|agence|site|societe|entite|etablissement|magasin}",
        "von {einer anderen|einem anderen} {niederlassung|filiale|gesellschaft|firma|abteilung|standort} {bestellt|beauftragt}",
        "no nos corresponde",
        "{hizo|realizo|encargo|pidio|hicieron|realizaron} otra {delegacion|filial|sucursal|sede|empresa|sociedad|entidad|tienda}",
        "{betrifft|gehort zu|gehort} {eine andere|einen anderen|einer anderen} {firma|gesellschaft|kunden|kunde|niederlassung}",
        "{falschen|falsche|falscher} {kunden|firma|gesellschaft|debitor|rechnungsempfanger}",
        "{corresponde|pertenece|pertenecen|corresponden} a {otra|otro} {empresa|sociedad|entidad|cliente}",
        "{facturado|facturada|emitida} a {otra empresa|la empresa equivocada|otra sociedad|un tercero}",
        negatable=False,
    ),
    rule(
        "dispute.other.rejected",
        MEDIUM,
        "{have|has|had} {rejected|returned|declined|refused} {the|this|your|that|these|both|invoice|invoices|it}",
        "{invoice|invoices} {was|were|has been|have been|is|are}? {rejected|returned unpaid|declined}",
        "{no|missing|without|invalid|incorrect|wrong|no valid|not a valid} {po|purchase order|order number|po number|"
        "purchase order number|po reference|order reference}",
        "no po {no pay|,}",
        "status {:|-|is|=}? {rejected|declined|returned|on hold|blocked|disputed|in dispute|parked|held|suspended}",
        "{po|purchase order|order number|po number|purchase order number|order reference} {is|are}? {missing|invalid|"
        "not found|not valid|incorrect|wrong|required|expired|closed|exhausted}",
        "{rejetons|rejette|avons rejete|avons refuse|refusons} {la|votre|cette|vos|les} {facture|factures}",
        "{facture|factures} {rejetee|rejetees|refusee|refusees|retournee|retournees}",
        "{sans|manque|absence de|aucun|numero de commande manquant} {numero de commande|bon de commande|numero de bon de commande|reference de commande}",
        "{rechnung|rechnungen} _3 {abgelehnt|zuruckgewiesen|zuruckgeschickt}",
        "{ohne|fehlende|fehlt die|keine|falsche|ungultige} {bestellnummer|bestellung|po nummer|bestellreferenz}",
        "{factura|facturas} _3 {rechazada|rechazadas|devuelta|devueltas}",
        "{hemos rechazado|rechazamos|ha sido rechazada|han sido rechazadas|queda rechazada}",
        "{sin|falta el|falta la|no consta el|no consta la|sin el} {numero de pedido|pedido|orden de compra|numero de orden}",
        negatable=False,
    ),
    rule(
        "dispute.other.procurement_hold",
        MEDIUM,
        "{no|missing} {goods receipt|goods receipts|grn|goods received note|receipt of goods|receiving record} "
        "{has|have|was|were}? {been}? {posted|recorded|entered|booked|done}?",
        "{goods receipt|goods receipts|grn|receipt} {is|are|was|were|has|have}? {not|never|n't|yet to be} {been}? "
        "{posted|recorded|booked|entered|done}",
        "{three way|3 way|three-way} match {failed|fails|failure|exception|mismatch}?",
        "{po|purchase order|order} {has been|is} {fully}? {receipted|invoiced|consumed|exhausted|closed|used up}",
        "{unable to|cannot|can not|could not} {process|pay|approve|match|book|post|accept} {your|the|this|these}? {invoice|invoices}",
        # the order does not match the invoice: "the PO doesn't match the invoice amount"
        "{po|purchase order|order number|po number|po reference|order} {does not|doesn't|do not|don't|did not|didn't} "
        "{match|agree with|correspond to|correspond with|tie up with|tally with}",
        "{mismatch|discrepancy} {between|with|against} {the|our|your}? {po|purchase order|order}",
        "{ne correspond|ne correspondent|ne concorde} pas {a|au|avec} {notre|la|le|nos} {commande|bon de commande|commandes}",
        "nicht _4 {ubereinstimmt|ubereinstimmen|uberein}",
        "no {coincide|coinciden|corresponde|corresponden} con {el|nuestro|la|nuestra} {pedido|orden de compra|numero de pedido}",
        "{reception|bon de reception} {non|pas} {saisie|enregistree|validee|faite}",
        "{pas de|aucun|aucune} {bon de reception|reception enregistree}",
        "{kein|keinen|fehlender|ohne} wareneingang",
        "wareneingang _3 {fehlt|nicht gebucht|nicht erfasst|noch nicht}",
        "{sin|falta la|no consta la} {recepcion|entrada de mercancia|entrada de almacen}",
        "{recepcion|entrada} {no registrada|pendiente}",
        negatable=False,
        blockers=_HYPOTHETICAL,
    ),
    rule(
        "dispute.other.not_chargeable",
        MEDIUM,
        "{under|covered by|within} {the|our}? {warranty|guarantee}",
        "{supposed|meant|agreed|due} to be {free|free of charge|included|covered|at no cost|no charge|foc}",
        "{fee|charge|charges|cost|costs|delivery|installation|setup|set up|call out|callout} {would|will|was|were|should|to} be "
        "{waived|free|included|complimentary|written off|covered}",
        "{free of charge|not chargeable|not billable|should not have been charged|shouldn't have been charged|no charge was agreed}",
        "{sous|dans le cadre de la} garantie",
        "{a titre gracieux|ne devait pas etre facture|ne devait pas etre facturee|devait etre gratuit|devait etre gratuite}",
        "{garantie|gewahrleistung|kulanz} _3 {kostenlos|kostenfrei|nicht berechnet|inbegriffen|abgedeckt}",
        "{kostenlos|kostenfrei|unentgeltlich} {sein|erfolgen|sein sollte|sein sollen}",
        "{en|bajo} garantia",
        "{sin cargo|no debia facturarse|debia ser gratuito|debia ser gratuita|no se debia cobrar}",
    ),
    rule(
        # the credit note asked for or awaited; thanked for, it closes the matter ("danke für die Gutschrift")
        "dispute.other.credit_note",
        MEDIUM,
        # not "vous devriez l'avoir en compte" (the verb): "le avoir" only when a credit note follows
        "{un|votre|notre|d un|cet|1} avoir",
        "le avoir {de|du|n|no|numero|correspondant|promis|attendu|demande|#}",
        "{gutschrift|stornierung|storno|korrekturrechnung|rechnungskorrektur}",
        "{factura rectificativa|nota de credito|nota de abono|abono por|emitir un abono|un abono}",
        blockers=("merci", "remercie", "remercions", "recu", "reçu", "reception", "danke", "dank", "erhalten",
                  "gracias", "recibido", "recibimos", "thanks", "thank", "received"),
    ),
    rule(
        # the Canadian and Swiss French "note de crédit" asked for ("merci d'émettre une note de crédit");
        # thanked for as received, it closes the matter
        "dispute.other.credit_note_fr",
        MEDIUM,
        "{une|votre|cette|d une|1} note de credit",
        "la note de credit {de|du|pour|correspondante|promise|attendue|demandee}",
        blockers=("recu", "recue", "reception", "remercie", "remercions", "bien"),
    ),
    rule(
        # fees for paying late, contested: "why have we been charged interest? we paid on time"
        "dispute.other.late_fee",
        MEDIUM,
        "{late payment|late|overdue|admin|administration|administrative|collection|reminder|recovery} {fee|fees|charge|"
        "charges|interest|surcharge|penalty|penalties|costs}",
        "{charged|charging|billed|added} {us}? {interest|late fees|a late fee|penalty interest|a penalty|compensation}",
        "{frais de relance|frais de recouvrement|interets de retard|indemnite forfaitaire|penalites de retard facturees}",
        "{mahngebuhr|mahngebuhren|mahnkosten|verzugszinsen|verzugspauschale|inkassokosten}",
        "{intereses de demora|recargo por demora|gastos de reclamacion|gastos de cobro}",
    ),
    rule(
        # paid in time, so the fee is wrong
        "dispute.other.paid_on_time",
        MEDIUM,
        "{paid|settled|payed} {on time|within terms|within the terms|by the due date|before the due date|in time|within "
        "the agreed terms|promptly}",
        "{paye|payee|payees|regle|reglee|reglees} {a temps|dans les temps|dans les delais|a echeance|avant echeance}",
        "{fristgerecht|punktlich|rechtzeitig} {bezahlt|beglichen|uberwiesen}",
        "{pagado|pagada|pagadas|pagamos} {a tiempo|en plazo|dentro del plazo|puntualmente}",
    ),
    rule(
        # the customer's own claim document
        "dispute.other.debit_note",
        MEDIUM,
        "{debit note|debit notes|debit memo|debit advice|note de debit|lastschriftanzeige|belastungsanzeige|nota de cargo|"
        "nota de debito}",
    ),
    rule(
        "dispute.other.set_off",
        MEDIUM,
        "{set off|set it off|setting off|offset|offsetting|set-off|deduct|deducting} _5 {penalty|penalties|damages|"
        "liquidated damages|against your invoice|against the invoice|against this invoice|from your invoice|from the invoice}",
        "{penalty|penalties|liquidated damages|delay damages} {clause|clauses|of|for late|for the late|for delay}",
        "{compenser|compensation|compenserons|deduire|deduirons|imputer} _5 {penalites|penalite|dommages}",
        "{penalites|penalite} de retard {de livraison|appliquees|contractuelles}",
        "{vertragsstrafe|konventionalstrafe|verzugsstrafe|pauschalierter schadensersatz}",
        "{verrechnen|aufrechnen|aufrechnung|verrechnung} _5 {vertragsstrafe|schadensersatz|schaden|gegenforderung}",
        "{penalizacion|penalizaciones|penalidad|penalidades} {por retraso|contractual|contractuales}",
        "{compensar|compensaremos|compensamos|descontaremos} _5 {penalizacion|penalizaciones|danos|perjuicios}",
    ),
    rule(
        # the customer's document states another price: "notre devis indique 42,00 €", "laut Angebot 12,80 EUR"
        "dispute.pricing.document_says",
        CLEAR,
        "{devis|bon de commande|contrat|tarif|offre|commande} _6 {indique|indiquent|mentionne|mentionnent|prevoit|prevoient|"
        "dit|disent|stipule|affiche|donne|indiquait|indiquaient|mentionnait|mentionnaient|prevoyait|prevoyaient|disait|stipulait|"
        "affichait|donnait} _2 {#|€|$|eur}",
        "{angebot|bestellung|vertrag|preisliste|auftragsbestatigung|rahmenvertrag} _6 {nennt|nennen|sagt|sagen|lautet|lauten|"
        "enthalt|vorsieht|ausweist|weist} _2 {#|€|eur}",
        "{laut|gemass} {unserem|unserer|ihrem|ihrer|dem|der} {angebot|bestellung|vertrag|preisliste|auftragsbestatigung} _4 #",
        "{presupuesto|pedido|contrato|oferta|tarifa} _6 {indica|indican|dice|dicen|recoge|recogen|establece|fija|figura} _2 "
        "{#|€|eur}",
    ),
    rule(
        "dispute.pricing.not_applied",
        CLEAR,
        "{doesn't|does not|don't|do not|didn't|did not} {take|reflect|include|show|apply} {into account|account of}? {the|our|your}? "
        "{agreed|negotiated}? {discount|rebate|reduction|price|rate|pricing}",
        "{ne tient|ne tiennent|ne prend|ne prennent} pas {en}? compte {de|des|du} {la|le|les|notre|votre}? {remise|ristourne|"
        "rabais|escompte|reduction|prix|tarif}",
        "{berucksichtigt|berucksichtigen|enthalt|enthalten} {den|die|das|unseren|unsere}? {vereinbarten|vereinbarte|zugesagten}? "
        "{rabatt|nachlass|skonto|preis|rabatte} nicht",
        "no {tiene|tienen|refleja|reflejan|incluye|incluyen|aplica|aplican} {en cuenta}? {el|la|nuestro}? {descuento|rappel|"
        "bonificacion|precio pactado|precio acordado}",
        negatable=False,
    ),
    rule(
        "dispute.pricing.extra_charge",
        CLEAR,
        "{facture|facturez|factures|facturé|facturee|charged|billed|invoiced|berechnet|cobrado|cobran|facturado|facturaron} "
        "{nous|us}? {for}? {le|les|des|the|fur|el|los}? {transport|frais de port|port|livraison|delivery|shipping|carriage|"
        "freight|postage|fracht|frachtkosten|versandkosten|transporte|portes|envio|installation|handling} _8 {franco|gratuit|"
        "gratuite|free|included|inclus|incluse|inbegriffen|frei|incluido|incluida|gratuito|franco de port|no charge}",
        "{franco|free|included|inclus|incluse|inbegriffen|incluido|incluida|gratuit|gratuito} _8 {facture|facturez|"
        "facturé|charged|billed|invoiced|berechnet|cobrado|cobrarnos|cobran|facturado}",
    ),
    rule(
        # a charge outside what was agreed: "un servicio de mantenimiento que no está en el contrato"
        "dispute.pricing.outside_contract",
        CLEAR,
        "{cobrado|cobran|cobraron|facturado|facturan|facturaron|factura} _6 que no {esta|estaba|figura|figuraba|aparece|"
        "entra|entraba|estaba incluido|estaba incluida} en {el|nuestro|la|nuestra} {contrato|presupuesto|pedido|oferta}",
        "{facture|facturez|facturé|factures|facturee} _6 {qui ne figure pas|non prevu|non prevue|non prevus|hors} {au|dans le|"
        "du}? {contrat|devis|commande}",
        "{berechnet|abgerechnet|in rechnung gestellt} _6 {nicht im|nicht in der|nicht vereinbart|ausserhalb}",
        negatable=False,
    ),
    rule(
        "dispute.pricing.list_price",
        CLEAR,
        "{au|a le} {prix|tarif} {catalogue|public|de base|plein}",
        "{plein tarif|prix fort}",
        "{accordait|accorde|prevoyait|prevoit|accordee|prevue|consentie|negociee} _3 {une}? {remise|ristourne|rabais}",
        "{zum|mit dem|den} {listenpreis|vollen preis|katalogpreis|bruttopreis}",
        "{gewahrte|zugesagte|vereinbarte|angebotene} {rabatt|nachlass|skonto|rabatte}",
        "{a|al} {precio|precios} {de tarifa|de lista|de catalogo|completo|sin descuento}",
        "{concedia|concedio|concede|otorgaba|otorgo|ofrecia|ofrecio|incluia|aplicaba} _3 {un}? {descuento|rappel|bonificacion}",
    ),
)

# Descriptions precise enough to name the reason, used by dispute_reason only. They are not
# extra evidence of the `dispute` label: "we pay INV-1; INV-2 was never delivered" stays a
# remittance with a dispute, and a detailed description must not outweigh the payment.
REASON_DETAILS: tuple[Rule, ...] = (
    rule(
        "dispute.not_received_goods.fr_detail",
        STRONG,
        "ne {nous}? {a|ont} {jamais|pas|toujours pas} ete {livre|livree|livres|livrees|recu|recue|recus|recues|expedie|expediee|"
        "expedies|expediees|realise|realisee|realises|realisees|effectue|effectuee|effectues|effectuees|execute|executee|"
        "executes|executees|fait|faite|faits|faites|installe|installee|installes|installees}",
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
        # billed one count, received another: "bills 60 lengths, we received 45", "charges for 240, goods-in receipted 180"
        "dispute.quantity.any_counts",
        CLEAR,
        "{bills|billed|charges|charged|invoiced|invoices|lists|shows} {us}? {for}? # _8 {we|we've|we have|only|goods in|"
        "goods-in} {only}? {received|got|receipted|counted|took delivery of} #",
        "# -? {unit|units|piece|pieces|item|items|box|boxes|carton|cartons|case|cases|pallet|pallets} {variance|discrepancy|"
        "difference|shortfall}",
        "{at|with|for} the {correct|right|actual|ordered|delivered} {quantity|quantities|qty}",
        "{comptez|facturez|facture|factures|facturees|facturee|compte|comptes} # _8 {recu|recus|recues|livre|livres|"
        "livrees|eu} #",
        "{manquait|manque|manquent|manquaient} # _5 sur {les}? #",
        "{quantite|quantites} {facturee|facturees|livree|livrees}? _2 {ne correspond|ne correspondent|incorrecte|"
        "incorrectes|erronee|erronees|fausse|fausses}",
        "{menge|mengen|stuckzahl|anzahl|liefermenge} {stimmt|stimmen} nicht",
        "stimmt die {menge|stuckzahl|anzahl|liefermenge} nicht",
        "{geliefert|angekommen|erhalten|eingegangen} _6 {berechnet|fakturiert|verrechnet} {habt ihr|haben sie|wurden}? #",
        "{facturan|facturaron|cobran|cobraron|factura|facturado} # _6 {recibimos|recibido|llegaron|entregaron} #",
        negatable=False,
    ),
    rule(
        # another price named against the one billed: "charged 4.20 a sleeve, we agreed 3.60", "the quote was 1500"
        "dispute.pricing.any_agreed",
        CLEAR,
        "{charged|billed|invoiced|charge|bill|charges|bills|says|shows} {us}? {at}? {$}? # _8 {we agreed|agreed|was agreed|"
        "were quoted|you quoted|quoted us|quoted|agreed price|the agreed} {at|on|was|of}? {$}? #",
        "{quote|quotation|estimate|tender} _5 {was|is|said|says|stated|showed|came to|came in at} {for|at|only}? {$}? #",
        "{was|were|been} {agreed|quoted|contracted|negotiated} {at|for} {$}? #",
        "{agreement|contract|terms|price list|quote|quotation} _3 {doesn't|does not|do not|don't|didn't|did not} "
        "{provide for|include|allow for|mention|cover|allow} {any}? _2 {fees|fee|surcharge|surcharges|charges|charge}",
        "{fuel|energy|handling|admin|administration|delivery|freight|packaging|environmental|small order|minimum order|"
        "card|processing|service} {surcharge|surcharges}",
        negatable=False,
    ),
    rule(
        "dispute.tax.fr_rate_applied",
        CLEAR,
        "{mis|applique|appliquee|facture|facturee|compte|comptee|comptez|appliquez|compte} {la|le}? {tva|taxe|tvh|tps|tvq} {francaise}? "
        "{a|de}? # %",
        negatable=False,
    ),
    rule(
        # spoilt or bent on arrival: "came bent", "durchgeweicht und nicht mehr verkäuflich"
        "dispute.damaged.any_detail",
        CLEAR,
        "{bent|warped|chipped|soaked|waterlogged|mouldy|moldy|rusted|melted|thawed|contaminated}",
        # "rusty" as a state, not the salesman Rusty
        "{arrived|came|were|was|are|is|all|badly|already|completely|slightly|very} rusty",
        # failing in use: "the units keep failing", "it broke down within a week"
        "{keep|keeps|kept} {failing|breaking|leaking|tripping|jamming|crashing|cutting out}",
        "{failed|broke down|stopped working|gave out} {after|within|in} {a|the|#|two|three|one}",
        "{durchgeweicht|unverkauflich|verdorben|aufgetaut|verschimmelt|zerkratzt|verbogen|eingedruckt|kuhlkette}",
        "nicht mehr {verkauflich|verwendbar|brauchbar|zu gebrauchen}",
        "{doblado|doblada|doblados|dobladas|mojado|mojada|mojados|mojadas|podrido|podrida|descongelado|descongelada}",
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

# A count or a price set against the customer's own record ("our timesheets only show 70", "the
# rate card is $24.60/hr", "$1,180.00 vs the $1,045.00 in our MSA"): a contest in itself, so
# evidence of the dispute as well as its reason.
DISPUTE_RULES = DISPUTE_RULES + (
    rule(
        # a smaller count set against the one billed: "our timesheets only show 70", "n'en montrent que 70",
        # "only 30 seats were ever provisioned", "sólo pedimos y tenemos activadas 10"
        "dispute.quantity.any_counted",
        CLEAR,
        "{timesheets|timesheet|time sheets|sheets|timecards|time cards|sign in sheets|attendance records|records|logs|"
        "console|portal} _4 {only}? {show|shows|showed|record|records|list|lists|confirm|confirms|support} {only}? #",
        "{only|just} # _3 {were|was|are|is|have been|has been} {ever}? {provisioned|activated|installed|used|approved|"
        "signed off|worked|logged|recorded|assigned|issued|ordered|booked|deployed|enabled|consumed}",
        "ne en {mentionne|mentionnent|indique|indiquent|montre|montrent|compte|comptent|liste|listent|affiche|affichent|"
        "prevoit|prevoient|porte|portent} que #",
        "{feuilles de temps|feuille de temps|releves d heures|fiches de temps|liste d emargement|feuille d emargement} _4 "
        "{montrent|indiquent|mentionnent|comptent|confirment} {seulement|que}? #",
        "{stundenzettel|stundennachweise|stundennachweis|zeiterfassung|stundenaufstellung} _4 {zeigen|zeigt|weisen|weist|"
        "belegen|belegt|nennen|enthalten} {nur|lediglich}? #",
        "{partes de horas|parte de horas|hojas de horas|registros de horas|fichajes} _4 {muestran|recogen|reflejan|indican|"
        "suman} {solo|solamente}? #",
        "{solo|solamente|unicamente} {pedimos|encargamos|contratamos|hemos pedido|habiamos pedido|tenemos|usamos|utilizamos} "
        "_5 #",
        "{bestellt|geliefert|installiert|aktiviert|genutzt|erhalten|bekommen} {wurden|wurde|haben wir|hatten wir|sind} "
        "{ebenfalls|auch|aber|jedoch|tatsachlich}? {nur|lediglich|bloss|blos} #",
        negatable=False,
    ),
    rule(
        # the price the customer's document gives: "the SOW quotes the workshop at a fixed fee of $2,600",
        # "the rate card signed in March is $24.60/hr", "$1,180.00 vs the $1,045.00 in our MSA", "au lieu des
        # 34,20 € HT prévus à notre contrat", "estaba presupuestada a 4.900 €"
        "dispute.pricing.any_document_price",
        CLEAR,
        "{quotes|quoted|prices|priced|lists|listed} _5 at {a}? {fixed|flat|agreed}? {fee|price|rate|cost}? {of}? "
        "{$|€|£|eur|usd|gbp|chf|cad}? #",
        "{rate card|rate sheet|price sheet|fee schedule|price schedule|sow|statement of work|msa|agreement|contract|quote|"
        "quotation|price list|pricing agreement} _4 {is|was|says|shows|states|specifies|lists|has|gives} {$|€|£|eur|usd|"
        "gbp|chf|cad} #",
        "# _3 {vs|versus} {the|our}? {$|€|£|eur|usd|gbp|chf|cad}? # {in|on|per|from|agreed|quoted|contracted}",
        "{exceed|exceeds|exceeded|above|higher than|over} {the}? _3 {rates|rate|prices|price|fees|fee} {in|on|of|from} "
        "{the|our|your}? _3 {rate card|contract|agreement|quote|quotation|sow|price list|msa|rate sheet}",
        "{bill rates|billing rates|rates|rate|prices|unit prices} {that}? {exceed|exceeds|exceeded|are above|is above|"
        "are higher than|is higher than}",
        "above {the}? {po|purchase order} {value|amount|price|total}",
        "au lieu {des|de|du} {$|€}? # _3 {prevus|prevu|prevue|prevues|convenus|convenu|convenue|negocies|negocie|accordes|"
        "accorde|du devis|du contrat|de la commande|de notre|de votre}",
        "{presupuestado|presupuestada|presupuestados|presupuestadas|cotizado|cotizada|ofertado|ofertada|pactado|pactada} "
        "{a|en|por} {$|€}? #",
        "{cotizacion|presupuesto|oferta} {acordada|acordado|pactada|pactado|firmada|firmado|aprobada|aprobado}",
        "precio de {lista|tarifa|catalogo}",
        "{era|es|fue} de {$|€}? # _6 {nos}? {cobraron|cobran|facturaron|facturan|cobrais|facturais|cobrasteis|"
        "facturasteis} {$|€}? #",
        negatable=False,
    ),
)

# Everyday descriptions that name the reason, in the words of people who do not write "pricing
# dispute": the count billed against the count delivered, overtime, a charge never ordered, the
# wrong goods. Reason only, like REASON_DETAILS (they do not make the dispute).
REASON_DETAILS = REASON_DETAILS + (
    rule(
        # overtime or extra hours billed that nobody approved: "36 OT hours are billed", "did not approve any overtime"
        "dispute.quantity.any_overtime",
        CLEAR,
        "# {ot|overtime|extra|additional} hours {are|were|is|was|have been}? {billed|charged|invoiced}",
        "{overtime|ot hours|extra hours|additional hours} {is|are|was|were|has been|have been} {billed|charged|invoiced}",
        "{not|never|n't|nobody|no one} {approve|approved|authorise|authorised|authorize|authorized|sign off|signed off|"
        "sign|signed|request|requested|book|booked} {any|the|those|these}? {overtime|ot|extra hours|additional hours|"
        "weekend hours|night hours}",
        "heures supplementaires _4 {facturees|non autorisees|non approuvees|non validees|jamais autorisees|jamais validees}",
        "uberstunden _4 {berechnet|abgerechnet|verrechnet|nicht genehmigt|nicht freigegeben|nicht angeordnet}",
        "{horas extra|horas extras|horas extraordinarias} _4 {facturadas|cobradas|no autorizadas|no aprobadas}",
        negatable=False,
    ),
    rule(
        # a count billed set against another: "facturé 120 participants alors qu'on était 97",
        # "96 fauteuils livrés alors que 120 sont facturés", "nos cobran 12 licencias"
        "dispute.quantity.any_billed_count",
        CLEAR,
        "{facture|factures|facturez|facturee|facturees|comptez|compte} {nous}? # {participants|personnes|invites|convives|"
        "couverts|repas|semaines|nuits|licences|postes|places|bouteilles|plaques|chambres|techniciens|intervenants}",
        "# _3 {livres|livrees|recus|recues|livre|livree} {alors que|alors qu|mais|tandis que|or} # _2 {sont|ont ete|etaient}? "
        "{factures|facturees|facture|facturee}",
        "{quantite|quantites} non {livree|livrees|recue|recues}",
        "{cobran|cobraron|facturan|facturaron|facturado|cobrado|factura} # {licencias|usuarios|plazas|botellas|puestos|"
        "personas|jornadas|semanas|noches|asientos|tecnicos|operarios}",
        negatable=False,
    ),
    rule(
        # a charge for something never ordered, on an invoice otherwise right: "facture un entreposage frigorifique que
        # nous n'avons jamais commandé", "charged us for a site survey we never asked for"
        "dispute.pricing.any_unordered_charge",
        CLEAR,
        "{charged|billed|invoiced|charges|bills|charging} {us}? for {a|an|the} _4 {we|that we|which we} {never|didn't|"
        "did not|have not|haven't} {order|ordered|ask for|asked for|request|requested|agree to|agreed to|book|booked}",
        "{facture|facturez|factures|facturent} {un|une|des|le|la|les} _4 {que|qu} {nous|on} {ne}? {avons|a|avions} "
        "{jamais|pas} {commande|commandee|commandes|commandees|demande|demandee|accepte|acceptee}",
        "{cobran|cobrado|facturan|facturado|cobraron|facturaron} {un|una|el|la|unos|unas} _4 que {nunca|no} {pedimos|"
        "contratamos|solicitamos|encargamos|hemos pedido|hemos contratado}",
        "{berechnen|berechnet|verrechnen|verrechnet|fakturieren|fakturiert} _5 {die|den|das} wir {nie|nicht|niemals} "
        "{bestellt|beauftragt|vereinbart}",
        negatable=False,
    ),
    rule(
        # a restocking fee for goods sent back, contested as a charge: "frais de restockage de 20 %"
        "dispute.pricing.any_restocking",
        CLEAR,
        "{restocking|re stocking|restock} {fee|fees|charge|charges|surcharge}",
        "frais de {restockage|remise en stock|restocking|reapprovisionnement|retour}",
        "{wiedereinlagerungsgebuhr|rucknahmegebuhr|wiedereinlagerungskosten|rucknahmekosten}",
        "{cargo|gastos|tarifa|comision} {por|de} {reposicion|reestocaje|devolucion}",
        negatable=False,
    ),
    rule(
        # one invoice for what another already covers: "that's the same order as 410655"
        "dispute.duplicate_billing.en_same_as",
        STRONG,
        "same _6 {order|delivery|shipment|items|goods|job|work|service|services|lines|products|visit|week|associates} as "
        "{invoice|inv|#|*0*|*1*|*2*|*3*|*4*|*5*|*6*|*7*|*8*|*9*}",
        negatable=False,
    ),
    rule(
        # the wrong goods: "came in the wrong colour", "not what we ordered", "wrong vintage", "do not conform to the
        # specification", "ne respectent pas le Pantone approuvé", "añada equivocada"
        "dispute.other.wrong_goods",
        CLEAR,
        "{wrong|incorrect} {colour|color|colours|colors|vintage|model|size|sizes|item|items|product|products|variant|version|"
        "spec|specification|grade|type|finish|shade|part|parts|article|articles|goods|brand|year|edition|pantone}",
        "not what we {ordered|asked for|specified|requested|agreed}",
        "{do|does|did|don't|doesn't|didn't} {not}? {conform|correspond|comply} {to|with} {the|our|your}? _2 {specification|"
        "specifications|spec|sample|proof|approved proof|order|drawings|drawing}",
        "{mauvais|mauvaise|mauvaises} {couleur|coloris|millesime|modele|taille|reference|article|articles|produit|produits|"
        "teinte|format|version}",
        "{pas|non} {ce|ceux|celle|celui} {que|qu} {nous|on}? {avions|avons|avait|a} commande",
        "ne {respecte|respectent|correspond|correspondent} pas {au|a la|aux|a le} {pantone|epreuve|echantillon|specification|"
        "specifications|cahier des charges|bon a tirer|bat|modele|millesime}",
        "{falsche|falscher|falsches|falschen} {farbe|jahrgang|modell|grosse|artikel|ausfuhrung|variante|version|sorte}",
        "{anderer|anderen|anderes} jahrgang",
        "{no es|no son} {lo|los|las|la|el} que {pedimos|habiamos pedido|encargamos|hemos pedido}",
        "{anada|modelo|color|talla|referencia|articulo|producto|version} {equivocada|equivocado|incorrecta|incorrecto|"
        "erronea|erroneo}",
        "{otra|distinta} {anada|referencia|talla}",
        negatable=False,
    ),
    rule(
        # the order placed by a sister company, the invoice made out to another group company
        "dispute.other.wrong_customer_group",
        CLEAR,
        "{placed|ordered|made|raised|booked} by {our|a|the} {sister|parent|group|associated|affiliated|daughter} "
        "{company|firm|business|entity}",
        "{societe soeur|notre filiale|notre maison mere|une autre societe du groupe|autre entite du groupe}",
        "{schwestergesellschaft|schwesterfirma|muttergesellschaft|tochtergesellschaft}",
        "{empresa hermana|sociedad hermana|otra sociedad del grupo|otra empresa del grupo}",
        negatable=False,
    ),
    rule(
        # nobody came, nothing arrived, told with words in between: "nobody from Keystone ever showed up at our dock",
        # "we received no workers", "el pedido (anestesia tópica y puntas) nunca llegó"
        "dispute.not_received_goods.any_gap",
        STRONG,
        "{nobody|no one|noone|no engineer|no technician|no driver|no crew} _4 {ever}? {turned up|showed up|came|attended|"
        "arrived|came out|was sent}",
        "{received|got|had} no {workers|staff|crew|operatives|technicians|engineers|goods|items|delivery|deliveries|parts|"
        "products|licences|licenses|keys|visit}",
        "{pedido|mercancia|mercancias|material|productos|envio|entrega|paquete|equipo|equipos|producto|articulos} _8 "
        "{nunca|no|todavia no|aun no} {llego|llegaron|ha llegado|han llegado|fue entregado|fue entregada|se entrego|"
        "se entregaron|se recibio|se recibieron}",
        "{personne|aucun technicien|aucun intervenant|aucun chauffeur} _4 {ne}? {est|sont} {jamais}? {venu|venus|passe|"
        "intervenu|arrive}",
        "{niemand|kein techniker|kein monteur|kein fahrer} _4 {ist|sind|war|kam} {je|jemals|nie}? {gekommen|erschienen|"
        "vorbeigekommen|aufgetaucht}?",
        "{nadie|ningun tecnico|ningun operario} _4 {vino|aparecio|se presento|ha venido|ha aparecido}",
        negatable=False,
        blockers=("if", "unless", "whether", "maybe", "perhaps", "si", "falls", "wenn", "cuando"),
    ),
    rule(
        # the credit for goods sent back not applied: "still no credit for the returned pallets"
        "dispute.other.return_credit",
        CLEAR,
        "{credit|credit note|credit memo} {for|on} the {returned|return|returns}",
        "{return|returns|rma} {credit|credit note}",
        "{avoir|note de credit} {pour|sur} {le|les|la} {retour|retours|marchandise retournee|produits retournes}",
        "gutschrift {fur|uber} {die|den} {retoure|rucksendung|retouren|zuruckgesandte ware}",
        "abono {por|de} la {devolucion|mercancia devuelta}",
        negatable=False,
    ),
)

# Later authors' wordings (an industrial laundry, oilfield services, building technology).
# Contests in themselves: evidence of the dispute as well as of its reason.
_SYSTEMS = ("{basware|coupa|ariba|sap|oracle|tungsten|tradeshift|jaggaer|openinvoice|esker|yooz|docuware|chorus|"
            "chorus pro|serrala|readsoft|concur|netsuite|workday|quickbooks|xero|sage|dynamics|navision}")
# An invoice's own number and amount, nothing else, between the invoice and what is said of it: "facture
# SCF118508 de 6 070,02 AUD que...", not "facture 1078 correspond à une commande qu'on...".
_REF = "{*0*|*1*|*2*|*3*|*4*|*5*|*6*|*7*|*8*|*9*}"
_INVOICE_THAT = ("{facture|factures} {que|qu}", f"{{facture|factures}} {{n°|no|numero}}? {_REF} {{-|/}}? {_REF}? {{que|qu}}",
                 f"{{facture|factures}} {{n°|no|numero}}? {_REF} {{-|/}}? {_REF}? {{de|d un montant de}} {{$|€|eur|chf}}? # #? "
                 "{€|eur|euros|$|usd|cad|aud|chf|gbp}? {que|qu}")
_NOT_RECEIVED_BY = ("{nous|on|je|j} {ne}? {avons|a|ai|avions|avait}",
                    "{notre|mon|ma|le|la} {client|cliente|societe|service|comptabilite} {ne}? {a|avait}")
DISPUTE_RULES = DISPUTE_RULES + (
    rule(
        # the invoice, named before, is the one not received: "une facture 1486 que nous n'avons jamais reçue", "la
        # facture X qui figure sur votre relance n'a jamais été reçue", "elles ne nous ont jamais été adressées", "nous
        # ne sommes pas en possession de la facture", "it is not in Basware"
        "dispute.invoice_not_received.any_antecedent",
        STRONG,
        *(f"{invoice} {who} {{jamais|pas|toujours pas}} {{recue|recues|recu|eue|eues|vue|vues}}"
          for invoice in _INVOICE_THAT for who in _NOT_RECEIVED_BY),
        "{facture|factures} _8 ne {nous}? {a|ont} {jamais|pas|toujours pas} ete {recue|recues|adressee|adressees|envoyee|"
        "envoyees|transmise|transmises|remise|remises}",
        "ne {nous}? {a|ont|est|sont} {jamais|pas|toujours pas} ete {adressee|adressees|envoyee|envoyees|transmise|transmises}",
        "{pas|plus} en possession {de|des|du} {la|les|cette|ces|votre|vos}? {facture|factures}",
        f"{{it|this|this invoice|the invoice|that invoice|this one|they|these invoices}} {{is|was|are|were}} {{not|neither}} "
        f"{{in|on|uploaded to|loaded in|registered in}} {{our}}? {_SYSTEMS}",
        f"{{not|no}} {{received|arrived|showing|visible|found}} {{in|on}} {{our}}? {_SYSTEMS}",
        "{rechnung|rechnungen} _6 {wurde|wurden|ist|sind} {uns}? {nie|nicht|niemals|noch nicht} {zugestellt|ubermittelt|"
        "zugesandt|ubersandt|zugeschickt}",
        "{factura|facturas} _6 que {no|nunca} {hemos|habiamos} {recibido|visto}",
        "no {figura|aparece|consta|esta} ni en",
        negatable=False,
    ),
    rule(
        # one payment taken twice: "prélevée deux fois", "debited twice by direct debit", "zweimal abgebucht"
        "dispute.duplicate_billing.any_debited",
        STRONG,
        "{debited|collected|taken|withdrawn|drawn|direct debited|deducted} {from our account}? {twice|two times|double}",
        "{preleve|prelevee|preleves|prelevees|encaisse|encaissee|encaisses|encaissees} {deux fois|en double|a deux reprises|"
        "2 fois}",
        "{double|second|deuxieme|2e} prelevement",
        "{zweimal|doppelt|zweifach} {abgebucht|eingezogen|abgezogen|belastet|eingelost}",
        "{cobrado|cobrada|cargado|cargada|domiciliado|domiciliada|debitado|debitada|pasado|pasada|cobraron|cargaron} "
        "{dos veces|por duplicado|2 veces}",
        "{recibo|adeudo|cargo|cobro} {duplicado|repetido}",
        negatable=False,
    ),
    rule(
        # nothing delivered in the period billed: "aucune livraison de linge n'a eu lieu", "no deliveries were made in
        # August", "es erfolgte keine Lieferung", "no se realizó ninguna entrega"
        "dispute.not_received_goods.any_no_delivery",
        STRONG,
        "aucune {livraison|prestation|intervention|collecte|tournee|visite|passage} _4 {eu lieu|ete effectuee|ete effectue|"
        "ete realisee|ete realise|ete livree|ete receptionnee|effectuee|realisee}",
        "{no|zero} {deliveries|delivery|collections|collection|visits|visit|services|work} {was|were|has been|have been}? "
        "{made|done|carried out|performed|provided|took place|taken place}",
        "{keine|keinerlei} {lieferung|lieferungen|leistung|leistungen|arbeiten|montage} {erfolgt|erfolgte|erfolgten|"
        "stattgefunden|erbracht|ausgefuhrt}",
        "{erfolgte|erfolgten|gab es} {keine|keinerlei} {lieferung|lieferungen|leistung|leistungen}",
        "{ninguna|ningun} {entrega|servicio|visita|suministro} _3 {se}? {realizo|hizo|efectuo|presto|hubo}",
        "no {se}? {realizo|hizo|efectuo|hubo|presto} {ninguna|ningun} {entrega|servicio|visita|suministro}",
        negatable=False,
    ),
    rule(
        # tax charged to an exempt customer or on an invalid tax invoice: "please remove the tax", "it isn't a valid VAT
        # invoice", "merci de retirer la TVA", "bitte die USt herausnehmen", "quiten el IVA"
        "dispute.tax.any_remove",
        CLEAR,
        "{remove|take off|take out|delete|credit|reverse} the {sales|state|local}? {tax|taxes|vat|gst|hst|pst}",
        "{not|n't|isn't|no} a valid {vat|tax|gst} invoice",
        "{retirer|enlever|supprimer|deduire|annuler} la {tva|taxe|tps|tvq}",
        "{ust|mwst|umsatzsteuer|mehrwertsteuer} _3 {herausnehmen|entfernen|stornieren|streichen|abziehen}",
        "{quitar|quiten|eliminar|eliminen|retirar|retiren|anular|anulen} el {iva|impuesto}",
        negatable=False,
    ),
    rule(
        # a price rise the customer never accepted: "price indexation not agreed", "the price escalation clause ... which
        # we never agreed to", "l'avenant d'indexation n'a jamais été signé", "Preiserhöhung nicht vereinbart"
        "dispute.pricing.any_increase",
        CLEAR,
        "{price|prices|pricing|rate|rates|tariff} {increase|increases|rise|rises|uplift|uplifts|revision|revisions|"
        "indexation|escalation|adjustment|adjustments|hike} _6 {not|never|n't} {agreed|accepted|signed|approved|"
        "authorised|authorized|notified|announced|applicable|valid|justified}",
        "{price|prices|pricing|rate|rates|tariff} {increase|rise|uplift|revision|indexation|escalation|hike} _3 {we|which we|"
        "that we} {never|did not|didn't|have not|haven't|do not|don't} {agreed|agree|accept|accepted|sign|signed|approve|"
        "approved}",
        "{indexation|revision de prix|revision des prix|revision tarifaire|hausse tarifaire|augmentation tarifaire|"
        "revalorisation|hausse des prix|augmentation des prix} _8 {pas|jamais|aucune|non} {ete}? {signe|signee|acceptee|"
        "accepte|validee|valide|applicable|convenue|notifiee}",
        "aucune {revision|hausse|augmentation|indexation|revalorisation} {de prix|des prix|tarifaire}? _3 {applicable|"
        "acceptee|convenue|prevue}",
        "{preiserhohung|preisanpassung|preissteigerung|indexanpassung|indexierung|wertsicherung|teuerungszuschlag} _6 "
        "{nicht|nie|niemals} {vereinbart|akzeptiert|unterschrieben|genehmigt|zulassig|angekundigt|vorgesehen}",
        "{subida|incremento|aumento|actualizacion|revision|indexacion} {de|del|de los} {precio|precios|tarifa|tarifas} _6 "
        "{no|nunca} {acordado|acordada|aceptado|aceptada|firmado|firmada|pactado|pactada|aprobado|aprobada}",
        negatable=False,
    ),
)

# Reason only: how the later authors name the count or the price they contest.
REASON_DETAILS = REASON_DETAILS + (
    rule(
        # some of the items billed never came: "trois longueurs de chaîne facturées n'ont jamais été livrées", "two of the
        # billed pumps were never delivered"; not "les 8 armoires facturées..." (all of them: see _ALL_OF_THEM)
        "dispute.quantity.any_billed_undelivered",
        CLEAR,
        "# _3 {facturees|factures|facturee|facture} _2 ne {nous}? {ont|a|sont} {jamais|pas} ete {livrees|livres|livree|livre}",
        "# {of the}? _2 {billed|invoiced|charged} _2 {were|was|have|has} {never|not} {been}? {delivered|received|supplied}",
        "# {der|davon}? {berechneten|verrechneten|fakturierten} _2 {wurden|sind|wurde|ist} {nie|nicht|niemals} {geliefert|"
        "angekommen}",
        "# _3 {facturados|facturadas|cobrados|cobradas} {no|nunca} {se}? {han|fueron}? {llegado|entregado|entregados|"
        "entregadas|recibido}",
        negatable=False,
    ),
    rule(
        # the customer's exemption from the tax billed: "our certificate of exemption is on file", "exonérés de TVA"
        "dispute.tax.any_exempt",
        CLEAR,
        "{exemption certificate|exemption certificates|certificate of exemption|resale certificate|exempt certificate|"
        "direct pay permit|tax exempt|tax-exempt|exempt from sales tax|exempt from tax|exempt from vat}",
        "{exonere|exoneree|exoneres|exonerees|exoneration} {de}? {tva|taxe|taxes}",
        "{steuerbefreit|umsatzsteuerbefreit|steuerfrei|steuerbefreiung}",
        "{exento|exenta|exentos|exentas|exencion} {de}? {iva|impuesto|impuestos}",
        negatable=False,
    ),
    rule(
        # the price or rate revised or raised: "prices may only be revised once a year", "4.8% higher than", "hausse de
        # 3,9 % sur l'ensemble des prix", "se cambió el precio", "Preiserhöhung um 5 %"
        "dispute.pricing.any_revised",
        CLEAR,
        "{prices|price|rates|rate|tariffs|fees} {may|can|could|shall|are to|were to} {only}? be {revised|increased|raised|"
        "adjusted|indexed|changed}",
        "{price|prices|rates|rate|unit prices|fees} _4 {is|are|were|was} # % {higher|more|above|up}",
        "{unit prices|prices|rates} {used|applied|charged} _3 {not|n't} {agreed|accepted|correct|right}",
        "{not|n't} accept the _3 {price|prices|rate|rates|pricing|unit prices|values}",
        "{price|prices|rate|rates|unit prices} {increase|rise|uplift|indexation|escalation|revision} {clause|of|from|at}?",
        "{hausse|augmentation|majoration|revalorisation} de # % _4 {prix|tarifs|tarif}",
        "{indexation|revision de prix|revision des prix|clause de revision|avenant d indexation|avenant tarifaire}",
        "{preiserhohung|preisanpassung|preissteigerung|indexanpassung|indexierung|wertsicherung|indexklausel}",
        "{se}? {cambio|cambiaron|modifico|subio|subieron|aumento|aumentaron} {el|los|la}? {precio|precios|tarifa|tarifas}",
        "{subida|incremento|aumento|actualizacion|revision|indexacion} {de|del|de los} {precio|precios|tarifa|tarifas}",
        negatable=False,
    ),
    rule(
        # the price of the customer's document, told against the billed one: "our MSA ... has that package at $1,150/day",
        # "votre offre n° OF-26-1187 prévoit CHF 38.50 pièce", "la cotización Q-2231 estaba en USD 5,160.00"
        "dispute.pricing.any_document_rate",
        CLEAR,
        "{msa|contract|agreement|exhibit|schedule|quote|quotation|rate card|rate sheet|price list|price schedule|offer|"
        "proposal|bid|estimate|po|purchase order} _6 {has|had|have|lists|listed|shows|showed|prices|priced|puts|put|quotes|"
        "quoted|gives|gave} _4 at {$|€|£|eur|usd|gbp|chf|cad}? #",
        "{offre|devis|contrat|grille tarifaire|accord cadre|contrat cadre|bpu|tarif} _8 {prevoit|prevoyait|indique|indiquait|"
        "mentionne|mentionnait|fixe|fixait|stipule} {un prix de|un tarif de|un prix unitaire de}? {$|€|eur|chf|cad} #",
        "{offre|devis|contrat|grille tarifaire|accord cadre|contrat cadre|bpu|tarif} _8 {prevoit|prevoyait|indique|indiquait|"
        "mentionne|mentionnait|fixe|fixait|stipule} {un prix de|un tarif de|un prix unitaire de}? # {$|€|eur|chf|cad|euros}",
        "{cotizacion|presupuesto|oferta|contrato|pedido|tarifa} _8 {estaba|era|venia|fue|decia|dice|indica|indicaba} "
        "{en|a|de|por}? {$|€|usd|eur|mxn}? #",
        "{angebot|auftragsbestatigung|vertrag|rahmenvertrag|preisliste|bestellung|lv|leistungsverzeichnis} _6 {sieht|sah|"
        "nennt|nannte|lautet|lautete|weist|wies} _3 {$|€|eur|chf}? #",
        "{invoiced|billed|charged} at {$|€|£|eur|usd|gbp|chf|cad}? # _3 {but|while|whereas|vs|versus|instead of}",
        negatable=False,
    ),
    rule(
        # a count billed against a count received or signed for: "12 EA billed, 9 EA received", "quantity billed exceeds
        # quantity received", "the ticket says 2 hrs labor, not 4", "a difference of 15 m", "laut Aufmaß erst 36 Stk."
        "dispute.quantity.any_received_count",
        CLEAR,
        "{quantity|qty|quantities} {billed|invoiced|charged} {exceeds|exceed|is greater than|is more than|is higher than|"
        "does not match|doesn't match|differs from}",
        "{quantity|qty} {mismatch|discrepancy|variance|difference}",
        "# _6 {billed|invoiced|charged} {,|;|but|and|vs|versus|only}? # _3 {received|delivered|receipted|counted|installed}",
        "{ticket|tickets|field ticket|delivery ticket|work ticket|job ticket|delivery note|ddt|goods receipt|timesheet|"
        "work order|pod|proof of delivery|bill of lading|packing slip|signed ticket} _6 {says|say|shows|show|states|lists|"
        "records|has} {only}? # {hrs|hours|hr|days|units|pcs|pieces|ea|loads|trucks|miles|m|meters|metres}?",
        "# {hrs|hours|hr|days|units|pcs|pieces|ea|loads|trucks|miles} {labor|labour}? {,}? not #",
        "{difference|shortfall|discrepancy|variance} of # {m|m.|m2|m3|metres|meters|pieces|pcs|pc|units|items|ea|each|boxes|"
        "cartons|pallets|hours|hrs|days|kg|tonnes|tons|lengths|rolls|bags|sets|stk|stuck|piezas|unidades|pieces|unites}",
        "there {are|were|is|was} only # {m|m.|m2|metres|meters|pieces|pcs|units|items|ea|boxes|cartons|pallets|hours|kg|"
        "lengths|rolls|bags|sets}",
        "{laut|lt|gemass|nach} {dem|unserem|gemeinsamem|gemeinsamen|dem gemeinsamen}? {aufmass|lieferschein|wareneingang|"
        "regiebericht|regieschein|stundenbericht|stundenzettel|stundennachweis}",
        "{erst|nur|lediglich|bloss} # {stk|stuck|m|lfm|meter|stunden|std|einheiten|paletten} _3 {geliefert|montiert|"
        "verbaut|eingebaut|erhalten|angeliefert|geleistet|erbracht}?",
        "{bon de livraison|bl|bons de livraison|feuille de pointage|bon d intervention|fiche d intervention} _6 "
        "{indique|indiquent|mentionne|mentionnent|porte|portent|montre|montrent} {seulement|que|uniquement}? # {pieces|"
        "articles|unites|kg|heures|h}?",
        "{albaran|parte de trabajo|parte|ticket|hoja de servicio} _6 {indica|dice|muestra|recoge|refleja} {solo|solamente}? "
        "# {horas|unidades|piezas|kg|metros}?",
        negatable=False,
    ),
)

# Later authors' wordings (a veterinary wholesaler, an electrical wholesaler, a textile mill, a
# medical-equipment dealer, an events firm). Contests in themselves, evidence of the dispute as
# well as of its reason: a price set against the customer's quote, a free-delivery threshold
# ignored, a count delivered against the count billed, goods never received said informally.
DISPUTE_RULES = DISPUTE_RULES + (
    rule(
        # the billed price against the customer's document: "ne correspond pas au devis", "alors que le devis
        # accepté était à 14,50 €/m", "entspricht nicht unserer Offerte", "no coincide con la oferta"
        "dispute.pricing.any_against_quote",
        CLEAR,
        "ne {correspond|correspondent|concorde|concordent} pas {au|a le|a la|a notre|a votre|aux|avec le|avec la|avec notre|"
        "avec votre} {devis|offre|tarif|tarifs|contrat|prix convenu|prix du devis|proposition|soumission}",
        "{alors que|alors qu|tandis que} {le|la|notre|votre|nos|vos|les}? {devis|offre|contrat|tarif|tarifs|accord|"
        "proposition|soumission|prix convenu} _10 {etait|etaient|est|sont|prevoyait|indiquait|mentionnait|fixait} {a|de|un "
        "prix de|un tarif de|un montant de}? {$|chf|eur|cad}? #",
        "{entspricht|entsprechen|entsprach|stimmt|stimmen} nicht {mit}? {dem|der|unserem|unserer|ihrem|ihrer} "
        "{angebot|offerte|vertrag|preisliste|rahmenvertrag|kostenvoranschlag}",
        "{gemass|laut|entgegen|gem} {ihrer|unserer|der|ihrem|unserem|dem} {offerte|offerten|kostenvoranschlag} _10 "
        "{preis|betrag|pauschale|festpreis|pauschalpreis|chf|eur|$}",
        "no {coincide|coinciden|corresponde|corresponden|cuadra|cuadran} con {el|la|nuestro|nuestra|su|vuestro|vuestra} "
        "{presupuesto|oferta|cotizacion|tarifa|precio acordado|precio pactado}",
        "{doesn't|does not|don't|do not} {match|agree with|correspond to|reflect} {the|our|your} {accepted|signed|agreed|"
        "approved}? {quote|quotation|estimate|offer|proposal|price list|contract price}",
        negatable=False,
    ),
    rule(
        # carriage billed above the free-delivery threshold: "alors que la commande dépassait votre franco",
        # "the order was over your free delivery threshold", "über der Frei-Haus-Grenze", "portes pagados a partir de"
        "dispute.pricing.any_free_delivery",
        CLEAR,
        "{depassait|depasse|depassaient|depassent|au dessus de|superieure a|superieur a|au dela de} {largement|bien}? "
        "{votre|le|notre|ce|du}? {franco|seuil de franco|minimum de franco|seuil franco}",
        "{frais de port|frais de transport|frais de livraison|port|transport|livraison} _8 {alors que|alors qu|malgre} _8 "
        "{franco|franco de port}",
        "{over|above|exceeded|exceeds|exceeding|past|beyond|qualified for|qualifies for|meets|met} {the|your|our}? "
        "{free delivery|free shipping|free freight|free carriage|carriage paid|carriage free} {threshold|limit|minimum|level}",
        "{charged|billed|invoiced|added} {us}? _4 {delivery|shipping|freight|carriage|postage} _8 {free delivery|free "
        "shipping|free freight|free carriage|carriage paid} {threshold|limit|minimum|over|above}",
        "{uber|oberhalb|ab} {der|dem|ihrer|ihrem}? {frei haus grenze|frei-haus-grenze|versandkostenfrei grenze|"
        "mindestbestellwert fur frei haus|frachtfreigrenze|frachtfrei grenze}",
        "{frei haus|frachtfrei|versandkostenfrei|portofrei} _6 {berechnet|verrechnet|in rechnung gestellt|belastet}",
        "{portes|envio|transporte} {pagados|gratuito|gratis} {a partir de|desde|por encima de} _4 {cobrado|cobran|"
        "facturado|facturan|cargado|cargan}",
        "{cobrado|cobran|cobrais|facturado|facturan|facturais|cargado|cargan} _4 {portes|transporte|envio} _8 "
        "{portes pagados|envio gratuito|transporte gratuito|pedido minimo}",
        negatable=False,
    ),
    rule(
        # a count delivered set against the count billed, with what was delivered named between:
        # "Geliefert wurden 12 Geräte (siehe Lieferschein), verrechnet sind aber 20 Stück"
        "dispute.quantity.any_delivered_billed",
        CLEAR,
        "{geliefert|erhalten|angekommen|bekommen|bestellt|montiert|installiert} {wurden|wurde|haben wir|hatten wir|sind} "
        "# _10 {berechnet|verrechnet|fakturiert|abgerechnet|in rechnung gestellt} {sind|wurden|haben sie|werden|ist|wurde|"
        "habt ihr} {aber|jedoch|dagegen|hingegen}? #",
        "{delivered|received|supplied|installed|shipped} {were|was|only}? # _10 {but|yet|while|whereas} {you|you've|you "
        "have|the invoice|your invoice|it} {has|have|had}? {billed|invoiced|charged|charges|bills|shows|lists} {us}? {for}? #",
        "{livre|livres|livrees|recu|recus|recues|installe|installes|installees} {seulement|uniquement}? # _10 {mais|alors que|"
        "alors qu|or|tandis que} {vous}? {nous}? {en}? {facturez|avez facture|facture|factures|facturees|comptez|avez compte} #",
        "{entregaron|recibimos|llegaron|nos llegaron|nos entregaron|se entregaron|hemos recibido} {solo|solamente}? # _10 "
        "{pero|y|mientras} {nos}? {facturan|facturais|facturaron|cobran|cobrais|cobraron|factura|han facturado|habeis "
        "facturado} #",
        negatable=False,
    ),
    rule(
        # goods never received, said as people speak: "on les a jamais reçus", "le chauffeur est pas passé",
        # "la mercancía NO la hemos recibido", "the driver never came", "der Fahrer ist nie gekommen"
        "dispute.not_received_goods.any_spoken",
        STRONG,
        "{on|nous|je} {les|le|la|l} {a|avons|ai} {jamais|pas} {recu|recus|recue|recues|eu|eus|vu|vus}",
        "{le|la|votre|notre|leur}? {chauffeur|livreur|transporteur|technicien|monteur|coursier} _2 {ne}? {est|etait|sont} "
        "{jamais|pas} {venu|venue|passe|arrive|intervenu|venus|passes}",
        "{the|your|our}? {driver|courier|carrier|van|lorry|truck|technician|engineer|fitter|installer} {never|didn't|did "
        "not|has not|hasn't} {came|come|turn up|turned up|show up|showed up|arrived|arrive|deliver|delivered|attend|"
        "attended}",
        "{der|ihr|unser}? {fahrer|kurier|spediteur|techniker|monteur|lieferant} {ist|sind|war|kam} {nie|nicht|niemals} "
        "{gekommen|erschienen|vorbeigekommen|aufgetaucht|da}?",
        f"{_GOODS_ES_BACK} _4 {{no|nunca}} {{la|lo|las|los}} {{hemos|he|habiamos|han}}? {{recibido|recibimos|recibi|visto|"
        "entregado|traido}",
        "{el|nuestro|su|vuestro}? {transportista|repartidor|chofer|conductor|tecnico|mensajero} {no|nunca} {vino|paso|"
        "aparecio|llego|ha venido|ha pasado|se presento}",
        negatable=False,
        blockers=("if", "unless", "whether", "si", "wenn", "falls", "cuando", "hasta"),
    ),
)

REASON_DETAILS = REASON_DETAILS + (
    rule(
        # the cold chain broken, frozen or melted in transit: "the ice packs were gone and the logger showed 14°C",
        # "la chaîne du froid n'a pas été respectée", "Kühlkette unterbrochen", "se rompió la cadena de frío"
        "dispute.damaged.any_cold_chain",
        CLEAR,
        "{cold chain|temperature excursion|temperature excursions|temperature breach|temperature abuse}",
        "{ice packs|ice pack|ice bricks|gel packs|cool packs|dry ice} {were|was|had|all}? {gone|melted|defrosted|thawed|"
        "warm|completely melted}",
        "{quarantined|quarantine} {the|all|this|that|those|these|whole|entire}? {whole|entire}? {consignment|shipment|"
        "delivery|batch|stock|goods|order|lot|vaccines|product|products}",
        "{chaine du froid|rupture de la chaine|rupture de chaine}",
        "{pains de glace|pain de glace|blocs refrigerants|accumulateurs de froid|glace carbonique|carboglace} _3 {fondus|"
        "fondu|fondue|fondues|degeles|absents|disparus}",
        "{indicateur|enregistreur|temoin|controleur} de temperature _4 {rouge|vire|depasse|hors|alarme}",
        "{kuhlkette|kuhlakkus|kuhlelemente|trockeneis} _4 {unterbrochen|geschmolzen|aufgetaut|warm|nicht eingehalten|"
        "verletzt}",
        "{temperaturabweichung|temperaturuberschreitung|kuhlkettenunterbrechung}",
        "{cadena de frio|rotura de la cadena|rotura de cadena}",
        "{placas de hielo|acumuladores de frio|hielo seco|bloques de hielo} _3 {derretidos|derretidas|derretido|fundidos|"
        "descongelados|descongeladas}",
        negatable=False,
    ),
    rule(
        # failed in use: "les deux groupes de filtration sont tombés en panne", "ist nach zwei Tagen ausgefallen",
        # "se averió a la semana"
        "dispute.damaged.any_broke_down",
        CLEAR,
        "{tombe|tombes|tombee|tombees|tombent|tombait|tombaient|tomber} en panne",
        "{ist|sind|war|waren} _4 {ausgefallen|kaputtgegangen|defekt gegangen}",
        "{se}? {averio|averiaron|estropeo|estropearon|rompio|rompieron} {a los|al cabo de|tras|despues de|en}",
        "{broke down|stopped working|packed up} {on|within|after|in} {the|its|their|day|first|a|#}",
        negatable=False,
    ),
    rule(
        # shade or dye-lot differences within a delivery (a quality fault; "the wrong colour" is the wrong goods):
        # "two different dye lots", "écart de teinte entre les rouleaux", "Farbabweichung", "diferencia de tono"
        "dispute.damaged.any_shade",
        CLEAR,
        "{colour|color|shade|tone|dye} {variation|variations|difference|differences|mismatch|discrepancy|inconsistency}",
        "{different|two|separate|mixed} {dye lots|dye batches|dye baths|shades}",
        "{ecart|ecarts|difference|differences|variation|variations} de {teinte|teintes|nuance|nuances|ton|tons|couleur|"
        "coloris} _6 {rouleaux|pieces|lots|bains|livraison|entre}",
        "{bains de teinture|lots de teinture} {differents|distincts}",
        "{farbabweichung|farbabweichungen|farbunterschied|farbunterschiede|farbtonabweichung|farbtonunterschied}",
        "{diferencia|diferencias} de {tono|tonos|color|matiz}",
        "{distintos|diferentes|dos} {banos de tinte|banos de tintura|lotes de tinte|lotes de tintura}",
        negatable=False,
    ),
    rule(
        # a cost the agreed price already includes, billed on top: "delivery and installation are included in the
        # unit prices, but your invoice charges them separately", "livraison comprise", "im Preis inbegriffen"
        "dispute.pricing.any_included",
        CLEAR,
        "{included|inclusive|includes|include} in {the|our|your}? {unit}? {price|prices|rate|rates|quote|quotation|"
        "contract price|lump sum|fixed price|package price|day rate}",
        "{charges|charged|charge|bills|billed|invoices|invoiced} _6 {separately|on top|in addition|as an extra|as extra}",
        "{transport|delivery|freight|carriage|shipping|installation|setup|set up|commissioning} {included|inclusive}",
        "{inclus|incluse|inclue|compris|comprise|comprises} dans {le|les|notre|votre}? {prix|tarif|tarifs|forfait|devis|offre}",
        "{facture|factures|facturee|facturees|facturez|facturent} _4 {separement|en sus|en supplement|a part|en plus}",
        "{livraison|transport|installation|pose|montage|port|mise en service} {comprise|compris|incluse|inclus|inclue}",
        "{im|in dem} {preis|angebotspreis|pauschalpreis|festpreis|einheitspreis|einzelpreis} {inbegriffen|enthalten|"
        "inklusive|eingeschlossen}",
        "{separat|zusatzlich|extra|gesondert} {berechnet|verrechnet|fakturiert|in rechnung gestellt|abgerechnet}",
        "{incluido|incluida|incluidos|incluidas} en el {precio|presupuesto|importe|contrato}",
        "{cobrado|cobran|cobrais|facturado|facturan|facturais|cobrasteis|facturasteis} _4 {aparte|por separado|adicionalmente}",
        "{transporte|porte|portes|montaje|instalacion|entrega} {incluido|incluida|incluidos}",
        negatable=False,
    ),
    rule(
        # the price of the customer's document told after a long aside: "votre offre (réf. ..., signée) mentionnait
        # un prix de CHF 4'250", "war ein Preis von CHF 19'750.00 vereinbart", "a corrected invoice at the quoted price"
        "dispute.pricing.any_price_of",
        CLEAR,
        "{mentionnait|prevoyait|indiquait|stipulait|fixait|mentionne|prevoit|indique|stipule|fixe|annoncait} {un|le} "
        "{prix|tarif|montant|prix unitaire|forfait|prix global} de",
        "{au|aux|a le} {prix|tarif|tarifs} {de le|du|de la} {offre|devis|contrat|commande|proposition|soumission}",
        "{un|der|ein} {preis|betrag|pauschalpreis|festpreis} von {chf|eur|$}? # _6 {vereinbart|abgemacht|offeriert|"
        "angeboten|zugesagt}",
        "{at|to} the {quoted|agreed|contracted|contract|offer} {price|prices|rate|rates}",
        "al precio {de la oferta|del presupuesto|acordado|pactado|de la cotizacion}",
        negatable=False,
    ),
    rule(
        # a collection order never picked up: "we never collected it", "nous ne sommes jamais venus la chercher"
        "dispute.not_received_goods.any_never_collected",
        STRONG,
        "{we|i|we've|i've} {never|didn't|did not|have not|haven't} {collected|collect|picked up|pick up} {it|them|the order|"
        "the goods|the items|that order}",
        "{jamais|pas} {venus|venu|passes|passe} {le|la|les} {chercher|recuperer|enlever}",
        "{nie|nicht} {abgeholt}",
        "{nunca|no} {lo|la|los|las}? {recogimos|hemos recogido|pasamos a recoger|fuimos a recoger}",
        negatable=False,
    ),
)

# A hold or a query told as over: "I've had the PO reopened", "the blocks have been released",
# "un litige aujourd'hui réglé". Not body rules: classify drops a dispute whose only evidence is
# generic ("other") when one of these follows it.
RESOLVED: tuple[Rule, ...] = (
    rule(
        "resolved.any.over",
        CLEAR,
        "{had|have|'ve|got|has been|have been|has now been|have now been} {it|the po|them|this|the order|the invoice|the hold|"
        "the block}? {reopened|re opened|unblocked|unlocked|fixed|resolved|sorted|sorted out|rectified|corrected|released|"
        "lifted|cleared|amended|approved}",
        "{is|are|'s|'re} now {resolved|fixed|sorted|approved|released|unblocked|cleared|reopened|re opened|matched}",
        "{hold|holds|block|blocks|query|issue|problem} {has|have} {now}? been {released|lifted|removed|cleared|resolved|fixed}",
        "{aujourd'hui|aujourd hui|maintenant|desormais|depuis} {regle|reglee|resolu|resolue|clos|close|debloque|debloquee|leve|levee}",
        "{a ete|ont ete|est|sont} {debloquee|debloque|debloquees|debloques|resolu|resolue|reouvert|reouverte|levee|leve}",
        "{wurde|wurden|ist|sind} _3 {entsperrt|geklart|behoben|wieder geoffnet|aufgehoben}",
        "{se ha|ha sido|han sido|ya esta|ya estan} {desbloqueada|desbloqueado|desbloqueadas|resuelto|resuelta|solucionado|"
        "solucionada|reabierto|reabierta}",
        negatable=False,
    ),
)

_ORDER = {reason: index for index, reason in enumerate(REASONS)}


@lru_cache(maxsize=1)
def dispute_rules() -> RuleSet:
    """The compiled dispute rules; built once per process."""
    return RuleSet(DISPUTE_RULES + REASON_DETAILS)


# Rules whose wording is dispute evidence for classify under their own reason, but which say how
# the customer handled the goods rather than why they contest: goods sent back are "other" unless
# the damage itself is named ("returned 14 cartons, still no credit", "os devolvemos la 2021").
_AS_OTHER = frozenset({"dispute.damaged.any_return", "dispute.damaged.es_return", "dispute.damaged.de_return"})
# "Other" reasons told in so many words (the wrong goods, the wrong company, a warranty repair):
# they outweigh a hint ("VAT IE 3344556WH" in the address, "your quotation" naming the spec).
_NAMED_OTHER = frozenset({"dispute.other.wrong_goods", "dispute.other.wrong_goods_print", "dispute.other.wrong_customer",
                          "dispute.other.wrong_customer_group", "dispute.other.not_chargeable",
                          "dispute.other.return_credit"})


def reason_of(rule_name: str) -> str:
    """"dispute.pricing.fr" -> "pricing"; goods sent back -> "other" (see _AS_OTHER)."""
    return "other" if rule_name in _AS_OTHER else rule_name.split(".")[1]


def pick_reason(found: list[tuple[str, float, str]], named_other: bool = False) -> tuple[str, str] | None:
    """The strongest (reason, evidence) from (reason, weight, evidence) triples, or None.

    A named reason beats "other" ("please issue a credit note" says nothing about why).
    Hint-level cues ("VAT", "quote") never make a dispute on their own, but they name the
    reason when the only other evidence is generic; not when `named_other` (an "other"
    reason told in words, such as the wrong goods) is among it.
    """
    if not any(weight > HINT for _, weight, _ in found):
        return None
    specific = [item for item in found if item[0] != "other"]
    strong_specific = [item for item in specific if item[1] > HINT]
    pool = strong_specific or ([] if named_other else specific) or found
    reasons = {item[0] for item in pool}
    if "quantity" in reasons and "not_received_goods" in reasons:
        # "billed for 120, only 96 delivered; the rest never arrived": what did not arrive
        # is the shortfall of a partial delivery, so the complaint is the quantity billed.
        pool = [item for item in pool if item[0] != "not_received_goods"]
    reason, _, evidence = max(pool, key=lambda item: (item[1], -_ORDER[item[0]]))
    return reason, evidence


# "never received it", "jamais reçue": the words name no goods, so the invoice the message also
# says is missing ("it is not in Basware", "la facture que nous n'avons jamais reçue") is what
# was not received.
_UNNAMED_OBJECTS = frozenset({"it", "them", "this", "that", "recu", "recue", "recus", "recues"})


# "the 8 cupboards billed were never delivered": all of them, not a shortfall.
_ALL_OF_THEM = frozenset({"les", "ces", "nos", "the", "these", "those", "all", "our", "die", "alle", "diese", "los", "las",
                          "todos", "todas", "estos", "estas"})


def _no_goods_named(text: str) -> bool:
    words = fold(text).split()
    return bool(words) and words[-1].strip(".,;:!?") in _UNNAMED_OBJECTS


def dispute_reason(own_text: str, language: str | None) -> tuple[str, str] | None:
    """Why the customer contests an invoice, with the phrase that says so; None when nothing does.

    `own_text` is the customer's own words (quoted history removed). Negated mentions
    ("this is not a dispute") do not count.
    """
    normalised = normalise_text(own_text)
    tokens = tokenise(normalised, language or guess_language(normalised))
    hits = dispute_rules().find(tokens)
    hits = [hit for hit in hits if not (hit.rule.name == "dispute.quantity.any_billed_undelivered" and hit.start > 0
                                        and tokens.norms[hit.start - 1] in _ALL_OF_THEM)]
    if any(hit.rule.name.startswith("dispute.invoice_not_received.") for hit in hits):
        goods = [hit for hit in hits if hit.rule.name.startswith("dispute.not_received_goods.")]
        if goods and all(_no_goods_named(hit.text) for hit in goods):
            hits = [hit for hit in hits if hit not in goods]
    hits = [hit for hit in hits if not _false_friend(hit, tokens, language)]
    decisive = [hit for hit in hits if hit.rule.name in _DECISIVE_OTHER]
    if decisive:
        return "other", decisive[0].text
    found = [(reason_of(hit.rule.name), hit.rule.weight, hit.text) for hit in hits]
    return pick_reason(found, any(hit.rule.name in _NAMED_OTHER | _DECISIVE_OTHER for hit in hits))


# Italian "casse" are crates ("1'500 casse fatturate"), not French breakage; "doublons de créneaux" are
# duplicated appointment slots in the customer's software, not an invoice billed twice.
_DETERMINERS_FR = frozenset({"la", "le", "l", "les", "cette", "celle", "ce", "notre", "votre", "nos", "vos"})
_BILLING_WORDS = frozenset({"facture", "factures", "facturation", "paiement", "paiements", "prelevement", "ligne", "lignes",
                            "commande", "commandes", "livraison"})


def _false_friend(hit: Hit, tokens: Tokens, language: str | None) -> bool:
    words = fold(hit.text).split()
    if language == "it" and hit.rule.name.endswith(".fr") and words in (["casse"], ["cassa"]):
        return True
    if hit.rule.name.startswith("dispute.duplicate_billing.") and words in (["doublon"], ["doublons"]):
        following = tokens.norms[hit.end:hit.end + 2]
        return (len(following) == 2 and following[0] in ("de", "d", "des", "du") and following[1].isalpha()
                and following[1] not in _BILLING_WORDS | _DETERMINERS_FR)
    if hit.rule.name == "dispute.invoice_not_received.any_ref" and any(c.isdigit() for c in hit.text):
        # a reference, not a count with its unit ("the other 40 m² never arrived")
        return not any(sum(c.isdigit() for c in word) >= 4 for word in words)
    return False


# A credit already received for what was contested: "Got the credit note CN-6214 for the returned
# singles, thanks", "Hemos recibido su abono por las 6 cajas que faltaban", "bien reçu l'avoir pour
# le colis abîmé". The complaint is settled; what the sentence names is history, not a dispute. Not
# a credit awaited ("once we have received the credit note", "we have not received the credit").
_AWAITED = ("once", "when", "until", "till", "soon", "after", "upon", "if", "unless", "before", "sobald", "wenn",
            "nachdem", "bis", "falls", "lorsque", "quand", "apres", "fois", "si", "cuando", "hasta", "pronto",
            "vez", "espera", "esperamos", "waiting", "awaiting", "attendons", "attente", "warten")
SETTLED: tuple[Rule, ...] = (
    rule(
        "settled.any.credit_received",
        CLEAR,
        "{got|received|receipt of|thanks for|thank you for|have received|'ve received|now have} {the|your|a|our}? "
        "{credit note|credit memo|credit}",
        "{credit note|credit memo} {#|*0*|*1*|*2*|*3*|*4*|*5*|*6*|*7*|*8*|*9*}? {has|have}? {arrived|come through|"
        "came through|been received|landed}",
        "{recu|bien recu|reception de|merci pour|merci de} {le|votre|cet|la|votre}? {avoir|note de credit}",
        "{gutschrift|gutschriften} _8 {erhalten|bekommen|eingegangen|angekommen}",
        "{danke|dank} {fur} {die|ihre}? gutschrift",
        "{recibido|recibimos|gracias por} {su|el|vuestro|la|vuestra}? {abono|nota de credito|nota de abono|"
        "factura rectificativa}",
        blockers=_AWAITED,
    ),
)


@lru_cache(maxsize=1)
def _settled_rules() -> RuleSet:
    return RuleSet(SETTLED)


_SETTLED_REACH = 40  # tokens each side of the acknowledgement


def settled_by_credit(tokens: Tokens, hits: list[Hit]) -> bool:
    """Whether every dispute cue (above hint weight) sits in a sentence that acknowledges a credit
    already received for it (see SETTLED). For classify: such a message contests nothing."""
    cues = [hit for hit in hits if hit.rule.label == "dispute" and hit.rule.weight > HINT]
    if not cues:
        return False
    spans = [tokens.sentence(hit.start, hit.end, _SETTLED_REACH) for hit in _settled_rules().find(tokens)]
    return bool(spans) and all(any(first <= hit.start and hit.end <= last for first, last in spans) for hit in cues)


# Food-service and trade wording, and a few general families (dev40-dev42, own phrasings in
# tests/inbox/test_dispute_families.py): the price sheet against the price billed, a surcharge
# never asked for, a correction asked for in German, the same thing billed twice in German.
DISPUTE_RULES = DISPUTE_RULES + (
    rule(
        # the customer's price document quoted with its figure: "the price sheet your rep gave us says $13.40/lb",
        # "la grille tarifaire indique 12,50 €", "laut Preisliste 4,20 EUR", "la lista de precios dice 9,80"
        "dispute.pricing.any_price_sheet",
        CLEAR,
        "{price sheet|price list|pricelist|price schedule|pricing sheet|bid sheet|order guide|contract pricing|rate card|"
        "rate sheet} _8 {says|said|shows|showed|lists|listed|states|stated|gives|gave|has|had|is|was} {$|€|£|usd|eur|"
        "chf}? #",
        "{grille tarifaire|liste de prix|liste des prix|bareme|catalogue} _6 {indique|indiquait|prevoit|prevoyait|"
        "mentionne|mentionnait|affiche|donne|est|etait} {de}? {€|eur|chf}? #",
        "{laut|gemass|nach} {preisliste|preisblatt|konditionenblatt|konditionenliste|preistabelle} _4 {€|eur|chf}? #",
        "{preisliste|preisblatt|konditionenblatt|preistabelle} _6 {nennt|zeigt|sagt|sieht|weist|lautet|steht} _4 {€|eur|"
        "chf}? #",
        "{lista de precios|tarifa|tarifario|hoja de precios} _6 {dice|indica|pone|marca|decia|indicaba|ponia} {€|eur|$}? #",
        negatable=False,
    ),
    rule(
        # a service or option never ordered, told as the customer's refusal: "Einen Expressauftrag haben wir nie
        # erteilt", "we never requested rush delivery", "nunca solicitamos entrega urgente"
        "dispute.pricing.any_never_ordered_option",
        CLEAR,
        "{haben|hatten} wir {nie|niemals|nicht} {erteilt|beauftragt|bestellt|vereinbart|verlangt|angefordert}",
        "{we|i} {never|didn't|did not|have not|haven't} {requested|request|asked for|ask for|ordered|order|authorised|"
        "authorized|authorise|authorize|agreed to|agree to} {a|an|any|the}? {rush|express|expedited|urgent|same day|"
        "next day|weekend|after hours|special|extra|second} {delivery|deliveries|service|order|shipping|run|drop|stop}?",
        "{nous|je} {n|n'|ne}? {avons|ai} {jamais|pas} {demande|commande|autorise|accepte} {de|d|une|un|la|le}? {livraison|"
        "traitement|service|delai}? {express|urgente|urgent|rapide|en urgence|prioritaire|le samedi}",
        "{nunca|no} {pedimos|solicitamos|encargamos|autorizamos|hemos pedido|hemos solicitado} {un|una|el|la}? {envio|"
        "entrega|servicio|pedido}? {urgente|express|expres|prioritario|prioritaria}",
        negatable=False,
    ),
    rule(
        # "Wir bitten um Korrektur der Rechnung", "bitte um Stornierung dieser Rechnung"
        "dispute.other.de_correction",
        MEDIUM,
        "{bitten|bitte|ersuchen|ersuche} {sie}? um {korrektur|berichtigung|stornierung|storno|anpassung|neuausstellung|"
        "gutschrift} {der|dieser|unserer|ihrer|die|einer}? {rechnung|faktura|position}?",
        negatable=False,
    ),
    rule(
        # the invoice to be cancelled and issued again (to another name, with other lines): "Merci de l'annuler et
        # de la réémettre au nom de ...", "please void it and reissue to our Dallas entity", "bitte stornieren und
        # neu ausstellen", "anularla y emitirla de nuevo"; and made out to the wrong entity of a group
        "dispute.other.any_cancel_reissue",
        MEDIUM,
        "{annuler|annulez|annule|annulee} {et} {de}? {la|le|les|l}? {reemettre|reediter|refaire|etablir a nouveau|"
        "refacturer}",
        "{cancel|void|withdraw|credit} {it|this|this one|the invoice|this invoice|that invoice|them}? and {reissue|re issue|"
        "re-issue|resend a corrected|rebill|re bill|re invoice|reinvoice|issue a new}",
        "{stornieren|storniert|stornierung} _3 {und} _3 {neu} {ausstellen|ausgestellt|stellen|erstellen|fakturieren|aus}",
        "{anular|anularla|anularlo|anulen|anulenla|anuleis} _3 y {emitir|emitirla|emitirlo|reemitir|volver a emitir|"
        "hacer una nueva|emitir una nueva}",
        "{libellee|libelle|libellees|adressee|adresse|etablie|etabli|emise|emis} {au nom de|a l ordre de} {notre|la|une} "
        "{maison mere|filiale|societe soeur|mauvaise entite|mauvaise societe|ancienne societe|ancienne raison sociale}",
        negatable=False,
    ),
    rule(
        "dispute.duplicate_billing.de_verb",
        STRONG,
        "{berechnen|verrechnen|fakturieren|belasten|stellen} _5 {zweimal|doppelt|ein zweites mal}",
        negatable=False,
    ),
)

# Reason only (they do not make the dispute): short deliveries in distribution wording, food
# gone off or arrived warm, a surcharge or fee named, a unit price billed.
REASON_DETAILS = REASON_DETAILS + (
    rule(
        # "shortages on the delivery ticket", "credit for the shorted items", "short 4 cases",
        # "6 cases of milk were not delivered", "Fehlmenge", "faltaron 3 cajas"
        "dispute.quantity.any_shorts",
        CLEAR,
        "{shortage|shortages|shorts} {on|in|of|noted|for|from}",
        "{shorted|shorting} {items|item|cases|case|lines|line|product|products|us|on}",
        "{the|with the|with} shorts {noted|written|marked|signed|listed}?",
        "short {by}? # {cases|case|cs|boxes|box|cartons|units|pieces|bags|lbs|pounds|gallons|trays|pallets}",
        "# {cases|case|cs|boxes|cartons|bags|trays|units|pieces} {of} _6 {were|was} {not|never} {delivered|on the truck|"
        "received|loaded|shipped}",
        "{fehlmenge|fehlmengen|minderlieferung|unterlieferung|mindermenge|mindermengen}",
        "{faltaron|faltan|faltaban|faltantes|faltante} # {cajas|unidades|bultos|piezas|sacos|paquetes|kilos|kg}?",
        "{colis|cartons|caisses|unites|pieces} {manquants|manquantes|manquait|manquaient}",
        negatable=False,
    ),
    rule(
        # food gone off or arrived warm: "came off the truck at 52 degrees", "had to throw them out", "the lettuce was
        # spoiled", "arrivé décongelé", "verdorben angekommen", "llegaron descongelados", "tuvimos que tirarlo"
        "dispute.damaged.any_spoiled",
        CLEAR,
        "{spoiled|spoilt|rotten|moldy|mouldy|rancid|thawed|defrosted|slimy|wilted|bruised}",
        "{came|arrived|showed up|delivered|come|arrive} _4 {warm|thawed|defrosted|melted|soft|spoiled|at # degrees}",
        "{came|arrived|delivered|was|were|read|temped|temped at|measured} _3 # {degrees|deg|°f|°c}",
        "{had to|have to|we had to|needed to} {throw|toss|dump|bin|discard|scrap} {them|it|the|all|those|these}? {out|away}?",
        "{decongele|decongeles|decongelee|decongelees|avarie|avaries|avariee|avariees|pourri|pourris|pourrie|pourries|"
        "perime|perimes|tourne|rance}",
        "{verdorben|aufgetaut|angetaut|verschimmelt|schimmelig|ranzig|sauer geworden}",
        "{descongelado|descongelados|descongelada|descongeladas|podrido|podridos|podrida|podridas|echado a perder|"
        "echados a perder|en mal estado|caducado|caducados}",
        "{tuvimos|hubo} que {tirar|tirarlo|tirarla|tirarlos|tirarlas|botar|botarlo|botarlos|desechar}",
        negatable=False,
    ),
    rule(
        # a surcharge or fee named in a dispute: "the fuel surcharge", "Expresszuschlag", "le supplément urgence",
        # "el recargo por combustible"; MEDIUM, so the goods' own reason wins when it is told
        "dispute.pricing.any_surcharge",
        MEDIUM,
        "{surcharge|surcharges|fuel charge|rush fee|rush charge|express fee|express charge|handling fee|handling charge|"
        "delivery fee|delivery charge|small order fee|minimum order fee|drop fee|stop fee|restocking fee}",
        "{*zuschlag|*zuschlags|*zuschlage|*zuschlagen|aufpreis|mehrpreis|*gebuhr|*pauschale}",
        "{supplement|majoration|surcharge|frais} {de|d}? {urgence|carburant|gasoil|express|livraison|port|transport|"
        "manutention|petite commande}",
        "{recargo|recargos|suplemento} {por|de}? {combustible|urgencia|urgente|envio|entrega|transporte|pedido minimo}?",
        negatable=False,
    ),
    rule(
        # the unit price billed, told with its figure: "billed at $16.95/lb", "facturé à 14,20 € le kilo"
        "dispute.pricing.any_billed_at",
        MEDIUM,
        # the price per unit, not a rate: "charged at 30%" is a cancellation scale
        "{billed|charged|invoiced|billing|charging} {us}? at {$|€|£|usd|eur|chf} #",
        "{billed|charged|invoiced|billing|charging} {us}? at # {/|per|each|ea|a|an} {lb|kg|case|cs|unit|piece|box|"
        "pound|gallon|dozen|tray|bag|hour|item}",
        "{facture|factures|facturee|facturees|facturez} a {€}? # {€|eur|euros}? {le|la|par|/}",
        "{berechnet|verrechnet|fakturiert} {mit|zu} {€|eur|chf}? # {€|eur|chf}? {pro|je|/}",
        "{facturado|facturada|facturados|cobrado|cobrada|cobrados} a {€|$}? # {€|eur|euros}? {el|la|por|/}",
        negatable=False,
    ),
)

SETTLED = SETTLED + (
    rule(
        # a credit already issued, the customer only missing the document: "credit note CN-57 (for invoice 1575) was
        # issued on 20 October, but we have not received it" (a document request), not "once the credit note is issued"
        "settled.any.credit_issued",
        CLEAR,
        "{credit note|credit memo} _12 {was|has been|were|have been|had been} {issued|raised|created|sent|posted|approved|"
        "processed}",
        "{avoir|note de credit} _12 {a ete|avait ete|a bien ete|aurait ete} {emis|etabli|envoye|cree|valide}",
        "{gutschrift} _12 {wurde|ist|sei|ware} _3 {erstellt|ausgestellt|verschickt|versandt|gebucht|freigegeben}",
        "{wurde|ist|sei|ware} {die|ihre|eine|unsere}? gutschrift _4 {erstellt|ausgestellt|verschickt|versandt|gebucht|"
        "freigegeben}",
        "{abono|nota de credito|factura rectificativa} _12 {fue|ha sido|se ha|se habia|habia sido} {emitido|emitida|emitio|"
        "enviado|enviada|generado|generada}",
        blockers=_AWAITED,
    ),
)

# A count told right against the one billed: "only 2 containers were shipped on this booking, please
# correct the invoice to 2 containers", "ça fait 5 jours pas 14", "es waren nur 3 Paletten, nicht 5",
# "fueron 4 días, no 9". The reason is the quantity.
_COUNTED = ("{containers|container|units|pieces|pallets|boxes|cartons|cases|days|hours|nights|trucks|loads|trips|"
            "people|persons|rooms|drums|bags|crates|conteneurs|conteneur|jours|heures|palettes|colis|cartons|caisses|"
            "nuits|camions|voyages|personnes|stuck|container|paletten|tage|stunden|kisten|kartons|fahrten|nachte|"
            "personen|contenedores|contenedor|dias|horas|palets|cajas|bultos|noches|camiones|viajes|personas}")
DISPUTE_RULES = DISPUTE_RULES + (
    rule(
        "dispute.quantity.any_count_told",
        CLEAR,
        f"{{only|just}} # {_COUNTED} {{was|were|are|have been|has been}} {{shipped|delivered|loaded|used|supplied|received|"
        f"booked|sent|collected|picked up|worked}}",
        f"{{correct|amend|adjust|change|reissue|revise}} {{the|your|this|our}}? {{invoice|bill|charge}} {{to|for}} {{only}}? # {_COUNTED}",
        f"{{ca fait|cela fait|soit|il y a eu|c est}} # {_COUNTED} {{et}}? {{pas|non|et non|au lieu de}} #",
        f"{{refaire|corriger|rectifier|modifier}} {{la|votre|cette}} facture {{avec|sur|pour}} {{les|le|la}} {{bons|bonnes|bon|bonne|vrais|vraies|reels|reelles}} {{jours|quantites|quantite|nombre|heures}}",
        f"{{es waren|es sind|waren|sind}} {{nur|lediglich|aber nur}} # {_COUNTED} {{,}}? {{nicht|und nicht|statt}} #",
        f"{{fueron|son|eran|hubo}} {{solo|solamente|unicamente}}? # {_COUNTED} {{,}}? {{no|y no|en lugar de|en vez de}} #",
        negatable=False,
    ),
)

# The invoice named with its number and an aside before the "never got it": "Invoice GD-123 listed in
# your reminder was never received by us", "die Rechnung 41455, die Sie da mahnen, haben wir nie
# bekommen", "la facture 8812 dont vous parlez, nous ne l'avons jamais reçue".
DISPUTE_RULES = DISPUTE_RULES + (
    rule(
        "dispute.invoice_not_received.any_far",
        STRONG,
        "{invoice|invoices|bill} _8 {was|were|has|have} {never|not} {been}? {received|delivered|sent} {by us|to us|here|by our|at our}",
        "{rechnung|rechnungen} _8 {haben|hat|habe} {wir|ich} {nie|niemals|nicht} {erhalten|bekommen|gesehen}",
        "{facture|factures} _8 {nous|je} {ne}? {la|les|l}? {avons|ai} {jamais|pas} {recue|recues|recu|eue|vue}",
        "{factura|facturas} _8 {no}? {la|las}? {hemos|he} {recibido|visto} {nunca|jamas}",
        "{factura|facturas} _8 nunca {la|las}? {hemos|he} {recibido|visto}",
        negatable=False,
    ),
)

# Later authors (dev49-dev56: a farm cooperative, a software reseller, building materials, wine,
# packaging, auto parts, a staffing agency, an IT reseller; own phrasings in
# tests/inbox/test_dispute_reasons_more.py). Near misses first: words that looked like a complaint.
DISPUTE_RULES = DISPUTE_RULES + (
    rule(
        # Spanish "rota" (broken) only where Spanish says it: "la caja llegó rota", "cajas rotas", "está rota".
        # Bare, it is the English roster: "per rota she worked 32 hours", "Rota attached".
        "dispute.damaged.es_rota",
        CLEAR,
        "{la|una|las|unas|esta|estas|esa|esas} _3 {rota|rotas}",
        f"{_GOODS_ES_BACK} {{rota|rotas}}",
        "{llego|llegaron|vino|vinieron|esta|estaba|estan|estaban|salio|salieron|viene|vienen|venia|venian|quedo|"
        "quedaron|recibimos|recibida|recibidas|entregada|entregadas|totalmente|completamente|parcialmente} {rota|rotas}",
        # "against our rota", "on the staff rota": the English roster, not "rota" (broken)
        blockers=("our", "the", "your", "their", "my", "on", "staff", "duty", "weekly", "shift", "against", "per",
                  "new", "next", "this", "work", "team", "her", "his"),
    ),
)
DISPUTE_RULES = with_blockers(DISPUTE_RULES, ("dispute.damaged.en_neg",),
                              # "if that doesn't work, call me": the customer's own proposal, not goods
                              ("if", "unless", "should"))
DISPUTE_RULES = with_blockers(DISPUTE_RULES, ("dispute.not_received_goods.fr_bare",),
                              # "les acomptes de la coop ne sont pas encore arrivés": the customer's money
                              ("acompte", "acomptes", "virement", "virements", "fonds", "paiement", "paiements",
                               "versement", "versements", "subvention", "subventions", "aides", "cheque", "cheques",
                               "reglement", "reglements", "recettes", "aide"))
DISPUTE_RULES = with_blockers(DISPUTE_RULES, ("dispute.damaged.any_return",),
                              # "la facture que vous lui avez renvoyée": the supplier sent the invoice again
                              ("lui", "leur"))

_UNITS = ("{palettes|cartons|colis|caisses|sacs|boites|unites|pieces|bouteilles|articles|rouleaux|heures|jours|sacos|cajas|"
          "palets|unidades|piezas|botellas|rollos|horas|dias|pallets|boxes|cases|units|bags|rolls|bottles|hours|days|"
          "seats|licences|licenses}")
# What says a discount is missing, after the discount was named (see any_discount_missing).
_DISCOUNT_GONE_EN = "{not|never|missing|forgot|forgotten|omitted|left off|without|full price|full rate|full amount}"
_DISCOUNT_GONE_FR = "{ne|pas|oublie|oubliee|manque|manquante|absente|sans|aucune|plein tarif|prix plein|prix fort}"
_DISCOUNT_GONE_ES = "{no|sin|olvidaron|olvidado|olvidada|falta|ningun|ninguna|precio completo|precio total}"
# A word, not punctuation: a gap that stops at a comma ("No problem, drivers arrived on time").
_WORD = "{*a*|*e*|*i*|*o*|*u*|*y*}"
_PEOPLE = ("{people|staff|workers|operatives|temps|carers|ambassadors|technicians|engineers|drivers|porters|guards|"
           "cleaners|nurses|hours|days|shifts|units|seats|licences|licenses|users}")
DISPUTE_RULES = DISPUTE_RULES + (
    rule(
        # the price quoted set against the price billed: "we were quoted $2,650 but the invoice is for $2,915"
        "dispute.pricing.any_quoted_billed",
        CLEAR,
        "{were|was|been} quoted {$|€}? # _20 {invoice|invoiced|bill|billed|charged} _4 {is for|for|at|is|shows|totals|"
        "comes to|came to} {$|€} #",
        "{cotizado|cotizada|presupuestado|presupuestada|ofertado|ofertada} {en|a|por} {$|€}? # _10 {factura|facturan|"
        "facturaron|cobran|cobraron} _4 {$|€}? #",
        negatable=False,
    ),
    rule(
        # a discount promised or agreed, missing from the invoice: "nous avait promis 5 % de remise ... elle n'apparaît
        # pas sur la facture", "the 10% rebate you agreed isn't on the invoice", "der Flottenrabatt wurde nicht berücksichtigt"
        "dispute.pricing.any_discount_missing",
        CLEAR,
        # a discount offered is no complaint until the sentence says it is missing ("You offered a 2% discount
        # for payment within 10 days, so we will pay on Friday" promises): the missing half must follow
        f"{{promis|accorde|consenti|convenu|negocie|propose}} # % de {{remise|ristourne|rabais|reduction}} "
        f"_15 {_DISCOUNT_GONE_FR}",
        "{remise|ristourne|rabais|escompte} _10 ne {apparait|figure|est} pas {sur|dans} {la|votre|cette} facture",
        f"{{promised|agreed|offered|gave|granted}} {{us}}? {{a}}? # % {{discount|rebate|reduction}} _15 {_DISCOUNT_GONE_EN}",
        "{discount|rebate|reduction} _8 {is|was|does|did} not {on|appear on|appear in|shown on|show on|reflected on|"
        "reflected in|applied to} {the|your|this|that}? {invoice|bill}",
        "{*rabatt|*nachlass} _10 nicht {berucksichtigt|abgezogen|gewahrt|angewendet|angewandt|ausgewiesen|enthalten}",
        f"{{prometieron|prometido|acordado|acordamos|pactado|pactamos|ofrecieron}} _3 # % de {{descuento|rappel|bonificacion}} "
        f"_15 {_DISCOUNT_GONE_ES}",
        "{descuento|rappel|bonificacion} _10 no {aparece|figura|consta|esta} en {la|su|esta} factura",
        negatable=False,
    ),
)

_INVOICE_WORD = "{facture|factures|invoice|invoices|bill|rechnung|rechnungen|factura|facturas}"
_CHANNEL = "{ni|neither|weder|nor} {par|by|per|por} {courrier|post|mail|email|e mail|poste|correo|e-mail|fax}"
REASON_DETAILS = REASON_DETAILS + (
    rule(
        # the count received set against the count billed or ordered: "160 sacos en lugar de los 200 facturados",
        # "14 palettes au lieu des 18 facturées", "10 Kartons statt der berechneten 12", "we have 18 active users"
        "dispute.quantity.any_instead_of_billed",
        CLEAR,
        # a count, not a price: "au lieu des 34,20 € prévus", "au lieu des 32 % prévus" argue the price
        f"{{en lugar de|en vez de}} {{los|las}}? # {_UNITS}? {{facturados|facturadas|pedidos|pedidas|cobrados|cobradas}}",
        f"au lieu {{des|de}} # {_UNITS}? {{factures|facturees|commandes|commandees}}",
        "{statt|anstatt|anstelle} {der|den|die}? {berechneten|bestellten|fakturierten|abgerechneten} #",
        f"{{instead of|rather than}} {{the}}? # {_UNITS}? {{billed|invoiced|charged|ordered|booked}}",
        "# _3 {receptionnes|receptionnees|recus|recues|livres|livrees} sur {les}? # {factures|facturees|commandes|"
        "commandees}",
        "{commande|commandes|commandees|ordered|bestellt|pedimos|pedido} # _12 {recu|recus|recues|received|got|erhalten|"
        "geliefert|recibimos|recibido|llegaron} #",
        "{seulement|uniquement} # {ont|sont} {ete}? {livre|livres|livrees|recus|recues|arrives|arrivees}",
        "# {cases|rolls|boxes|cartons|pallets|units|pieces|items|bags|sacks|crates|drums} short",
        "{we have|we only have|there are|there are only|we've got} {only}? # {active|actual|current|live} {users|seats|"
        "licences|licenses|accounts|staff|employees}",
        f"{{booked|ordered|requested|asked for}} # _8 {{not|rather than|instead of}} # {_PEOPLE}",
        f"{{pay|paying|pay you}} for # {_PEOPLE} {{but}}? not {{for}}? #",
        f"# {_PEOPLE} too {{many|much}}",
        f"not # {_PEOPLE} for {{a|the}} {{full|whole|entire}} {{week|day|month|fortnight}}",
        negatable=False,
    ),
    rule(
        # overtime or hours never approved: "9.5 hours of overtime", "that's 12 hours we never approved"
        "dispute.quantity.any_hours_unapproved",
        CLEAR,
        "# {hours|hrs|hour} of {overtime|ot|extra time}",
        "# {hours|hrs|shifts|days|visits} {that|which}? {we|you}? {never|did not|have not|had not} {approved|authorised|"
        "authorized|agreed|signed off|booked|ordered|requested}",
        negatable=False,
    ),
    rule(
        # nobody came: "No operatives attended our site that week", "none of your engineers turned up"
        "dispute.not_received_goods.any_nobody_came",
        STRONG,
        # no comma between: "No problem, drivers arrived on time" is no complaint
        f"{{no|none of the|none of your|nobody from|no one from}} {_WORD}? {_WORD}? {{operatives|staff|workers|"
        "technicians|engineers|carers|temps|drivers|one|fitters|installers|cleaners|guards} {attended|came|turned up|"
        "showed up|arrived|worked|was sent|were sent}",
        negatable=False,
    ),
    rule(
        # the price the agreement sets, or the right one asked for: "our agreement is a flat rate of £14.03/hr",
        # "the agreement foresees a fee of 20%", "reissue with the correct rate", "the plate charge was waived",
        # "should be £5,100 + VAT, not £6,840", "le taux convenu dans notre contrat"
        "dispute.pricing.any_agreed_rate",
        CLEAR,
        "{agreement|contract|terms|rate card|msa|sow|framework agreement|quote|quotation} _6 {is|was|foresees|provides|"
        "provides for|sets|specifies|states|gives|says} {a}? {flat|fixed|agreed}? {rate|fee|price|charge} of",
        "{with|at|using|to} the {correct|right|agreed|contract|contracted|contractual} {rate|rates|price|prices|fee|fees|"
        "hourly rate|day rate}",
        "{should be|should have been|would be} {$|€} # _8 {not|instead of|rather than} {$|€} #",
        "{correct|right} {amount|fee|price|total|figure} {is|should be|would be} _2 {$|€} # _10 not {$|€} #",
        "{charge|fee|cost|setup|set up|delivery|freight|carriage} {was|were|would be|is} {waived|free|free of charge|"
        "included|at no charge|at no cost}",
        "{told|promised|said|assured} {that}? {it|this|that}? {was|would be|is} free",
        "{taux|taux horaire|tarif horaire} {convenu|convenus|negocie|contractuel|prevu|accorde|du contrat|de notre contrat}",
        negatable=False,
    ),
    rule(
        # spoilt on arrival, in the later authors' words: "3 llegaron abollados", "l'écran fissuré", "failed repeatedly"
        "dispute.damaged.any_detail_more",
        CLEAR,
        "{abollado|abollada|abollados|abolladas|rayado|rayada|rayados|rayadas|agrietado|agrietada|agrietados|agrietadas|"
        "rajado|rajada|rajados|rajadas|golpeados|golpeadas}",
        "{fissure|fissuree|fissures|fissurees|enfonce|enfoncee|enfonces|enfoncees|durci|durcis|durcie|durcies|detrempe|"
        "detrempes|detrempee|detrempees}",
        "{etaient|etait|sont|est} {durs|dures|dur|dure|mouilles|mouillees} {quand|a l ouverture|en les ouvrant}",
        "{que|qu} {je|nous|on} ne {peux|pouvons|peut} pas {utiliser|vendre|poser|installer}",
        "{failed|failing|broken down|broke down|stopped working|keep failing|keeps failing} {repeatedly|constantly|again|"
        "several times|multiple times|twice|since}",
        negatable=False,
        # "the card payment failed again", "the direct debit failed twice": a payment, no goods
        blockers=("payment", "payments", "card", "cards", "debit", "debits", "transfer", "transfers", "transaction",
                  "transactions", "upload", "login", "sync", "submission", "remittance", "bacs", "ach", "wire"),
    ),
    rule(
        # the invoice's channels named: "Cette facture ... ni par courrier ni par mail", "Rechnung ... weder per Post
        # noch per Mail"; the invoice in the same sentence
        "dispute.invoice_not_received.any_channel",
        STRONG,
        f"{_INVOICE_WORD} _20 {_CHANNEL}",
        f"{_CHANNEL} _12 {_INVOICE_WORD}",
        negatable=False,
    ),
    rule(
        # the channels alone weigh less: "The pallets never arrived and nobody told us, neither by phone nor by
        # email" says how nobody warned, and the goods are the reason
        "dispute.invoice_not_received.any_channel_bare",
        MEDIUM,
        _CHANNEL,
        negatable=False,
    ),
)

RESOLVED = RESOLVED + (
    rule(
        # "le litige est clos de notre côté", "la facture est validée et sera réglée le 15"
        "resolved.any.closed",
        CLEAR,
        "{litige|reclamation|dispute|query|claim|issue|reklamation|streitfall|reclamacion|incidencia} {is|est|ist|esta|"
        "was|a ete|wurde} {now|maintenant|desormais|nun|jetzt|ya}? {closed|clos|close|cloture|cloturee|geschlossen|erledigt|"
        "cerrado|cerrada|settled|regle|reglee}",
        "{facture|factures} {est|sont|a ete|ont ete} {maintenant|desormais|enfin}? {validee|validees|approuvee|approuvees|"
        "debloquee|debloquees}",
        "{invoice|invoices} {is|are|has been|have been} {now}? {validated|approved}",
        "{rechnung|rechnungen} {ist|sind|wurde|wurden} {jetzt|nun|inzwischen}? {freigegeben|genehmigt}",
        "{factura|facturas} {esta|estan|ha sido|han sido} {ya}? {aprobada|aprobadas|validada|validadas|conformada|"
        "conformadas}",
        negatable=False,
        # a condition, not news: "Until the invoice is approved by our buyer we cannot pay it", "dès que la facture
        # est validée"
        blockers=_AWAITED + ("jusqu'", "jusqu", "des", "lorsqu'", "lorsqu", "sobald", "bis", "hasta", "cuando"),
    ),
)

# Italian, Dutch and Afrikaans, Portuguese and Catalan (dev57-dev64: a Marseille food-service firm's
# Italian customers, Swiss instruments in Italian, Brussels furniture in Dutch, Johannesburg plant hire
# in Afrikaans, Valencia textiles in Portuguese and Catalan; own phrasings in
# tests/inbox/test_dispute_languages.py). Each family as in the languages above; the near misses are
# the words these languages share with a reminder ("fatture scadute" are overdue, not expired goods;
# "ons wag nog vir die munisipaliteit se betaling" waits for money, not goods).
_GOODS_IT = ("{merce|merci|ordine|ordinazione|consegna|materiale|prodotti|prodotto|articoli|articolo|pezzi|colli|collo|"
             "pacco|pacchi|spedizione|fornitura|strumento|strumenti|apparecchio|apparecchi|bancale|bancali|pallet|"
             "cartoni|scatole|casse}")
_GOODS_NL = ("{goederen|goedere|bestelling|bestellings|levering|aflewering|zending|besending|pakket|pakkie|materiaal|"
             "producten|produkte|artikelen|artikels|meubelen|meubels|toerusting|onderdelen|onderdele|pallets|dozen}")
_GOODS_PT = ("{mercadoria|mercadorias|encomenda|encomendas|entrega|material|produtos|produto|artigos|artigo|caixas|"
             "paletes|volumes|pedido|equipamento}")
_GOODS_CA = ("{mercaderia|mercaderies|comanda|comandes|lliurament|material|productes|producte|articles|caixes|palets|"
             "paquet|enviament}")
# "il link non funziona", "de website werkt niet": a web page or a login, no goods
_NOT_GOODS = ("link", "sito", "portale", "portal", "portaal", "website", "site", "email", "mail", "password", "wachtwoord",
              "senha", "codice", "code", "codigo", "iban", "login", "pagina")
_CONDITIONAL_NEW = ("se", "qualora", "als", "indien", "tenzij", "wanneer", "zodra", "as", "indien", "caso", "quando",
                    "si", "quan")
DISPUTE_RULES = DISPUTE_RULES + (
    # --- invoice_not_received
    rule(
        "dispute.invoice_not_received.it",
        STRONG,
        # the invoice right after the verb: not "non abbiamo ricevuto la merce della fattura 9"
        "{non|mai} _3 {ricevuto|ricevuta|ricevute|ricevuti|visto|vista|viste} {ancora|mai}? {la|le|questa|quella|queste|"
        "quelle|alcuna|nessuna|vostra|la vostra|tale}? {fattura|fatture}",
        "{fattura|fatture} _4 {non|mai} _3 {ricevuta|ricevute|pervenuta|pervenute|arrivata|arrivate|recapitata|recapitate}",
        "{nessuna} traccia {della|di questa|di quella|delle|di tale} {fattura|fatture}",
        "non {ne} {abbiamo|ho|troviamo} {alcuna}? traccia",
        negatable=False,
        # "la merce della fattura 91 non è mai arrivata": the goods
        blockers=("nota", "credito", "pagamento", "bonifico", "merce", "merci", "consegna", "ordine", "materiale",
                  "prodotti", "pezzi", "colli", "fornitura", "spedizione"),
    ),
    rule(
        "dispute.invoice_not_received.nl",
        STRONG,
        "{factuur|facturen|faktuur|fakture} _6 {nooit|niet|nie} {ontvangen|gekregen|gezien|toegekomen|aangekomen|bezorgd|"
        "binnengekomen|ontvang|gekry|gesien}",
        "{nooit|nie|geen} _3 {factuur|facturen|faktuur|fakture} _3 {ontvangen|gekregen|gezien|ontvang|gekry|gesien}",
        negatable=False,
        # "de creditnota voor factuur 12 hebben we nog niet ontvangen": the credit note is missing
        blockers=("creditnota", "kredietnota", "betaling", "creditnote", "krediet"),
    ),
    rule(
        "dispute.invoice_not_received.pt",
        STRONG,
        "{nao|nunca} _3 {recebemos|recebido|recebida|recebi|vimos} {ainda|nunca}? {a|as|essa|esta|essas|estas|nenhuma|"
        "qualquer|a vossa|a sua|vossa|sua}? {fatura|faturas|factura|facturas}",
        "{fatura|faturas|factura} _4 {nao|nunca} {nos}? {chegou|chegaram}",
        "{fatura|faturas|factura} _4 {nao|nunca} {nos}? {foi|foram} {recebida|recebidas|enviada|enviadas|entregue|entregues}",
        "{nao|nunca} {temos|tivemos} {registo|registro|conhecimento} {da|desta|dessa|das|destas|dessas} {fatura|faturas}",
        negatable=False,
        blockers=("nota", "credito", "pagamento"),
    ),
    rule(
        "dispute.invoice_not_received.ca",
        STRONG,
        "{no|mai} _3 {rebut|rebuda|rebudes|rebuts|vist|vista} {mai|encara}? {la|les|aquesta|aquestes|cap|la vostra|"
        "vostra}? {factura|factures}",
        "{factura|factures} _4 {no|mai} {ens}? {ha|han} {arribat|arribada|arribades}",
        negatable=False,
        blockers=("abonament", "pagament"),
    ),
    rule(
        # "non risulta nel nostro sistema", "staat niet in ons systeem", "não consta no nosso sistema"
        "dispute.invoice_not_received.any_records_more",
        CLEAR,
        "non {risulta|risultano|compare|compaiono|e presente|sono presenti} {nel|nei|nella|nelle|in} {nostro|nostri|nostra|"
        "nostre}? {sistema|gestionale|archivio|archivi|contabilita|registri|protocollo}",
        "{staat|staan|zit|zitten|is} _3 niet in {ons|onze} {systeem|boekhouding|administratie|boekhoudsysteem|"
        "boekhoudpakket|boekhoudprogramma|stelsel}",
        "nie in ons {stelsel|rekords|boeke} {nie}?",
        "nao {consta|constam|aparece|aparecem|esta|estao} {no|nos|na|nas|em} {nosso|nossos|nossa|nossas}? {sistema|registos|"
        "registros|contabilidade|arquivo}",
        "no {consta|consten|apareix|apareixen} {al|als|a la|en el|en la|a le} {nostre|nostra}? {sistema|comptabilitat|"
        "registre|registres|programa}",
        negatable=False,
    ),
    # --- duplicate_billing (the customer's own double payment is no double billing: "pagato due volte")
    rule(
        "dispute.duplicate_billing.it",
        STRONG,
        "{fatturato|fatturata|fatturati|fatturate|addebitato|addebitata|addebitati|addebitate|fatturare|addebitare} "
        "{due volte|2 volte|in doppio|doppio}",
        "{doppia|duplice} {fatturazione|fattura|addebito}",
        "{fattura|fatture|addebito} {doppia|doppie|duplicata|duplicate|doppio|ripetuta|ripetute}",
        "gia {fatturato|fatturata|fatturati|fatturate|addebitato|addebitata|addebitati|addebitate}",
        "{un|e un|sono} {doppione|duplicato}",
        negatable=False,
    ),
    rule(
        "dispute.duplicate_billing.nl",
        STRONG,
        "{dubbel|twee keer|tweemaal|2 keer|twee maal} {gefactureerd|aangerekend|gefaktureer|gedebiteerd|in rekening gebracht|"
        "gefakturer|gefaktureerd|gehef}",
        "{dubbele|dubbel} {factuur|facturatie|faktuur|fakturering|aanrekening|facturering|debitering}",
        "{reeds|al|alreeds|klaar} {gefactureerd|aangerekend|gefaktureer|in rekening gebracht}",
        "{factureert|factureren|rekenen|rekent|faktureer} _4 {dubbel|twee keer|tweemaal}",
        negatable=False,
    ),
    rule(
        "dispute.duplicate_billing.pt",
        STRONG,
        "{faturado|faturada|faturados|faturadas|cobrado|cobrada|cobrados|cobradas|debitado|debitada|faturaram|cobraram} "
        "{duas vezes|2 vezes|em duplicado|a dobrar}",
        "{fatura|faturas|faturacao|cobranca} {duplicada|duplicadas|em duplicado|repetida|repetidas}",
        "{dupla|duplicada} {faturacao|fatura|cobranca}",
        "ja {foi|foram|tinha sido|tinham sido}? {faturado|faturada|faturados|faturadas}",
        negatable=False,
    ),
    rule(
        "dispute.duplicate_billing.ca",
        STRONG,
        "{facturat|facturada|facturats|facturades|cobrat|cobrada|cobrats|cobrades} {dues vegades|2 vegades|per duplicat}",
        "{factura|factures|facturacio} {duplicada|duplicades|repetida|repetides|doble}",
        "doble facturacio",
        "ja {facturat|facturada|facturats|facturades}",
        negatable=False,
    ),
    # --- not_received_goods
    rule(
        "dispute.not_received_goods.it",
        STRONG,
        f"{{non|mai}} _3 {{ricevuto|ricevuta|ricevuti|ricevute|consegnato|consegnata|consegnati|consegnate}} {{il|la|lo|i|"
        f"le|gli|alcun|alcuna|nessun|nessuna|la nostra|il nostro|l}}? {_GOODS_IT}",
        f"{_GOODS_IT} _3 {{non|mai}} {{ci}}? {{e|sono|e stata|e stato|sono stati|sono state|ha}}? {{mai|ancora}}? "
        "{arrivato|arrivata|arrivati|arrivate|consegnato|consegnata|consegnati|consegnate|pervenuto|pervenuta|pervenuti|"
        "pervenute|avvenuta|avvenuto|effettuata|effettuato|eseguita|eseguito}",
        f"{{siamo|restiamo|rimaniamo}} {{ancora}}? in attesa {{della|del|dei|delle|dello|degli}} {_GOODS_IT}",
        "{nessuna|nessun} {consegna|fornitura|intervento|tecnico|corriere} _3 {e}? {mai}? {arrivata|arrivato|avvenuta|"
        "avvenuto|venuto|passato|effettuata|effettuato}",
        negatable=False,
        blockers=_CONDITIONAL_NEW,
    ),
    rule(
        "dispute.not_received_goods.nl",
        STRONG,
        f"{_GOODS_NL} _4 {{nooit|niet|nie|nog niet|nog steeds niet|nog altijd niet}} {{geleverd|ontvangen|aangekomen|"
        "toegekomen|bezorgd|afgeleverd|gekregen|afgelewer|gelewer|ontvang|aangekom|opgedaag|gekry}",
        f"{{nooit|geen|nie}} _3 {_GOODS_NL} _3 {{ontvangen|gekregen|geleverd|ontvang|gekry|afgelewer}}",
        f"{{wachten|wacht|wag}} {{nog|nog steeds|nog altijd|steeds|nou nog}} {{op|vir}} {{de|onze|het|uw|die|ons}} {_GOODS_NL}",
        "nooit {geleverd|afgeleverd|afgelewer|gelewer|opgedaag|aangekom}",
        negatable=False,
        blockers=_CONDITIONAL_NEW,
    ),
    rule(
        "dispute.not_received_goods.pt",
        STRONG,
        f"{{nao|nunca}} _3 {{recebemos|recebido|recebida|recebidos|recebidas|entregue|entregues|entregaram|chegou|chegaram}} "
        f"{{a|o|as|os|nenhuma|nenhum|a nossa|o nosso}}? {_GOODS_PT}",
        f"{_GOODS_PT} _3 {{nao|nunca}} {{nos}}? {{foi|foram}}? {{entregue|entregues|recebida|recebidas|recebido|recebidos|"
        "chegou|chegaram|realizada|efetuada}",
        f"{{aguardamos|esperamos}} {{ainda}}? {{a|o|as|os|pela|pelo}} {_GOODS_PT}",
        negatable=False,
        blockers=_CONDITIONAL_NEW,
    ),
    rule(
        "dispute.not_received_goods.ca",
        STRONG,
        f"{{no|mai}} _3 {{rebut|rebuda|rebuts|rebudes|lliurat|lliurada|lliurats|lliurades}} {{la|el|les|els|cap}}? {_GOODS_CA}",
        f"{_GOODS_CA} _3 {{no|mai}} {{ens}}? {{ha|han}}? {{arribat|arribada|arribats|arribades|lliurat|lliurada|lliurats|"
        "lliurades}",
        f"{{encara}}? {{esperem|estem esperant}} {{la|el|les|els}} {_GOODS_CA}",
        negatable=False,
        blockers=_CONDITIONAL_NEW,
    ),
    # --- damaged ("scaduta" is an overdue invoice, "danno" a verb, "partidas" ledger items: left out)
    rule(
        "dispute.damaged.it",
        CLEAR,
        "{danneggiato|danneggiata|danneggiati|danneggiate|rotto|rotta|rotti|rotte|difettoso|difettosa|difettosi|difettose|"
        "ammaccato|ammaccata|ammaccati|ammaccate|schiacciato|schiacciata|schiacciati|"
        "schiacciate|bucata|bucate|bucati|graffiato|graffiata|graffiati|graffiate|rovinato|"
        "rovinata|rovinati|rovinate|avariato|avariata|avariati|avariate|incrinato|incrinata|incrinati|incrinate|crepato|"
        "crepata|strappato|strappata|strappati|ammuffito|ammuffita|ammuffiti|inutilizzabile|inutilizzabili|danni|"
        "difettosita|malfunzionamento|malfunzionamenti}",
        "{qualita} {scadente|pessima|insufficiente|difettosa}",
        "{difetto|difetti|problema|problemi} di {qualita|fabbricazione|funzionamento}",
        # as a state only: "un guasto informatico" is the payer's own breakdown, "penne rigate" a pasta
        "{e|sono|era|erano|arrivato|arrivata|arrivati|arrivate|consegnato|consegnata|consegnati|consegnate|risulta|"
        "risultano} {guasto|guasta|guasti|guaste|rigato|rigata|rigati|rigate}",
    ),
    rule("dispute.damaged.it_neg", CLEAR, "non {funziona|funzionano|funzionava|funzionavano|si accende|parte}",
         negatable=False, blockers=_CONDITIONAL_NEW + _NOT_GOODS),
    rule(
        "dispute.damaged.nl",
        CLEAR,
        # "defect" as a state only: the English "defect liability period" is no damage
        "{is|zijn|was|waren|werd|werden|toestel|geleverd|aangekomen} defect",
        "{beschadigd|beschadigde|kapot|kapotte|defecte|gebroken|gebarsten|gedeukt|deuk|deuken|bekrast|krassen|"
        "lekt|lekken|lekkage|waterschade|transportschade|ondeugdelijk|ondeugdelijke|beschimmeld|verrot|beskadig|"
        "beskadigde|stukkend|stukkende|gebreek|gebreekte|defek|defekte|lekkasie|gekraak|gekrap}",
        "{slechte|gebrekkige|ondermaatse|swak|swak gehalte} {kwaliteit|gehalte}",
        "{kwaliteitsprobleem|kwaliteitsproblemen}",
    ),
    rule("dispute.damaged.nl_neg", CLEAR, "{werkt|werken|werkte|werkten} {al}? {niet|niet meer|nooit}",
         negatable=False, blockers=_CONDITIONAL_NEW + _NOT_GOODS),
    rule(
        "dispute.damaged.pt",
        CLEAR,
        "{danificado|danificada|danificados|danificadas|avariado|avariada|avariados|avariadas|estragado|estragada|"
        "estragados|estragadas|defeituoso|defeituosa|defeituosos|defeituosas|rasgado|rasgada|rasgados|rasgadas|manchado|"
        "manchada|manchados|manchadas|amolgado|amolgada|amolgados|amolgadas|riscado|riscada|riscados|riscadas|furado|"
        "furada|furados|furadas|inutilizavel|inutilizaveis}",
        "{vieram|chegaram|chegou|veio|estavam|estava} {partidos|partidas|partido|partida|rotos|rotas}",
        "com {defeito|defeitos|danos}",
        "{ma|fraca|pessima|baixa} qualidade",
        "{danyat|danyada|danyats|danyades|trencat|trencada|trencats|trencades|defectuos|defectuosa|defectuosos|defectuoses|"
        "espatllat|espatllada|espatllats|espatllades|malmes|malmesa|malmesos|malmeses|esquincat|esquincada}",
        "mala qualitat",
        # "3 roupões devolvidos com defeito" in a remittance's deduction: sent back and settled
        blockers=("devolvidos", "devolvidas", "devolvido", "devolvida", "descontamos", "descontado"),
    ),
    rule("dispute.damaged.pt_neg", CLEAR, "nao {funciona|funcionam|funcionava|liga}", negatable=False,
         blockers=_CONDITIONAL_NEW + _NOT_GOODS),
    rule("dispute.damaged.any_compliance_more", MEDIUM, "{non conforme|non conformi|niet conform|nao conforme|"
         "nao conformes|no conforme|no conformes}"),
    # --- quantity
    rule(
        "dispute.quantity.it",
        CLEAR,
        "{quantita} {errata|errate|sbagliata|sbagliate|diversa|diverse|non corretta|non corrisponde|fatturata|fatturate}",
        "{errore|differenza|discrepanza} {di|nella|nelle|sulla|sulle|delle} {quantita}",
        # a count of goods, not "manca 1 settimana alla chiusura"
        "{mancano|mancavano|mancava|manca} {ancora}? # {pezzi|colli|cartoni|bancali|scatole|confezioni|articoli|casse|"
        "bottiglie|sacchi|unita|pezzo|collo|cartone|bancale|scatola|confezione|articolo|cassa|bottiglia|sacco|kg|litri|"
        "metri|rotoli}",
        "{mancano|mancavano} {ancora}? # _3 {dalla|dall'|dall|nella|della|alla} {consegna|spedizione|fornitura|bolla|ordine}",
        "# _2 {mancanti}",
        "{pezzi|colli|cartoni|bancali|scatole|confezioni|articoli|casse|bottiglie|sacchi|unita} {mancanti}",
        "{consegna|fornitura|spedizione} {parziale|incompleta}",
        negatable=False,
    ),
    rule(
        "dispute.quantity.nl",
        CLEAR,
        "{ontbreken|ontbraken|ontbreekt|ontbrak|ontbreek|makeer} {er|nog}? #",
        "# _3 {ontbreken|ontbraken|ontbrekende|ontbreek|makeer}",
        "{verkeerde|foute|onjuiste} {hoeveelheid|hoeveelheden|aantallen|aantal|hoeveelhede}",
        "{hoeveelheid|hoeveelheden|aantal|aantallen} {klopt|kloppen} niet",
        "{onvolledige|gedeeltelijke|onvolledig} {levering|zending|bestelling|aflewering}",
        "{slechts|maar|enkel|alleen|net|slegs} # _3 {geleverd|ontvangen|aangekomen|afgelewer|ontvang|gelewer}",
        negatable=False,
    ),
    rule(
        "dispute.quantity.pt",
        CLEAR,
        "{quantidade|quantidades} {errada|erradas|incorreta|incorretas|diferente|diferentes}",
        "{erro|diferenca} {na|nas|de} {quantidade|quantidades}",
        # a count of goods, not "faltam 3 dias para o fim do mês"
        "{faltam|faltavam|faltaram} # {unidades|caixas|paletes|volumes|pecas|artigos|toalhas|lencois|jogos|rolos|sacos|"
        "garrafas|kg|metros|embalagens}",
        "# _2 em falta",
        "{entrega|encomenda} {parcial|incompleta}",
        "{quantitat|quantitats} {incorrecta|incorrectes|erronia|erronies|equivocada}",
        "{falten|faltaven} # {unitats|caixes|palets|peces|articles|bultos|rotllos|metres|kg|jocs|paquets}",
        "{lliurament|comanda|enviament} {parcial|incomplet|incompleta}",
        negatable=False,
    ),
    rule(
        # the count billed against the count received, any order: "ci avete fatturato 12 termometri, ma ne abbiamo
        # ricevuti 10", "gefactureerd 20 stoelen, geleverd 18", "faturaram 30 jogos e recebemos 24", "me cobrais 50
        # mantas y me llegaron 40", "La facture indique 22 palettes, mais nous en avons expédié 18"
        "dispute.quantity.any_billed_received_more",
        CLEAR,
        "{fatturato|fatturati|fatturate|fatturata|fatturano|addebitato|addebitati|gefactureerd|aangerekend|gefaktureer|"
        "faturaram|faturam|faturado|faturados|faturadas|cobraram|cobrado|cobrados|facturat|facturats|facturades|cobrat|"
        "cobrais|facturais|cobrasteis|facturasteis} {ci|ons|nos|ens|me}? # _8 {ricevuti|ricevute|ricevuto|consegnati|"
        "consegnate|arrivati|arrivate|geleverd|ontvangen|afgelewer|ontvang|recebemos|recebidos|recebidas|chegaram|"
        "entregues|rebut|rebuts|rebudes|arribat|arribats|arribades|llegaron|recibimos|entregaron|llego} {solo|soltanto|"
        "slechts|maar|net|apenas|so|nomes}? #",
        "{ricevuti|ricevute|consegnati|consegnate|arrivati|arrivate|geleverd|ontvangen|afgelewer|recebemos|chegaram|"
        "entregaram|rebut|arribat|arribats} {solo|soltanto|slechts|maar|net|apenas|so|nomes}? # _8 {fatturati|fatturate|"
        "fatturato|addebitati|gefactureerd|aangerekend|gefaktureer|faturados|faturadas|faturaram|faturam|cobram|cobraram|"
        "facturats|facturades|facturen|cobren} #",
        "{facture|factures|invoice|bill} _3 {indique|indiquent|mentionne|mentionnent|porte|compte|shows|says|lists|states|"
        "has} # _6 {mais|alors que|alors qu|or|tandis que|but|yet|whereas|while} _4 {expedie|expedies|expediees|livre|"
        "livres|livrees|recu|recus|recues|eu|commande|commandes|shipped|received|delivered|got|ordered|loaded|sent} "
        "{seulement|only|just}? #",
        negatable=False,
    ),
    # --- pricing
    rule(
        "dispute.pricing.it",
        CLEAR,
        "{prezzo|prezzi|importo|tariffa|tariffe} {e|sono|risulta|risultano}? {errato|errata|errati|sbagliato|sbagliata|"
        "sbagliati|diverso|diversa|non corretto|non corretta|piu alto|piu alti|superiore|superiori|maggiorato|"
        "non corrisponde|non concordato}",
        # a price, not "l'importo concordato" (the sum of a payment arrangement)
        "{prezzo|prezzi|tariffa|tariffe} {concordato|concordati|concordata|pattuito|pattuiti|pattuita|convenuto|"
        "di listino|da listino|contrattuale}",
        "importo {di listino|da listino|contrattuale}",
        "{prezzo|prezzi|tariffa|importo} {dell'|dell|del|della} {offerta|preventivo|contratto|listino}",
        "non {corrisponde|corrispondono} {al|all'|all|alla|a} {preventivo|offerta|listino|contratto|prezzo concordato}",
        "{come da|secondo|in base al|in base all'|rispetto al|rispetto all'|diversamente dal|diversamente dall'} "
        "{nostra|vostra|nostro|vostro}? {offerta|preventivo|listino}",
        "{sconto} _6 non {applicato|applicata|considerato|riportato|indicato}",
        "{sconto} {non applicato|mancante|dimenticato}",
        "{costo|costi|spese|supplemento|importo|voce|addebito|addebiti} _4 {mai|non} {concordato|concordata|concordati|"
        "concordate|pattuito|pattuita|pattuiti|autorizzato|autorizzati|richiesto|richiesti}",
        negatable=False,
    ),
    rule(
        "dispute.pricing.nl",
        CLEAR,
        "{verkeerde|foute|onjuiste|hogere|te hoge|verkeerde|foutiewe} {prijs|prijzen|eenheidsprijs|tarief|tarieven|"
        "uurtarief|dagtarief|prys|pryse|koers|tarief}",
        "{prijs|prijzen|tarief|eenheidsprijs|prys|pryse|koers} {klopt|kloppen} niet",
        "{prijs|prijzen|tarief|eenheidsprijs|prys|pryse|koers} {is|zijn|lijkt} {fout|verkeerd|onjuist|te hoog|foutief}",
        # not "het afgesproken bedrag" (the sum of a payment arrangement)
        "{afgesproken|overeengekomen|ooreengekome|geoffreerde|gekwoteerde|contractuele|afgesproke|overeengekome} "
        "{prijs|prijzen|tarief|tarieven|prys|pryse|koers}",
        "{geoffreerde|gekwoteerde|contractuele} bedrag",
        "{volgens|conform|luidens|anders dan} {de|het|onze|uw|die|ons|julle}? {offerte|kwotasie|kwotasies|prijslijst|"
        "pryslys|prijsafspraak|prijsofferte}",
        "{korting|afslag} _6 {niet|nie} {toegepast|verrekend|afgetrokken|toegepas|afgetrek|gegeven|gegee}",
        # not "nog niet goedgekeurd": an approval pending, no contest
        "{nooit|niet|nie} {afgesproken|overeengekomen|ooreengekom|afgespreek}",
        "{prijsverhoging|prysverhoging|prijsstijging|indexering|prijsaanpassing} _6 {niet|nie|nooit} {afgesproken|"
        "aanvaard|goedgekeurd|aanvaar|ooreengekom|meegedeeld}",
        negatable=False,
    ),
    rule(
        "dispute.pricing.pt",
        CLEAR,
        "{preco|precos|valor|tarifa} {esta|estao|e|foi}? {errado|errada|errados|incorreto|incorreta|incorretos|superior|"
        "mais alto|nao corresponde}",
        # not "o valor acordado" (the sum of a payment arrangement)
        "{preco|precos|tarifa} {acordado|acordada|acordados|combinado|combinada|combinados|negociado|negociada|"
        "contratado|da proposta|do orcamento|da tabela}",
        "valor {da proposta|do orcamento|da tabela}",
        "{segundo|conforme|de acordo com} {o|a|a nossa|o nosso|a vossa|o vosso}? {orcamento|proposta|tabela de precos}",
        "desconto _6 nao {foi}? {aplicado|aplicada|considerado|refletido|incluido}",
        "nunca {foi|foram}? {acordado|acordada|combinado|combinada|aceite|aprovado|aprovada}",
        "{preu|preus|import|tarifa} {es|son}? {incorrecte|incorrectes|erroni|erronia|superior|no correspon}",
        "{factuur|faktuur|bedrag|prijs|prys} _2 {is|zijn|lijkt} {te hoog|veel te hoog|te duur|hoger dan}",
        "{preu|preus|tarifa} {acordat|acordats|pactat|pactats|convingut|del pressupost}",
        "{segons|de acord amb|conforme a} {el|la|le|els|les|nostre|nostra|vostre|vostra}? {pressupost|oferta}",
        "descompte _6 no {aplicat|aplicada|inclos|tingut en compte}",
        negatable=False,
    ),
    # --- tax
    rule(
        "dispute.tax.it_nl_pt_ca",
        MEDIUM,
        "{iva} _4 {errata|sbagliata|non corretta|non dovuta|non applicabile|errado|errada|incorreto|incorreta|indevido|"
        "indevida|incorrecte|incorrecta|erroni|erronia}",
        "{esente|esenti|esenzione|isento|isenta|isentos|isencao|exempt|exempta|exempcio} {da|dall'|de|d}? {iva}",
        "{reverse charge|inversione contabile|autoliquidacao|inversao do sujeito passivo|inversio del subjecte passiu}",
        "{btw|b.t.w.} _4 {fout|verkeerd|onjuist|niet verschuldigd|ten onrechte|verlegd|foutief}",
        "{vrijgesteld|vrijstelling|vrygestel|vrystelling} {van}? {btw}",
    ),
    # routine on these countries' invoices ("aliquota 22%", "split payment", "BTW verlegd - medecontractant"):
    # they only name the reason of a contest made otherwise
    rule("dispute.tax.it_nl_pt_ca_word", HINT, "{aliquota|split payment|scissione dei pagamenti|non imponibile|"
         "btw tarief|btw-tarief|btw percentage|btw-percentage|btw verlegd|medecontractant}"),
    # --- other: contested, refused, held
    rule(
        "dispute.other.it_nl_pt_ca",
        MEDIUM,
        # not "contestaré", "contesto", "contestamos", "contestación": Spanish for answering
        "{contestiamo|contestazione|contestata|contestate|contestato|reclamiamo|disaccordo}",
        "{sospendiamo|blocchiamo|tratteniamo} {il}? {pagamento|pagamenti}",
        "{pagamento|pagamenti} {sospeso|sospesi|bloccato|bloccati|trattenuto}",
        # what the payment waits for is the correction, not "solo quando il nostro cliente ci paga"
        "{paghiamo|pagheremo|saldiamo|salderemo} {solo|soltanto|solamente} {dopo|quando|al|alla|una volta} _4 {nota di "
        "credito|nota credito|correzione|fattura corretta|nuova fattura|sostituzione|riparazione|merce|consegna}",
        "{betwisten|betwist|betwisting|betwis|betwiste|protesteren|reclameren|reclamatie}",
        "{houden|hou|houdt|hou ons|houden wij|houden we} _4 {betaling|betalingen} {aan|tegen|terug}",
        "{betaling|betalingen} _3 {opgeschort|geblokkeerd|tegengehouden|aangehouden|teruggehou}",
        "{pas|eers} {na|wanneer|zodra|als} _4 {creditnota|kredietnota|correctie|gecorrigeerde|nieuwe factuur|vervanging|"
        "herstelling|levering}",
        "{discordamos|reclamamos}",
        "{contestamos|contestar} {a|esta|essa|este|esse|o}? {fatura|faturas|valor|cobranca|debito}",
        "{pagamento} {suspenso|bloqueado|retido}",
        "{suspendemos|retemos|bloqueamos} {o}? pagamento",
        "{so|apenas} {pagamos|pagaremos|iremos pagar|vamos pagar} {apos|depois|quando} _4 {nota de credito|credito|correcao|"
        "fatura corrigida|nova fatura|substituicao|reparacao|entrega|mercadoria}",
        "{reclamacio|reclamem|impugnem}",
        "{pagament} {bloquejat|retingut|suspes}",
        # "i pagamenti sono sospesi durante la moratoria": a court procedure, no contest
        blockers=_CONDITIONAL_NEW + ("moratoria", "procedura", "concordato", "liquidazione", "insolvencia",
                                     "faillissement", "moratorium"),
    ),
    rule(
        # the customer refuses to pay the invoice: "non la paghiamo tutta", "wij betalen deze factuur niet", "ons sal
        # nie hierdie faktuur betaal nie", "não vamos pagar", "no la pagarem"
        "dispute.other.refuse_more",
        MEDIUM,
        "non {la|le|lo|li}? {paghiamo|pagheremo|salderemo|saldiamo} {tutta|tutte|tutto|finche|fino|se non|prima}",
        "{wij|we|ons} {betalen|betaal} {deze|die|hierdie|de|het|dit}? {factuur|faktuur|bedrag|rekening}? {niet|nie}",
        "{sal|gaan|zullen} _3 {niet|nie} betaal {nie}?",
        "no {la|les|el|els}? {pagarem|pagarem fins}",
        # the invoice itself wrong, or to be cancelled: "la fattura è sbagliata", "die faktuur is verkeerd", "a fatura
        # está errada", "vi preghiamo di stornare la fattura", "gelieve de factuur te crediteren", "anulem a fatura"
        "{fattura|fatture} _2 {e|sono} {errata|errate|sbagliata|sbagliate|non corretta|non corrette}",
        "{factuur|faktuur|facturen|fakture} _2 {is|zijn} {verkeerd|foutief|fout|onjuist|niet correct|nie korrek}",
        "{factuur|faktuur|facturen|fakture} _2 {klopt|klop|kloppen} {niet|nie}",
        "{fatura|faturas} _2 {esta|estao|e} {errada|erradas|incorreta|incorretas}",
        "{factura|factures} _2 {es|son} {incorrecta|incorrectes|erronia|erronies}",
        "{annullare|stornare|annullate|stornate|annulliamo} {la|questa|tale|le|queste}? {fattura|fatture}",
        "{errore|errori} {nella|sulla|nelle|sulle|in} {fattura|fatture|fatturazione}",
        "{fout|fouten} {in|op} {de|deze|uw|die} {factuur|facturen|faktuur|facturatie}",
        "{erro|erros} {na|nesta|nessa|nas} {fatura|faturas|faturacao}",
        "{error|errors} {a la|en la|a les} {factura|factures}",
        # charged for what was free or under warranty: "doveva essere gratuito", "zou gratis zijn", "devia ser gratuito"
        "{doveva|dovevano|avrebbe dovuto} essere {gratuito|gratuita|gratuiti|incluso|inclusa|compreso|compresa}",
        "{in|sotto} garanzia",
        "{zou|zouden|sou} {gratis|kosteloos} {zijn|wees}",
        "onder {de}? {garantie|waarborg}",
        "{devia|deveria|deviam} ser {gratuito|gratuita|gratis|incluido|incluida}",
        "{em|na|dentro da} garantia",
        # never ordered: "non l'abbiamo mai ordinato", "nooit besteld", "nunca encomendámos", "mai hem demanat"
        "{mai|non} {ordinato|ordinata|ordinati|ordinate|richiesto|richiesta|richiesti}",
        "{nooit|niet|nie} {besteld|bestel|aangevraagd}",
        # "não pedimos mais do que uma semana": asking, not ordering
        "{nunca|nao} {encomendamos|encomendei}",
        "nunca {pedimos|solicitamos}",
        "nao {pedimos|solicitamos} {este|esta|estes|estas|esse|essa|esses|essas|o|a|os|as}? {material|artigo|artigos|"
        "servico|servicos|produto|produtos|encomenda|equipamento|mercadoria|mercadorias|trabalho|trabalhos}",
        "{no|mai} {hem demanat|vam demanar|hem encarregat}",
        "{factuur|faktuur} _3 {crediteren|annuleren|kanselleer|krediteer}",
        "{anular|anulem|cancelar|cancelem} {a|esta|essa}? {fatura|faturas}",
        # their own negation: "non siamo d'accordo", "niet akkoord", "não concordamos", "no estem d'acord"
        "non {siamo|sono} de accordo",
        "{niet|nie} akkoord",
        "nao {concordamos|aceitamos|vamos pagar|pagaremos}",
        "no {estem|estic} de acord",
        negatable=False,
        blockers=_CONDITIONAL_NEW + ("kunnen", "kan", "possiamo", "podemos", "puc", "podem"),
    ),
)

# Reason only: what the new authors' en/fr/it/nl/pt/ca words name once a contest is made.
REASON_DETAILS = REASON_DETAILS + (
    rule(
        # arrived pierced or soaked, or with a fault: "arrivées percées, le carton était trempé", "arrived with a
        # hydraulic leak on the boom", "présentait un défaut du module optique", "n'a jamais pu être utilisé"
        "dispute.damaged.any_arrived_with",
        CLEAR,
        "{perce|percee|perces|percees|trempe|trempee|trempes|trempees}",
        "{arrived|came|delivered|turned up|was delivered|were delivered|showed up} with {a|an}? _3 {leak|leaks|fault|faults|"
        "defect|defects|crack|cracks|dent|dents|hole|holes|tear|tears|damage|puncture}",
        "{un|des} {defaut|defauts} {du|des|sur|au niveau}",
        "jamais pu etre {utilise|utilisee|utilises|utilisees|mis en service|mise en service|installe|installee}",
        negatable=False,
    ),
    rule(
        # print defects are faulty goods: "the brochures came back smudged", "half the run is blurry", "bad trim";
        # printed "off colour" is the wrong goods (see below)
        "dispute.damaged.any_print",
        CLEAR,
        "{smudged|smudging|smeared|smearing|blurry|blurred|misprinted|misprint|misprints|streaky|streaked|miscut|"
        "mis cut|mis-cut|misregistered|misregistration|pixelated}",
        "{ink} {smear|smears|smudges|bleeding|rubbing off|rubs off|offset}",
        "{bad|poor|wrong|uneven|crooked} {trim|trimming|cut|cutting|binding|registration|print quality}",
        "{faded|fading} {print|prints|printing|ink|colors|colours|images}",
        negatable=False,
    ),
    rule(
        # printed off colour, the wrong goods as "wrong colour" is: "the banners printed way off color"
        "dispute.other.wrong_goods_print",
        CLEAR,
        "{printed|came out|came back|ran|run|prints|print} {way|completely|totally|badly|noticeably|all}? {off color|"
        "off colour|off-color|off-colour}",
        "{doesn't|does not|don't|do not|didn't|did not} match {the|our}? {approved|signed off|signed}? {proof|proofs|pms|"
        "swatch|swatches|pantone}",
        negatable=False,
    ),
    rule(
        # freight accessorials and the like, named in a contest: "disputes the accessorial charges", "detention"
        "dispute.pricing.any_accessorial",
        MEDIUM,
        # not "detention": whether waiting time applies is argued as "other" ("the driver was late, so he waited")
        "{accessorial|accessorials|liftgate|lift gate|redelivery fee|residential fee}",
        "{vervoerkoste|vervoerkosten|transportkosten|leveringskosten|afleweringskoste|spese di trasporto|spese di consegna|"
        "portes|custos de transporte|despeses de transport}",
        "{aflewering|vervoer|levering|transport|installasie|installatie|vracht|vrag|consegna|trasporto|entrega|transporte|"
        "lliurament} {is|was|zit|sit|e|era|esta|estava|es}? {ingesluit|inbegrepen|inbegrepe|inbegryp|inclusief|inclusa|"
        "incluso|compresa|compreso|incluida|incluido|inclos|inclosa}",
        negatable=False,
    ),
    rule(
        # exempt, told with the state named: "exempt from Illinois sales tax", "our exemption number is E99"
        "dispute.tax.any_exempt_more",
        CLEAR,
        "exempt from _3 {sales tax|tax|taxes|vat|sales and use tax|use tax}",
        "{exemption|exempt} {number|no|#|id|certificate number}",
        negatable=False,
    ),
)

# The new authors' en/fr/de/es wordings that contest in themselves.
DISPUTE_RULES = DISPUTE_RULES + (
    rule(
        # the tax to come off: "please rebill without the tax", "reissue the invoice without tax", "we should not be
        # charged IL tax at all"
        "dispute.tax.any_without",
        CLEAR,
        "{reissue|rebill|re issue|resend|redo|correct|amend|revise|re-issue|re-bill} _4 without {the}? {sales|state|local|il}? "
        "{tax|taxes|vat|gst}",
        "{should not|shouldn't|should never|must not} be {charged|billed} _3 {tax|taxes|vat|gst|sales tax}",
        negatable=False,
    ),
    rule(
        # the rate billed against the customer's document: "The daily rate on X is R4 850/day, but your quote Q-2211
        # says R3 900/day"; a price quoted against the price billed: "quoted $650 all in ... inv 5144 is $996.78"
        "dispute.pricing.any_but_quote_says",
        CLEAR,
        "{rate|price|prices|rates|amount|charge|fee|cost|unit price} _10 {but|yet|whereas|while} {your|the|our} {quote|"
        "quotation|contract|agreement|po|purchase order|price list|rate card|offer|estimate|proposal} _4 {says|said|states|"
        "stated|shows|showed|gives|gave|lists|listed|quotes|quoted|specifies|has|had}",
        "quoted {us}? {$|€|£}? # _20 {invoice|inv|bill} _4 {is|is for|was|shows|totals|comes to|came to|at} {$|€|£}? #",
        "{i|we} {never|didn't|did not|have not|haven't} {ask for|asked for|order|ordered|request|requested|need|needed} {a|an|"
        "any|the}? {liftgate|lift gate|tailgate|inside delivery|residential delivery|appointment|redelivery|storage|"
        "pallet jack|hand unload|expedite|rush}",
        "{offerierten|offerierte|offerierter|offeriert} {preis|preise|betrag|pauschale|preises}",
        "{gemass|laut|gem} {offerte|offerten|angebot|kostenvoranschlag} {vom|nr|nummer} _8 {vereinbart|offeriert|abgemacht}",
        negatable=False,
    ),
    rule(
        # the same thing twice, said by its look: "X and Y look like the same order", "we only placed that order once"
        "dispute.duplicate_billing.any_same_order",
        STRONG,
        "{look|looks|looked|seem|seems|appear|appears} {like|to be} the same {order|delivery|invoice|shipment|job|charge|po|"
        "load|work}",
        "{we|i} {only|just} {placed|put through|submitted|sent|put in|raised} {that|the|this|our|one}? {order|po} once",
        negatable=False,
    ),
    rule(
        # "Unsere Mandantin bestreitet die Forderung", "Corríjanla por favor"
        "dispute.other.explicit_more",
        MEDIUM,
        "{bestreitet|bestreiten|bestreite} {die|den|das|diese|diesen|unsere|ihre} {forderung|rechnung|betrag|"
        "rechnungsbetrag|berechnung}",
        "{corrijanla|corrijanlo|corrijala|corrijalo|corrijan|rectifiquenla|rectifiquen|rectifiquenlo}",
        negatable=False,
    ),
)

RESOLVED = RESOLVED + (
    rule(
        # the hold told about here, argued elsewhere: "is on hold pending a credit note (see separate thread)", "on
        # hold until we get the rate confirmation, see my other email": a generic hold is no dispute of this message
        "resolved.any.elsewhere",
        CLEAR,
        "see {my|our|the}? {other|separate|previous|earlier} {email|e mail|mail|thread|message|correspondence}",
        negatable=False,
    ),
)

DISPUTE_RULES = with_blockers(DISPUTE_RULES, ("dispute.other.en_hold",),
                              # "we switched banks and EFTs were on hold": the customer's bank, no contest
                              ("eft", "efts", "wire", "wires", "ach", "bank", "banks", "banking"))
DISPUTE_RULES = with_blockers(DISPUTE_RULES, ("dispute.other.fr_blocked",),
                              # "le budget du service est bloqué jusqu'à la clôture": the customer's money
                              ("budget", "budgets", "tresorerie", "fonds", "credits"))
DISPUTE_RULES = with_blockers(DISPUTE_RULES, ("dispute.damaged.de_return",),
                              # "sonst wird das Paket retourniert": a threat of a courier (a lure), not goods sent back
                              ("sonst", "wird", "werden", "andernfalls"))
DISPUTE_RULES = with_blockers(DISPUTE_RULES, ("dispute.duplicate_billing.en",),
                              # "we paid invoice 1104 twice": the customer's double payment, to refund or allocate
                              ("paid", "payed", "pay", "paying"))

DISPUTE_RULES = with_blockers(DISPUTE_RULES, ("dispute.other.en_hold",),
                              # "your sales team told us our order is on hold": the supplier's hold on the customer's
                              # order (as "orders" above), not a payment the customer withholds
                              ("order",))
DISPUTE_RULES = with_blockers(DISPUTE_RULES, ("dispute.damaged.any_return",),
                              # "your direct debit was returned by our bank", "le prélèvement a été retourné": a
                              # payment that bounced, not goods sent back
                              ("debit", "debits", "prelevement", "prelevements", "lastschrift", "lastschriften", "recibo",
                               "recibos", "domiciliacion", "mandate", "mandat"))

SETTLED = SETTLED + (
    rule(
        # the corrected invoice already received: "got the corrected invoice, thanks", "bien reçu la facture
        # corrigée", "die korrigierte Rechnung ist angekommen", "recibimos la factura corregida": what was
        # contested has been put right; not one still awaited ("once we get the corrected invoice", "à réception de
        # la facture corrigée", "on receipt of the corrected invoice")
        "settled.any.corrected_received",
        CLEAR,
        "{got|received|thanks for|thank you for|have received|'ve received|now have} {the|your|a}? "
        "{corrected|revised|amended|reissued|re issued} {invoice|invoices|bill}",
        "{corrected|revised|amended|reissued} {invoice|invoices} _4 {has|have}? {arrived|come through|came through|"
        "been received|landed|received}",
        "{recu|bien recu|merci pour|merci de} {la|votre|cette}? {facture|factures} {corrigee|corrigees|"
        "rectifiee|rectifiees|modifiee|modifiees|rectificative}",
        "{korrigierte|berichtigte} {rechnung|rechnungen} _6 {erhalten|bekommen|eingegangen|angekommen}",
        "{danke|dank} {fur} {die|ihre}? {korrigierte|berichtigte} rechnung",
        "{recibido|recibimos|hemos recibido|gracias por} {su|la|vuestra}? {factura|facturas} {corregida|corregidas|"
        "rectificada|rectificadas|rectificativa}",
        blockers=_AWAITED,
    ),
)

# Round 10: the reasons the dev65-dev72 authors give in pt/it/nl/ca/es/fr/de/en, and what they contest with.
_REF_TOKEN = "{*0*|*1*|*2*|*3*|*4*|*5*|*6*|*7*|*8*|*9*}"
_MONEY = "{€|eur|euro|euros|chf|fr|$|£|usd|gbp}"
_AGREED = ("{concordato|concordata|concordati|pattuito|pattuita|convenuto|acordamos|acordado|acordada|combinamos|"
           "combinado|negociamos|vereinbart|vereinbarten|vereinbarte|abgemacht|abgemachten|agreed|quoted|acordat|pactat|"
           "afgesproken|overeengekomen|convenu|convenus|negocie|acordaron|pactado|pactada}")
_BILLED = ("{fatturato|fatturata|fatturate|fatturati|faturaram|faturado|faturada|faturam|cobraram|cobrado|verrechnen|"
           "verrechnet|berechnen|berechnet|charged|billed|invoiced|facturat|facturada|facturado|facturaron|cobrado|"
           "gefactureerd|aangerekend|factureert|facture|facturee|factures|facturez}")
_GOODS_ANY = ("{merce|materiale|prodotti|articoli|material|mercadoria|mercadorias|artigos|produtos|goods|items|products|"
              "materials|mercancia|productos|articulos|goederen|materiaal|artikelen|marchandise|marchandises|produits|"
              "mercaderia|productes}")
REASON_DETAILS = REASON_DETAILS + (
    rule(
        # a price agreed against the price billed: "acordámos 8,90 € e faturaram a 11,40 €", "quoted 18.50 a metre and
        # you've charged 23.90", "verrechnen CHF 2.95 statt der vereinbarten CHF 2.55", "avevamo concordato 4,20 €"
        "dispute.pricing.any_agreed_vs_billed",
        CLEAR,
        f"{_AGREED} _3 {_MONEY}? # _10 {_BILLED} {{a|at|zu|à|aan|tegen|us|for}}? {_MONEY}? #",
        f"{_BILLED} _6 {_MONEY}? # _3 {{statt|anstatt|instead of|rather than|au lieu de|invece di|anziche|em vez de|in vez de|"
        f"en lugar de|en vez de|in plaats van|en lloc de}} {{der|des|dem|the|du|des|della|dei|do|da|del|de|van|het}}? "
        f"{{vereinbarten|vereinbarte|offerierten|agreed|quoted|convenu|prevu|concordato|concordati|pattuito|acordado|"
        f"acordada|afgesproken|pactat}}? {_MONEY}? #",
        # "{erro|error|errore|fout} no preço", "il prezzo è sbagliato"
        "{erro|erros|error|errore|errori|fout|fouten|erreur} {no|nos|en el|nel|in de|sur le|de} {preco|precos|precio|"
        "precios|prezzo|prezzi|prijs|prijzen|prix|preu|preus|precio unitario|prezzo unitario|prix unitaire}",
        # "a prezzo pieno di listino", "à prix plein", "aan volle prijs", "at full list price"
        "{prezzo pieno|prezzo di listino pieno|prix plein|plein tarif|volle prijs|volledige prijs|preco cheio|"
        "precio completo|full list price|full price}",
        # a line against the customer's document: "wijkt af van de orderbevestiging", "terwijl in de offerte € 1,29 staat"
        "{wijkt|wijken|weicht|weichen} _2 af van {de|het|onze|uw|die|der|unserer|ihrer}? {orderbevestiging|offerte|"
        "prijsafspraak|prijslijst|contractprijs|auftragsbestatigung|offerte|angebot|preisliste}",
        "{terwijl|maar|doch} {in|op|volgens} {de|het|onze|uw}? {offerte|orderbevestiging|prijslijst|prijsafspraak|"
        "contract|raamovereenkomst} _8 {staat|stond|vermeld|afgesproken}",
        "# {per|/|a|the|par|al|pro} {liter|litre|kg|kilo|stuk|unit|unita|unidade|unidad|piece|meter|metre|m|m2|uur|hour|"
        "heure|ora|hora} {en|and|et|e|y|und}? {niet|not|pas|non|nao|no|nicht} {€|eur|chf|$|£}? #",
        # "the lump sum covered it, not time and materials": "au forfait, pas en régie", "le forfait incluait"
        "au forfait {,}? {pas|non|et non} {en regie|au temps passe}",
        "{forfait|forfaits} _4 {incluait|inclut|comprenait|comprend|couvrait|couvre|incluaient|comprenaient}",
        # a discount the customer was owed: "n'applique pas la remise de 5 %", "non è stato applicato lo sconto",
        # "concordato il 12% di sconto", "la remise prévue n'apparaît pas"
        "{applique|appliquez|appliquee|reprend|integre|deduit|tient compte de|prend en compte} pas {la|le|les|notre|nos|"
        "votre}? {remise|remises|escompte|rabais|ristourne|reduction}",
        "{remise|escompte|rabais|ristourne} _6 {pas|non|jamais} {appliquee|applique|deduite|deduit|reprise|prise en compte|"
        "appliquees}",
        "non {e|sono}? {stato|stata|stati|state} {applicato|applicata|applicati|considerato|riconosciuto|detratto} {lo|il|la|"
        "l|gli}? {sconto|sconti|ribasso|abbuono}",
        "{concordato|concordata|pattuito|previsto|prevista|accordato} {il|lo|un|uno}? # {%}? {di} {sconto|ribasso}",
        "{no|nao} {se}? {ha|foi|han|foram|es|ha estat} {aplicado|aplicada|aplicat|aplicats} {el|o|lo|al}? {descuento|"
        "desconto|descompte}",
        "{discount|rebate} _6 {not|never|wasn't|hasn't|has not|was not} {been}? {applied|deducted|taken off|given|honoured|"
        "honored|included}",
        negatable=False,
    ),
    rule(
        # the tax treatment, not the price: "standard rate VAT at 20% ... should fall under the domestic reverse charge",
        # "self-billing: you should not add VAT", "we are exempt"
        "dispute.tax.any_treatment",
        STRONG,
        "{should|must|ought to|needs to|has to} {fall under|be under|come under|be subject to|apply|be invoiced under|"
        "be billed under|be issued under} {the}? {domestic}? {reverse charge|cis reverse charge|zero rate|zero rating|"
        "exemption}",
        "{re invoice|reinvoice|re-invoice|reissue|re issue|rebill} _4 {with|under} {the}? {domestic}? reverse charge",
        "{reverse charge} {wording|mention|statement|note}",
        "{domestic reverse charge|drc|cis reverse charge}",
        "{self billing|self-billing|selfbilling|autofacturation|autofattura|autofacturacao|autofacturacion} _8 {vat|tva|iva|"
        "btw|mwst|tax}",
        "{autoliquidation|autoliquidacion|autoliquidacao|btw verlegd|verlegging|steuerschuldnerschaft} _6 {applicable|"
        "aplicable|aplicavel|van toepassing|gilt|anwendbar|applies|should|doit|devrait}",
        "{mentionner|mention|indiquer} _3 {autoliquidation|exoneration|exoneree|exonere}",
        "{exonere|exoneree|exoneres|exonerees|exoneration} {de}? {tva}",
        "{vat|tax|tva|iva|btw|mwst} {element|portion|part|amount|component} _4 {not|n't|never} {due|payable|applicable|pay}",
        "{can't|cannot|can not|won't|will not} pay the {vat|tax|gst} {element|portion|part|amount|component}?",
        negatable=False,
    ),
    rule(
        # finish and surface defects: "arrived with deep scratches", "scuffed buckles", "traces de polissage",
        # "satinage irrégulier", "ossidazione e macchie sulla doratura", "krassen op het frame"
        "dispute.damaged.any_finish",
        CLEAR,
        "{scratches|scratched|scuffed|scuffs|scuff marks|scuffing|chipped|chips|dents|peeling|flaking|tarnished|"
        "tarnishing|discoloured|discolored|stained|stains|blemishes|blemished|corroded|corrosion|rusted|frayed|"
        "fraying|cracking|split seams|loose stitching}",
        "{traces|trace|marques|marque|rayures|rayure|defauts|defaut|taches|tache|eclats} de {polissage|meulage|outil|"
        "outils|choc|chocs|frottement|rouille|oxydation|corrosion|peinture|colle}",
        "{satinage|polissage|finition|finitions|peinture|laquage|dorure|placage|vernis|soudure|soudures|couture|coutures} "
        "{irregulier|irreguliere|irreguliers|irregulieres|defectueux|defectueuse|defectueuses|ratee|rate|abimee|"
        "ecaillee|ecaille|decollee|qui se decolle|qui s ouvre|qui s ouvrent}",
        "{ossidazione|ossidato|ossidata|ossidati|ossidate|macchie|macchiato|macchiata|macchiati|macchiate|graffi|graffio|"
        "graffiato|graffiata|graffiati|graffiate|ammaccato|ammaccata|ammaccati|ammaccate|scheggiato|scheggiata|"
        "scheggiati|scheggiate|scrostato|scrostata|scuciti|scucite|inutilizzabili|inutilizzabile|non utilizzabili}",
        "{cuciture|cucitura|manici|chiusure|zip|cerniere} _6 {si aprono|si rompono|si staccano|difettose|difettosi|cedono|"
        "rotte|rotti|scucite}",
        "{krassen|kras|gekrast|beschadigd|beschadigde|deuken|deuk|roest|geroest|vlekken|afgebladderd|gebarsten|"
        "barsten|scheuren}",
        "{riscos|riscado|riscada|riscados|riscadas|amolgado|amolgada|amolgados|lascado|lascada|lascados|lascadas|"
        "oxidado|oxidada|oxidados|manchas|manchado|manchados|rachado|rachada|rachados|rachadas|partidas|partidos|"
        "quebradas|quebrados|quebrado|quebrada}",
        "{rayado|rayada|rayados|rayadas|abollado|abollada|abollados|desconchado|oxidado|oxidados|manchados|manchadas|"
        "agrietado|agrietados|rotura|roturas|rotos|rallat|rallats|trencat|trencats|trencada|trencades|ratllat|ratllats}",
        "{kratzer|zerkratzt|verkratzt|dellen|beschadigt|beschädigt|rost|verrostet|flecken|oxidiert|abgeplatzt}",
        "{controle qualite|controle d entree|cq|quality control|qc|incoming inspection|controllo qualita|"
        "kwaliteitscontrole|qualitatskontrolle|wareneingangskontrolle} _8 {rejete|rejetees|rejetes|refuse|refusees|rebute|"
        "rejected|failed|scartato|scartati|scartate|afgekeurd|abgelehnt|beanstandet}",
        negatable=False,
    ),
    rule(
        # billed more than delivered or ordered, with both counts: "bills 600 LF but our receiving shows 400 LF delivered",
        # "says 26 IBC but we have only 24", "12 jours commandés, 15 jours facturés"
        "dispute.quantity.any_counts",
        CLEAR,
        "{bills|billed|invoiced|charges|charged|says|shows|lists|states} {us}? {for}? # _10 {but|yet|whereas|while|however} "
        "_10 # _4 {delivered|received|arrived|unloaded|counted|on site|in stock|were delivered|was delivered|came|worked}",
        "{bills|billed|invoiced|charges|charged|says|shows|lists|states} {us}? {for}? # _10 {but|yet|whereas|while|however} "
        "{we|i} {have|had|received|got|counted|took|take} only #",
        "{bills|billed|invoiced|charges|charged|says|shows|lists|states} {us}? {for}? # _10 {but|yet|whereas|while|however} "
        "{we|i} only {have|had|received|got|counted|took|take} #",
        f"# _2 {{commandes|commandees|commande|prevus|prevues|realises|realisees|effectues|effectuees|livres|livrees|recus|"
        f"recues|ordered|worked|delivered|received}} {{,|et|mais|/|and|but|vs|contre|pour}}? # _2 {{factures|facturees|"
        f"billed|invoiced|charged}}",
        "{jours|heures|journees|days|hours|giorni|ore|dagen|uren|dias|horas|tage|stunden} {supplementaires|en trop|extra|"
        "additional|in piu|aggiuntivi|extra|meer|adicionais|adicionales|zusatzliche|zusätzliche} _6 {aucun|aucune|not|no|"
        "nessun|geen|nenhum|ningun|kein|keine|pas|never|jamais|nicht}",
        negatable=False,
    ),
    rule(
        # the invoice itself, named by its number, never came: "La FV26-01569 no nos ha llegado nunca", "FT26/00935:
        # no record of ever receiving it", "la FV26/00412 non ci è mai arrivata", "a FT26/00123 nunca nos chegou"
        "dispute.invoice_not_received.any_ref",
        STRONG,
        f"{{la|el|a|o|de|die|the|facture|factura|fattura|fatura|factuur|invoice|rechnung}}? {_REF_TOKEN} {{no|nunca|non|nao|"
        f"niet|not|never|nie}} {{nos|ci|mi|me}}? {{ha|han|e|é|è|is|has|have|foi|hem|heeft}}? {{mai|nunca|nooit|never|"
        f"nog}}? {{llegado|llego|arrivata|arrivato|pervenuta|chegou|chegado|recebida|aangekomen|ontvangen|arrived|"
        f"reached|rebut|rebuda|arribat|arribada|received}}",
        f"no {{record|trace|sign}} of {{ever}}? {{receiving|having received|getting}} {_REF_TOKEN}",
        "{it|this|this one|that one} {is not|isn't|isnt|was not|wasn't} {in|on} {our} {system|systems|ap system|ap|records|"
        "ledger|books|portal|accounts payable}",
        "ni por {correo|email|mail|e mail} ni por {el}? {portal|plataforma}",
        negatable=False,
    ),
    rule(
        # the same delivery billed before: "fait double emploi", "nous avait déjà été facturée", "già fatturata"
        "dispute.duplicate_billing.any_again_more",
        STRONG,
        "{fait|font|faisant|constitue} double emploi",
        "{deja|precedemment} {ete|etait|ete} {facture|facturee|factures|facturees|comptabilise|comptabilisee|reglee|payee}",
        "{gia|giaa} {stato|stata|stati|state}? {fatturato|fatturata|fatturati|fatturate|addebitato|addebitata}",
        "{al|reeds|eerder} {gefactureerd|aangerekend|in rekening gebracht}",
        "{ja|já} {foi|foram|havia sido|tinha sido|estava}? {faturado|faturada|faturados|faturadas|cobrado|cobrada}",
        negatable=False,
    ),
    rule(
        # the goods never came, told from the order: "el pedido que nunca nos llegó", "no tiene constancia de entrega",
        # "la encomenda que ainda não nos foi entregue"
        "dispute.not_received_goods.any_order_more",
        STRONG,
        "{pedido|mercancia|material|encomenda|mercadoria|ordine|merce|comanda|bestelling|levering} {que|che|die|dat} "
        "{nunca|nunca nos|no nos|nao nos|ainda nao|mai|non ci|mai ci|nooit|niet|encara no|no ens|mai ens} {nos}? {ha|e|é|"
        "è|foi|is|han}? {llego|llegado|chego|chegou|entregue|entregado|arrivata|arrivato|consegnato|consegnata|"
        "aangekomen|geleverd|arribat|arribada|entregada}",
        "no {tiene|tienen|tenemos|hay} {constancia|registro|prueba} de {la}? entrega",
        "{ainda} {nao|nunca} {nos}? {foi|foram} {entregue|entregues|entregada}",
        negatable=False,
    ),
)

# Other reasons told in so many words, that outweigh a generic price or contract cue ("conformément au contrat"):
# the deliverable not accepted, the invoice made out to another company.
REASON_DETAILS = REASON_DETAILS + (
    rule(
        "dispute.other.not_accepted",
        CLEAR,
        "{recette|reception} {ne}? {a|as}? {pas|jamais} {ete}? {prononcee|validee|signee|faite|effectuee}",
        "{aucun|pas de|sans} {pv|proces verbal|proces-verbal} {de} {recette|reception|livraison}",
        "{pv|proces verbal} de {recette|reception} {non|pas} {signe|valide}",
        "{deliverable|deliverables|milestone|acceptance} _4 {not|never} {been}? {accepted|signed off|approved}",
        "{no|without} {signed}? {acceptance certificate|acceptance|sign off|sign-off}",
        "{collaudo} {non} {superato|effettuato|firmato}",
        "{verbale di collaudo} {non}? {firmato}",
        "{opleveringsverslag|proces-verbaal van oplevering|oplevering} _4 {niet|nog niet} {ondertekend|goedgekeurd|"
        "aanvaard}",
        negatable=False,
    ),
)
_DECISIVE_OTHER = frozenset({"dispute.other.not_accepted", "dispute.other.wrong_entity"})

DISPUTE_RULES = DISPUTE_RULES + (
    rule(
        # "we don't pay for goods we never received / faulty goods": "Não pagamos material que não recebemos", "non
        # possiamo pagare merce difettosa", "no pagamos material que no hemos recibido"
        "dispute.not_received_goods.any_no_pay_unreceived",
        CLEAR,
        f"{{nao|no|non|niet|not|don't|do not|won't|will not|ne|nicht}} _2 {{pagamos|pagaremos|pagamos|paghiamo|pagare|"
        f"betalen|pay|payons|paierons|zahlen|pagarem}} {{por|per|voor|for|pour|fur}}? {{o|el|la|il|de|the|des|du}}? "
        f"{_GOODS_ANY} {{que|che|die|dat|we|that|qu|que no}} _2 {{nao|no|non|niet|not|haven't|have not|never|pas|nicht|"
        f"nunca|mai}} _2 {{recebemos|recebido|recibido|recibimos|ricevuto|ricevuta|ontvangen|received|recu|recue|"
        f"erhalten|rebut}}",
        negatable=False,
    ),
    rule(
        "dispute.damaged.any_no_pay_faulty",
        CLEAR,
        f"{{nao|no|non|niet|not|can't|cannot|don't|do not|won't|will not|ne|nicht}} _2 {{pagamos|pagar|pagare|betalen|pay|"
        f"payer|zahlen|pagaremos}} {{por|per|voor|for|pour|fur}}? {{o|el|la|il|de|the|des|du}}? {{damaged|faulty|"
        f"defective}}? {_GOODS_ANY} {{difettosa|difettosi|difettose|danneggiata|danneggiati|rotta|rotti|defeituosa|"
        f"defeituosos|danificada|danificados|defectuosa|defectuosos|danada|defecte|defectueuse|defectueux|"
        f"endommagee|beschadigde|defecte|kapotte}}",
        f"{{nao|no|non|niet|not|can't|cannot|don't|do not|won't|will not|ne|nicht}} _2 {{pagamos|pagar|pagare|betalen|pay|"
        f"payer|zahlen|pagaremos}} {{for|voor|per|por}}? {{the}}? {{damaged|faulty|defective|broken|beschadigde|kapotte|"
        f"defecte}} {{units|goods|items|pieces|parts|stuks|goederen|artikelen}}?",
        negatable=False,
    ),
    rule(
        # the invoice held: "la fattura resta sospesa / bloccata al pagamento", "a fatura fica retida"
        "dispute.other.held_more",
        MEDIUM,
        "{fattura|fatture|pagamento} {resta|rimane|restano|rimangono} {bloccata|bloccate|sospesa|sospese|bloccato|sospeso|in "
        "sospeso}",
        "{fatura|faturas|pagamento} {fica|ficam|continua|permanece} {retida|retidas|bloqueada|bloqueadas|suspensa|"
        "suspensas|retido|bloqueado|suspenso|pendente}",
        "{factuur|facturen} {houden|hou|houdt} {we|wij|ons} _2 {tegen|aan|vast} _4 {tot|totdat}",
        "{die|deze} factuur {houden|hou} {we|wij} {tegen|aan}",
        blockers=_CONDITIONAL_NEW + ("moratoria", "procedura", "concordato", "budget", "bank"),
    ),
    rule(
        # made out to another company: "intestata a 'X S.n.c.' con la vecchia partita IVA", "emesa a nom d'una altra
        # empresa", "no la podem comptabilitzar així", "il commercialista non può registrarla"
        "dispute.other.wrong_entity",
        CLEAR,
        "{vecchia|vecchio|errata|errato|sbagliata|sbagliato|precedente} {partita iva|ragione sociale|intestazione|"
        "codice fiscale|p iva|piva}",
        "{antigo|antiga|errado|errada} {nif|nipc|nome|razao social}",
        "{antiguo|antigua|erroneo|erronea|equivocado|equivocada|incorrecto|incorrecta} {nif|cif|razon social}",
        "{antic|antiga|erroni|erronia|equivocat|equivocada|incorrecte} {nif|cif|rao social}",
        "{emeteu|emeteu la|emetela|reemeteu|emitan|reemitan|emitam|reemitam|emitir|reemitir|rifatturare|riemettere} _4 "
        "{a nom nostre|a nuestro nombre|a nombre nuestro|em nosso nome|em nome da nossa|con i dati corretti|amb les dades "
        "correctes|con los datos correctos|com os dados corretos}",
        negatable=False,
    ),
    rule(
        # the invoice cannot be booked as it is, a contest whatever the cause: "il commercialista non può registrarla",
        # "no la podem comptabilitzar així", "no podemos contabilizarla"
        "dispute.other.cannot_book",
        MEDIUM,
        "{non|no} {puo|possiamo|podem|podemos|pot} {registrarla|registrarle|registrare|contabilizzarla|comptabilitzar|"
        "comptabilitzarla|contabilizar|contabilizarla|lancar|registar}",
        "no {la|les|el}? {podem|podemos|puc} {comptabilitzar|contabilizar|registrar} {aixi|asi}",
        negatable=False,
    ),
    rule(
        # a missing discount contests the invoice in itself: "non è stato applicato lo sconto del 10%"
        "dispute.pricing.discount_missing_more",
        CLEAR,
        "non {e|sono}? {stato|stata|stati|state} {applicato|applicata|applicati|riconosciuto} {lo|il|la|l|gli}? {sconto|"
        "sconti|ribasso}",
        "{applique|appliquez|appliquee} pas {la|le|les|notre|nos|votre}? {remise|remises|escompte|rabais|ristourne}",
        "{no|nao} {se}? {ha|foi|han|foram|ha estat} {aplicado|aplicada|aplicat} {el|o|lo}? {descuento|desconto|descompte}",
        negatable=False,
    ),
)

SETTLED = SETTLED + (
    rule(
        # "ho ricevuto la nota di credito per le cinture difettose, grazie", "recebemos a nota de crédito das peças
        # partidas", "de creditnota voor de beschadigde vaten goed ontvangen", "hem rebut l'abonament"
        "settled.any.credit_received_more",
        CLEAR,
        "{ricevuto|ricevuta|ricevute|abbiamo ricevuto|grazie per|grazie della|grazie per la} {la|il|vostra|vostro|l}? "
        "{nota di credito|nota credito|accredito}",
        "{recebemos|recebi|recebido|recebida|obrigado pela|obrigada pela} {a|o|vossa|vosso}? {nota de credito|credito}",
        "{creditnota|kredietnota|creditfactuur} _8 {ontvangen|goed ontvangen|binnen|binnengekomen}",
        "{bedankt|dank} {voor} {de|uw}? {creditnota|kredietnota}",
        "{rebut|rebuda|rebem|gracies per} {el|la|l|vostre|vostra}? {abonament|nota de credit|factura rectificativa}",
        blockers=_AWAITED + ("attesa", "aspettiamo", "attendiamo", "quando", "appena", "espera", "aguardamos", "wachten",
                             "zodra", "als", "quan", "esperem", "continuamos"),
    ),
)

RESOLVED = RESOLVED + (
    rule(
        # the contest word said to deny it after the verb: "daar betwisten we niets van", "betwist ik niks"
        "resolved.nl.nothing_contested",
        CLEAR,
        "{we|wij|ik} {niets|niks|geenszins} {van}? {.|,|;|!|hoor}",
        negatable=False,
    ),
)

DISPUTE_RULES = with_blockers(DISPUTE_RULES, ("dispute.other.en",),
                              # "a boundary dispute with the neighbouring farm": someone else's quarrel
                              ("boundary", "planning", "family", "neighbour", "neighbours", "neighbor", "neighbors",
                               "neighbouring", "labour", "industrial", "tenancy", "custody", "shareholder", "partnership"))
# Round 20: a construction creditor's own remedies against a third party ("we're filing our lien claim" on a
# bankrupt contractor's job, "a payment bond claim", "a proof of claim in their Chapter 7"): no complaint to us
DISPUTE_RULES = with_blockers(DISPUTE_RULES, ("dispute.other.en",), ("lien", "liens", "bond", "proof"))
DISPUTE_RULES = with_blockers(DISPUTE_RULES, ("dispute.damaged.fr",),
                              # "un trou de trésorerie avec la casse de la ligne d'embouteillage": the customer's own plant
                              ("tresorerie",))

DISPUTE_RULES = DISPUTE_RULES + (
    rule(
        # The corrected invoice or credit note awaited before paying: the invoice is withheld over it.
        # "The 4118 we'll pay once the corrected invoice arrives", "still waiting on the credit note",
        # "Factuur 4181 betalen we na de creditnota", "wachten we nog altijd op de creditnota voor de btw",
        # "nous attendons toujours l'avoir", "pagaremos cuando llegue la factura corregida", "aspettiamo
        # ancora la nota di credito", "aguardamos a nota de crédito". A credit note received closes the
        # matter instead (settled.any.credit_received_more).
        "dispute.other.correction_awaited",
        MEDIUM,
        "{pay|settle|release|process} _3 {once|when|as soon as|after|on receipt of|upon receipt of} {we get|we receive|we have}? "
        "{the|a|your}? {corrected invoice|revised invoice|amended invoice|reissued invoice|re issued invoice|credit note|credit memo}",
        "{still}? {waiting|wait} on {the|a|your}? {credit note|credit memo|corrected invoice|revised invoice|amended invoice}",
        "{betalen|betaal|betaalt|voldoen|vereffenen} _3 {na|zodra|wanneer|als|na ontvangst van} _2 {de|een|uw|jullie|het}? "
        "{creditnota|kredietnota|creditfactuur|gecorrigeerde factuur|correctie|nieuwe factuur}",
        "{wachten|wacht} _4 op {de|een|uw|jullie|het}? {creditnota|kredietnota|creditfactuur|gecorrigeerde factuur|correctie}",
        "{attendons|attend|attendre|attente|attendez} _3 {le|l|un|votre|la|d un|de l|du}? {avoir|note de credit|facture corrigee|"
        "facture rectifiee}",
        "{pagaremos|pagamos|abonaremos|liquidaremos} _3 {cuando|en cuanto|una vez|tras|despues de} _3 {factura corregida|"
        "factura rectificativa|nota de credito|abono}",
        "{esperando|esperamos|aguardamos|aguardando} _3 {la|el|una|un|su|a|pela|o}? {factura corregida|factura rectificativa|"
        "fatura corrigida|nota de credito|abono}",
        "{aspettiamo|attendiamo|in attesa} _3 {della|la|una|di una|vostra|di|dalla}? {nota di credito|nota credito|fattura corretta}",
        # the correction asked for before paying: "Please correct before we pay", "merci de corriger avant paiement",
        # "bitte korrigieren, bevor wir zahlen", "corrijan antes de que paguemos", "gelieve te corrigeren voor we betalen"
        "{correct|amend|fix|adjust|rectify|reissue} _3 before {we|i} {can}? {pay|settle|release|approve|process}",
        "{corriger|rectifier|corrigez|rectifiez} _3 avant {de|que}? {payer|regler|nous|paiement|le paiement|le reglement}",
        "{korrigieren|korrigiert|berichtigen|berichtigt} _3 {bevor|vor} {wir|der zahlung|zahlung}",
        "{corregir|corrijan|corrija|rectificar|rectifiquen|rectifique} _3 antes {de}? {pagar|que paguemos|del pago}",
        "{corrigeren|verbeteren|aanpassen|corrigeer|verbeter} _3 {voor|voordat|alvorens} {we|wij|te}? {betalen|betaling}",
    ),
)

SETTLED = SETTLED + (
    rule(
        # Round 17: the credit note told as arrived, the verb after it: "a nota de crédito da 1386 já chegou",
        # "la nota de crédito ya llegó", "la nota di credito è arrivata", "l'avoir est bien arrivé", "el
        # abonament ja ha arribat" (before the verb: settled.any.credit_received)
        "settled.any.credit_arrived",
        CLEAR,
        "{nota de credito|nota de abono|abono|factura rectificativa} _6 {ya}? {llego|ha llegado|han llegado|llegaron|"
        "esta recibida|fue recibida|ha sido recibida}",
        "{nota de credito|nota credito|nota di credito} _6 {gia}? {e arrivata|arrivata|e gia arrivata|e stata ricevuta|"
        "ricevuta}",
        "{nota de credito|fatura retificativa} _6 {ja}? {chegou|chegaram|foi recebida|esta recebida}",
        "{avoir|note de credit} _6 {est|a ete|est bien|a bien ete} {arrive|arrivee|recu|recue|parvenu|parvenue}",
        "{abonament|nota de credit|factura rectificativa} _6 {ja}? {ha arribat|arriba|ha estat rebut|ha estat rebuda}",
        blockers=_AWAITED + ("attesa", "aspettiamo", "attendiamo", "quando", "appena", "espera", "aguardamos",
                             "quan", "esperem", "continuamos", "ainda", "todavia", "encore", "ancora", "encara"),
    ),
    rule(
        # Round 17: the contested invoice already cancelled by us, thanked for: "gracias por confirmar la anulación de
        # la factura duplicada 1215", "thanks for cancelling the duplicate", "merci pour l'annulation de la facture en
        # double", "danke für die Stornierung der doppelten Rechnung", "grazie per aver stornato la fattura doppia",
        # "obrigada pela anulação da fatura duplicada", "bedankt voor het crediteren van de dubbele factuur"
        "settled.any.cancellation_thanked",
        CLEAR,
        "{thanks|thank you|merci|danke|vielen dank|gracias|grazie|obrigado|obrigada|bedankt|dank je|dank u|gracies} "
        "{for|pour|d|de|fur|por|per|pela|pelo|voor}? _3 {cancellation|cancelling|canceling|cancelled|canceled|crediting|"
        "annulation|annule|annuler|avoir annule|stornierung|storno|stornieren|anulacion|anular|haber anulado|annullamento|"
        "annullare|aver annullato|storno|stornare|aver stornato|anulacao|anular|terem anulado|annulering|annuleren|"
        "crediteren|creditering|anul·lacio|anul·lar|anullacio|anulacio}",
        blockers=_AWAITED + ("quando", "appena", "zodra", "quan"),
    ),
)

DISPUTE_RULES = DISPUTE_RULES + (
    rule(
        # Round 17: a charge asked to be credited, as a question: "Kunnen jullie die rit crediteren?", "could you credit
        # us for that trip?", "pourriez-vous nous créditer ce transport ?", "könnten Sie uns die Fahrt gutschreiben?",
        # "potete stornarci quel viaggio?". Not a payment credited to an invoice ("credit our payment to 1234").
        "dispute.other.credit_asked",
        MEDIUM,
        "{kunnen|kunt|willen|wilt|zouden|zou} {jullie|u|je} _5 {crediteren|crediteert|creditnota voor}",
        "{can|could|would|will} you {please}? credit {us|me|back} {for|with}?",
        "{pouvez|pourriez|pourrez} _1 {vous} {nous|me}? _3 {crediter|rembourser}",
        "{konnen|konnten|wurden} sie {uns|mir} _5 {gutschreiben}",
        "{potete|potreste|puoi|potresti} _4 {stornare|stornarci|stornarmi|accreditarci|accreditare}",
        "{podem|poderiam|podiam} _4 {creditar|creditar-nos|creditar nos}",
        negatable=False,
        blockers=("payment", "payments", "paiement", "virement", "versement", "reglement", "zahlung", "uberweisung",
                  "betaling", "overboeking", "pagamento", "bonifico", "transferencia"),
    ),
)

# Round 18 (the arrival of dev108-dev111): Polish, written with its letters (the rule engine folds
# "ł" to "l" with the other accents, so "otrzymałem" also matches "otrzymalem"). The negation "nie"
# is written into the patterns, so they are not negatable; a condition or a hypothetical before
# them ("jeśli", "w razie", "gdyby") blocks them.
_PL_IF = ("jesli", "jezeli", "gdyby", "razie", "ewentualnie", "czy")
_GOODS_PL = ("{towar|towaru|towary|towarów|dostawa|dostawy|dostawę|zamówienie|zamówienia|palety|palet|paleta|przesyłka|"
             "przesyłki|materiał|materiału|tarcica|tarcicy|drewno|drewna|transport|skrzynie|skrzyń|zestaw|sprzęt}")
_INVOICE_PL = "{faktura|faktury|fakturę|fakturze|faktur}"


def _pl_rule(name: str, weight: float, *patterns: str, blockers: tuple[str, ...] = _PL_IF) -> Rule:
    return rule(name, weight, *patterns, negatable=False, blockers=blockers)


DISPUTE_RULES = DISPUTE_RULES + (
    _pl_rule(
        "dispute.invoice_not_received.pl",
        STRONG,
        # "nie otrzymaliśmy faktury 1234", "faktura do nas nie dotarła", "nie mamy tej faktury w systemie"
        "nie {otrzymaliśmy|otrzymałem|otrzymałam|dostaliśmy|dostałem|dostałam|mamy|widzimy|znaleźliśmy|posiadamy} "
        "{jeszcze|nigdy|w ogóle}? {tej|żadnej|tych|wspomnianej|przedmiotowej|państwa|wyżej wymienionej}? {faktury|faktur}",
        _INVOICE_PL + " _6 nie {dotarła|dotarły|doszła|doszły|wpłynęła|wpłynęły|trafiła|trafiły|przyszła|przyszły}",
        "{brak|nie ma} {tej|takiej}? {faktury|faktur} {w|u}",
        # "nie otrzymaliśmy faktury korygującej": the correction is awaited (dispute.other.pl_withheld)
        blockers=_PL_IF + ("korygujacej", "korekty"),
    ),
    _pl_rule(
        "dispute.not_received_goods.pl",
        STRONG,
        # "dostawa tarcicy w ogóle do nas nie dotarła", "nie otrzymaliśmy towaru", "nic nie przyjechało"
        _GOODS_PL + " _8 nie {dotarła|dotarł|dotarły|dotarło|przyjechała|przyjechał|przyjechały|przyjechało|doszła|doszły|"
        "doszło|została dostarczona|został dostarczony|zostały dostarczone|zostało dostarczone}",
        "nie {otrzymaliśmy|otrzymałem|dostaliśmy|dostałem|przyjęliśmy} {jeszcze|w ogóle|nigdy}? " + _GOODS_PL,
        "nic {do nas}? nie {przyjechało|dotarło|doszło|dojechało}",
    ),
    _pl_rule(
        "dispute.damaged.pl",
        CLEAR,
        # "palety przyszły uszkodzone", "połamane deski", "towar wadliwy"
        "{uszkodzone|uszkodzony|uszkodzona|uszkodzonych|uszkodzonymi|połamane|połamany|połamana|połamanych|zniszczone|"
        "zniszczony|zniszczona|zniszczonych|pęknięte|pękniętych|zawilgocone|zawilgoconych|zamoknięte|spleśniałe|wadliwe|"
        "wadliwy|wadliwa|wadliwych}",
        blockers=_PL_IF + ("nie", "bez", "zadne", "zadnych"),
    ),
    _pl_rule(
        "dispute.quantity.pl",
        CLEAR,
        # "brakuje 40 sztuk", "zafakturowano 900 sztuk, a dostarczono 850", "niezgodna ilość"
        "{brakuje|brakowało|brak|zabrakło} _3 # {sztuk|szt|palet|paczek|kartonów|skrzyń|sztuki|palety}",
        "{zafakturowano|zafakturowaliście|zafakturowali|fakturze} _8 {a|natomiast|zaś} {dostarczono|otrzymaliśmy|przyjechało|"
        "dotarło|przyjęliśmy|dostaliśmy}",
        "{niezgodna|nieprawidłowa|błędna|zła|inna} {ilość|liczba}",
        "{ilość|liczba} {sztuk|palet}? _3 {niezgodna|nie zgadza|się nie zgadza}",
    ),
    _pl_rule(
        "dispute.pricing.pl",
        CLEAR,
        # "cena na fakturze to 52 zł, a w ofercie mieliśmy 46 zł", "cena niezgodna z umową", "brak rabatu"
        "{a|zaś|natomiast} {w|wg|według|zgodnie z} {ofercie|oferta|umowie|umowa|zamówieniu|cenniku|ustaleniami} _8 "
        "{mieliśmy|było|była|jest|wynosi|wynosiła|widnieje|cena|stawka|uzgodniono|ustalono}",
        "{cena|ceny|stawka|stawki|kwota} _4 {niezgodna|niezgodne|niezgodnie|zawyżona|zawyżone|błędna|błędne|nieprawidłowa|"
        "nieprawidłowe|wyższa niż|inna niż|różni się}",
        "{niezgodna|niezgodne|niezgodnie} z {ofertą|umową|zamówieniem|cennikiem|ustaleniami}",
        "{zawyżona|zawyżone|za wysoka|za wysokie|błędna|nieprawidłowa|zła} {cena|ceny|stawka|kwota}",
        "{brak|nie uwzględniono|nie naliczono|pominięto|nie odliczono} {rabatu|upustu|zniżki|bonifikaty}",
    ),
    _pl_rule(
        "dispute.duplicate_billing.pl",
        STRONG,
        "{dwukrotnie|podwójnie|dwa razy} {zafakturowano|zafakturowane|zafakturowana|zafakturowaliście|obciążono|obciążyliście|"
        "wystawiona|wystawiono|naliczono|zafakturowany}",
        "{zafakturowano|zafakturowane|zafakturowana|obciążono|obciążyliście|zafakturowaliście} _4 {dwukrotnie|podwójnie|dwa razy}",
        "{zdublowana|zdublowane|zdublowanie|podwójna|podwójne|zduplikowana|zduplikowane} {faktura|faktury|fakturę|obciążenie}",
    ),
    _pl_rule(
        "dispute.tax.pl",
        CLEAR,
        "{stawka|stawkę|stawki} {vat|podatku} _4 {błędna|nieprawidłowa|zła|niewłaściwa|powinna}",
        "{błędny|błędna|nieprawidłowy|nieprawidłowa|zły|zła} {vat|podatek|stawka vat}",
    ),
    _pl_rule(
        "dispute.other.pl",
        CLEAR,
        # "reklamacja", "kwestionujemy fakturę", "nie zgadzamy się z obciążeniem"
        "{reklamacja|reklamację|reklamacji|reklamujemy|reklamuję|reklamacyjne|reklamacyjny}",
        "{kwestionujemy|kwestionuję|podważamy} _3 {fakturę|faktury|kwotę|obciążenie|należność|pozycję|cenę}",
        "nie {zgadzamy|zgadzam} się {z}? _3 {fakturą|fakturami|kwotą|obciążeniem|naliczeniem|pozycją|rozliczeniem}",
        blockers=_PL_IF + ("nie", "zamknieta", "zamkniecie"),
    ),
    _pl_rule(
        # payment withheld over the invoice: "nie zapłacimy tej faktury, dopóki nie dostaniemy korekty", "faktura
        # nie zostanie zapłacona", "wstrzymujemy płatność"; the correction asked for ("prosimy o fakturę korygującą")
        "dispute.other.pl_withheld",
        CLEAR,
        "nie {zapłacimy|zapłacę|uregulujemy|ureguluję|opłacimy|opłacę} _8 {dopóki|do czasu|aż|zanim|przed}",
        _INVOICE_PL + " _6 nie {zostanie|zostaną|będzie|będą} {zapłacona|zapłacone|opłacona|opłacone|uregulowana|uregulowane}",
        "{wstrzymujemy|wstrzymaliśmy|wstrzymuję|wstrzymam|wstrzymamy} {się}? {z}? {płatność|płatności|zapłatę|przelew|"
        "zapłatą|płatnością|przelewem|spłatę|spłatą}",
        "{płatność|zapłata|przelew} {jest|została|został|zostaje|pozostaje} {wstrzymana|wstrzymany|zablokowana|zablokowany}",
        "{prosimy|proszę|prośba|oczekujemy|czekamy} {o|na} {wystawienie}? {korektę|korekty|fakturę korygującą|faktury "
        "korygującej|faktura korygująca|notę korygującą|noty korygującej}",
    ),
)
# "prośba o duplikat faktury" asks for a copy: the German "Duplikat" (a duplicate bill) is not read after it
DISPUTE_RULES = with_blockers(DISPUTE_RULES, ("dispute.duplicate_billing.de",), ("o", "prosimy", "prosze", "prosba"))
SETTLED = SETTLED + (
    rule(
        # "otrzymaliśmy fakturę korygującą, dziękujemy", "korekta dotarła"
        "settled.pl.credit_arrived",
        CLEAR,
        "{otrzymaliśmy|dostaliśmy|otrzymałem|dostałem} {już}? {fakturę korygującą|korektę|korekty|notę korygującą}",
        "{faktura korygująca|korekta|nota korygująca} _4 {dotarła|doszła|przyszła|wpłynęła}",
        blockers=("nie", "jesli", "jezeli", "gdy", "kiedy", "jak", "czekamy", "dopoki"),
    ),
)


# Round 19 (the arrival of dev112-dev115): Danish and Swedish. Both negate after the verb ("betales
# ikke før", "vi betalar inte fakturan förrän"): the negation is written into the patterns that need
# it, so they are not negatable; a condition or a negation before the others blocks them.
_NORDIC_IF = ("hvis", "om", "ifall", "såfremt", "safremt", "ikke", "inte", "ej", "ingen", "inga", "intet", "inget")
_GOODS_NORDIC = ("{varerne|varorna|varen|varan|leverancen|leveransen|leveringen|godset|ordren|ordern|pallerne|pallarna|"
                 "forsendelsen|försändelsen|forsandelsen|pakken|paketet|produkterne|produkterna}")
_INVOICE_NORDIC = "{faktura|fakturaen|fakturan|fakturaerne|fakturorna|fakturor|fakturaer}"


def _nordic_rule(name: str, weight: float, *patterns: str, blockers: tuple[str, ...] = _NORDIC_IF) -> Rule:
    return rule(name, weight, *patterns, negatable=False, blockers=blockers)


DISPUTE_RULES = DISPUTE_RULES + (
    _nordic_rule(
        "dispute.damaged.nordic",
        CLEAR,
        # "3 var utætte i bunden", "pallarna kom skadade", "beskadiget emballage", "trasiga dunkar"
        "{beskadiget|beskadigede|beskadigad|beskadigade|beskadigat|skadet|skadede|skadad|skadade|ødelagt|odelagt|"
        "ødelagte|odelagte|trasig|trasiga|trasigt|knust|knuste|utæt|utaet|utætte|utaette|otät|otata|otäta|läckande|"
        "lackande|lækkede|laekkede|defekt|defekte|defekta|revnet|revnede|sprucken|spruckna|bulet|bucklig|bucklade}",
    ),
    _nordic_rule(
        "dispute.quantity.nordic",
        CLEAR,
        # "der mangler 6 dunke", "6 dunkar saknas", "kom bara 18 st", "vi modtog kun 30"
        "{mangler|manglede|saknas|saknades|fattas|fattades} {der|det}? # {stk|st|styk|styck|stycken|dunke|dunkar|kartoner|"
        "kartonger|paller|pallar|kasser|lådor|tanke|tankar|flasker|flaskor|spande|hinkar|enheder|enheter}?",
        "# {stk|st|styk|styck|stycken|dunke|dunkar|dunkarna|kartoner|kartonger|paller|pallar|kasser|lådor|tanke|tankar|"
        "flasker|flaskor|enheder|enheter} _3 {mangler|manglede|saknas|saknades|fattas|fattades}",
        "{kom|ankom|leveredes|levererades|modtog vi|mottog vi|fik vi|fick vi|fikk vi} {der}? {kun|bara|endast|blot} #",
        "{forkert|fel|felaktig|felaktigt|ukorrekt} {antal|mængde|maengde|mängd|mangd|kvantitet}",
    ),
    _nordic_rule(
        "dispute.pricing.nordic",
        CLEAR,
        # "fel pris", "forkert pris", "enligt vårt avtal ska den kosta 368 kr", "rabatten mangler"
        "{forkert|forkerte|fel|felaktig|felaktigt|felaktiga|ukorrekt|ukorrekte|for høj|for hoj|for høje|för hög|för högt|"
        "for hog} {pris|priser|priset|prisen|priserne|priserna|enhedspris|enhedsprisen|styckpris|styckpriset|rabat|rabatt}",
        "{ifølge|ifolge|iflg|enligt|jf|jævnfør} {vores|vor|vårt|vart|vår|var|den|det}? {aftale|aftalen|avtal|avtalet|"
        "tilbud|tilbuddet|offert|offerten|prisliste|prislisten|prislista|prislistan|kontrakt|kontraktet|upphandling} _8 "
        "{kosta|koste|koster|kostar|pris|priset|prisen|være|vara}",
        "{overfaktureret|overfaktureret|överfakturerad|överfakturerat|overfakturerat}",
        "{rabatten|rabatt|rabat} {mangler|saknas|er ikke fratrukket|har inte dragits av|er ikke trukket fra}",
    ),
    _nordic_rule(
        "dispute.duplicate_billing.nordic",
        STRONG,
        "{dobbeltfakturering|dobbeltfaktureret|dobbeltfakturerede|dubbelfakturering|dubbelfakturerad|dubbelfakturerat|"
        "dubbelfakturerade}",
        "{faktureret|fakturerad|fakturerat|fakturerade|debiteret|debiterad|debiterat} {to|två|tva} {gange|gånger|ganger}",
        "{dobbelt|dubbelt} {faktureret|fakturerad|fakturerat|debiteret|debiterad|debiterat}",
    ),
    _nordic_rule(
        "dispute.invoice_not_received.nordic",
        STRONG,
        # "vi har ikke modtaget fakturaen", "vi har inte mottagit fakturan", "fakturan har aldrig kommit"
        "{har|havde|hade} {endnu|ännu|annu}? {ikke|inte|aldrig|ej} {modtaget|mottagit|fået|faet|fått|fatt|set|sett|"
        "hørt|modtagit} {nogen|någon|nagon|denne|denna|den|den her|den omtalte|de}? " + _INVOICE_NORDIC,
        _INVOICE_NORDIC + " {er|är|ar|har} {endnu|ännu|annu}? {ikke|inte|aldrig|ej} {kommet|kommit|modtaget|mottagen|"
        "ankommet|nået|naet|nått|natt|dukket op}",
        blockers=("hvis", "om", "ifall", "kreditnota", "kreditnotaen", "kreditnotan"),
    ),
    _nordic_rule(
        "dispute.not_received_goods.nordic",
        STRONG,
        "{har|havde|hade} {endnu|ännu|annu}? {ikke|inte|aldrig|ej} {modtaget|mottagit|fået|faet|fått|fatt} " + _GOODS_NORDIC,
        _GOODS_NORDIC + " {er|är|ar|har} {endnu|ännu|annu}? {ikke|inte|aldrig|ej} {kommet|kommit|leveret|levereret|"
        "levererats|ankommet|modtaget|mottagits|anlänt|anlant|nået|nått}",
        blockers=("hvis", "om", "ifall"),
    ),
    _nordic_rule(
        # payment withheld over the invoice: "betales ikke før vi har en løsning", "vi betalar inte fakturan förrän
        # vi fått en kreditnota"; a credit asked for ("vi vil have krediteret de 3 tanke"); "reklamation"
        "dispute.other.nordic",
        CLEAR,
        "{betaler|betalar|betales|betalas|betale|betala} {ikke|inte|ej} _8 {før|for|förrän|forran|innan|indtil|tills|"
        "inden|førend|forend}",
        "{vi|jeg|jag} {vil have|vill ha|ønsker|onsker|önskar|onskar|beder om|ber om|kræver|kraever|kräver|kraver|"
        "afventer|avvaktar|venter på|väntar på|vantar pa|forventer|förväntar} {en|et|ett}? {kreditnota|kreditering|"
        "krediteret|krediterat|krediterad|kreditnotaer|kreditfaktura}",
        "{reklamation|reklamationen|reklamerer|reklamerar|reklamera|reklamere|reklamationer}",
        "{bestrider|bestrida|bestride|anfægter|anfaegter|protesterer mod|protesterar mot} _3 {fakturaen|fakturan|beløbet|"
        "beloebet|beloppet|kravet|opkrævningen|debiteringen}",
        blockers=("hvis", "om", "ifall", "tak", "tack", "afsluttet", "avslutad", "løst", "lost", "löst"),
    ),
)
SETTLED = SETTLED + (
    rule(
        # "kreditnotan på de 6 dunkarna har kommit, tack", "tak for kreditnotaen"
        "settled.nordic.credit_arrived",
        CLEAR,
        "{kreditnotaen|kreditnotan|kreditnota|krediteringen|kreditfakturaen|kreditfakturan} _6 {er kommet|har kommit|"
        "er modtaget|är mottagen|ar mottagen|har modtaget|har mottagits|er ankommet|kom|kommit}",
        "{tak for|tack för|tack for|modtaget|mottagit} {kreditnotaen|kreditnotan|krediteringen}",
        blockers=("ikke", "inte", "ej", "aldrig", "hvis", "om", "når", "när", "endnu", "ännu"),
    ),
)


# Round 20 (dev116): Norwegian bokmål. "skadet", "mangler", "før" and "kreditnota" are read by the
# Danish family; these add the Norwegian forms: "feil pris"/"feil antall" (Danish "forkert", Swedish
# "fel"), "mottatt" ("vi har ikke mottatt fakturaen"), "reklamasjon", "lekker"/"råtten", a credit note
# still awaited with the verb first ("venter vi fortsatt på kreditnota").
_NB_IF = ("hvis", "dersom", "ikke", "ingen", "intet", "aldri")
_INVOICE_NB = "{faktura|fakturaen|fakturaene|fakturaer}"
DISPUTE_RULES = DISPUTE_RULES + (
    _nordic_rule(
        "dispute.damaged.nb",
        CLEAR,
        # not "lekker" (Dutch "tasty": "lekker weekend!") nor "tint" (an English word)
        "{lekk|lekket|lekkasje|råtten|ratten|råtne|ratne|opptint|ødelagt|odelagt|knust|knuste|bulket}",
        blockers=_NB_IF,
    ),
    _nordic_rule(
        "dispute.quantity.nb",
        CLEAR,
        "{feil|galt} {antall|mengde|kvantum|vekt}",
        "{fikk vi|mottok vi|kom det} {bare|kun} #",
        blockers=_NB_IF,
    ),
    _nordic_rule(
        "dispute.pricing.nb",
        CLEAR,
        "{feil|gal|for høy|for hoy|for høye|for hoye} {pris|priser|prisen|prisene|enhetspris|enhetsprisen|kilopris|"
        "kiloprisen|rabatt|rabatten}",
        "{ifølge|ifolge|iht|etter} {vår|var|den|det}? {avtale|avtalen|tilbud|tilbudet|prisliste|prislisten|kontrakt|"
        "kontrakten} _8 {koste|koster|pris|prisen|være}",
        "{rabatten|rabatt} {mangler|er ikke trukket fra}",
        blockers=_NB_IF,
    ),
    _nordic_rule(
        "dispute.invoice_not_received.nb",
        STRONG,
        "{har|hadde} {ennå|enda}? {ikke|aldri} {mottatt|fått|fatt|sett} {noen|denne|den|de}? " + _INVOICE_NB,
        _INVOICE_NB + " {har|er} {ennå|enda}? {ikke|aldri} {kommet|mottatt|dukket opp}",
        blockers=("hvis", "dersom", "kreditnota", "kreditnotaen"),
    ),
    _nordic_rule(
        "dispute.other.nb",
        CLEAR,
        "{reklamasjon|reklamasjonen|reklamasjoner|reklamerer|reklamere}",
        "{vi|jeg} {ønsker|onsker|ber om|krever|venter på|venter pa|forventer} {en|et}? {kreditnota|kreditering|kreditert}",
        "venter {vi|jeg} {fortsatt|fremdeles|ennå|enda|fremdeles}? {på|pa} {en}? {kreditnota|kreditering}",
        "{bestrider|protesterer mot} _3 {fakturaen|beløpet|belopet|kravet|faktureringen}",
        blockers=("hvis", "dersom", "takk", "løst", "avsluttet"),
    ),
)


# Round 20 (dev116's Swedish): the invoice named first, the verb second (V2 after a fronted object):
# "Faktura 24591 har vi aldrig fått", "fakturaen har vi ikke modtaget"; and "den finns inte i vårt
# system" said of it. A condition ("om", "hvis") or a credit note's absence stays out.
DISPUTE_RULES = DISPUTE_RULES + (
    _nordic_rule(
        "dispute.invoice_not_received.nordic_fronted",
        STRONG,
        _INVOICE_NORDIC + " #? {har|havde|hade} {vi|jeg|jag} {endnu|ännu|annu}? {ikke|inte|aldrig|ej} {modtaget|"
        "mottagit|fået|faet|fått|fatt|set|sett}",
        _INVOICE_NORDIC + " #? {,}? {den|det}? {finns|findes|fins|fanns|fandtes} {ikke|inte|ej} {i} {vårt|vart|vores|"
        "vort} {system|systemet|affärssystem|reskontra|bokföring|bogføring}",
        blockers=("hvis", "om", "ifall", "kreditnota", "kreditnotaen", "kreditnotan"),
    ),
)

# Round 20 (dev117's German): the credit note or corrected invoice still awaited for one invoice while
# others are paid ("Zur FE-151 warten wir weiterhin auf Ihre Gutschrift", "für die 4711 warten wir noch
# auf die korrigierte Rechnung"): the invoice is withheld over it, as in the other languages of
# dispute.other.correction_awaited. Thanked for or received, it closes the matter (settled rules).
DISPUTE_RULES = DISPUTE_RULES + (
    rule(
        "dispute.other.correction_awaited_de",
        MEDIUM,
        "{warten|warte|wartet} {wir|ich}? {weiterhin|noch|immer noch|nach wie vor|bislang|seit wochen}? {immer}? "
        "{noch}? auf {die|eine|ihre|eure|unsere|der|das}? {gutschrift|gutschriften|korrigierte rechnung|"
        "rechnungskorrektur|korrekturrechnung|stornorechnung|berichtigte rechnung|gutschriftsanzeige}",
        blockers=("danke", "dank", "erhalten", "nicht", "kein", "keine", "wenn", "falls"),
    ),
)


# Round 20 (the arrival of dev116-dev119): Czech, written with its letters (the fold removes háček
# and čárka). Czech negates with the prefix ne- on the verb ("neobdrželi", "nesouhlasí"), written into
# the patterns, so they are not negatable; a condition before them ("pokud", "jestli", "kdyby") or a
# denial ("bez", "žádné") blocks them.
_CS_IF = ("pokud", "jestli", "jestlize", "kdyby", "pripade", "zda")
_INVOICE_CS = "{fakturu|faktury|faktura|fakturou|faktuře|faktur}"
DISPUTE_RULES = DISPUTE_RULES + (
    rule(
        "dispute.invoice_not_received.cs",
        STRONG,
        # "tuto fakturu jsme nikdy neobdrželi", "faktura k nám nedorazila"
        _INVOICE_CS + " _4 {neobdrželi|neobdržel|neobdržela|nedostali|nedostal|nedostala|nemáme|nevidíme}",
        "{neobdrželi|nedostali|nemáme} {jsme}? {nikdy|vůbec|ještě}? {tuto|tu|žádnou|uvedenou}? " + _INVOICE_CS,
        _INVOICE_CS + " _4 {nedorazila|nedorazily|nepřišla|nepřišly|nedošla|nedošly}",
        negatable=False,
        blockers=_CS_IF + ("opravnou", "opravne", "dobropis"),
    ),
    rule(
        "dispute.damaged.cs",
        CLEAR,
        # "zboží dorazilo poškozené", "vadné kusy", "rozbitá paleta"
        "{poškozené|poškozený|poškozená|poškozených|poškozenou|vadné|vadný|vadná|vadných|vadnou|rozbité|rozbitý|rozbitá|"
        "rozbitých|prasklé|prasklý|prasklých|zdeformované|zrezivělé|nefunkční}",
        negatable=False,
        blockers=_CS_IF + ("bez", "zadne", "zadny", "zadna", "nebylo", "nebyly", "nebyl", "neni", "nejsou"),
    ),
    rule(
        "dispute.quantity.cs",
        CLEAR,
        # "chybí 40 kusů", "fakturováno 900 ks, dodáno 850", "nesouhlasí množství"
        "{chybí|chybělo|chyběly|chyběl|scházelo|schází} _3 # {kusů|ks|kusy|palet|palety|balení|krabic|beden}",
        "{fakturováno|fakturovali|vyfakturovali} _8 {ale|avšak|ovšem} {dodáno|dodali|dorazilo|přišlo|obdrželi|převzali}",
        "{chybné|špatné|nesprávné|jiné|nesouhlasí} {množství|počet}",
        "{množství|počet} {kusů|palet}? _3 {nesouhlasí|neodpovídá|nesedí}",
        negatable=False,
        blockers=_CS_IF,
    ),
    rule(
        "dispute.pricing.cs",
        CLEAR,
        # "chybná cena", "cena neodpovídá nabídce", "účtujete jinou cenu, než byla dohodnutá", "chybí sleva"
        "{chybná|chybné|špatná|špatné|nesprávná|nesprávné|vyšší|jiná|jinou|nadsazená|přemrštěná} {cena|ceny|cenu|jednotková cena|"
        "jednotkovou cenu|sazba|sazbu}",
        "{cena|ceny|cenu} _4 {neodpovídá|neodpovídají|nesouhlasí|nesedí|je vyšší|je jiná}",
        "{neodpovídá|neodpovídají|nesouhlasí} s {nabídkou|objednávkou|smlouvou|ceníkem|dohodou}",
        "{chybí|nebyla započtena|nezapočítali|nezohlednili|neuplatnili} {sleva|slevu|rabat|rabatu|bonus}",
        negatable=False,
        blockers=_CS_IF,
    ),
    rule(
        "dispute.other.cs",
        STRONG,
        # "reklamujeme fakturu", "podali jsme reklamaci", "čekáme na dobropis", "fakturu neuznáváme"
        "{reklamujeme|reklamuji|reklamovali|reklamovala|reklamoval}",
        # the noun only with its act ("reklamace byla vyřízena" is settled)
        "{podali|podáváme|uplatňujeme|uplatnili|zasíláme|posíláme|zaslali|poslali|podala|podal} {jsme|jsem}? {tímto}? "
        "{reklamaci|reklamace}",
        "{čekáme|čekám|očekáváme|žádáme|žádám|prosíme|prosím} {o|na} {dobropis|opravný daňový doklad|opravnou fakturu}",
        "{fakturu|faktury|částku} {neuznáváme|neakceptujeme|rozporujeme|nezaplatíme dokud}",
        negatable=False,
        blockers=_CS_IF + ("vyrizena", "vyrizenou", "vyrizeni", "uzavrena", "dekujeme", "dekuji"),
    ),
)
