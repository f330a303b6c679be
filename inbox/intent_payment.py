"""Rules for the payment intents: remittance_advice, already_paid, promise_to_pay, payment_plan_request.

The line between the first two: a remittance advice announces a payment and lists what it
covers ("please find our remittance", "we have paid the following invoices"); already_paid
is a bare claim ("we paid this on 3 Nov, please check"). classify promotes already_paid to
remittance_advice when the message also has remittance lines.
"""
from __future__ import annotations

from inbox.intent_engine import CLEAR, HINT, MEDIUM, STRONG, WEAK, Rule, rule

# A claim of payment is not one when it is conditional or in the future:
# "if it has been paid", "la facture sera réglée le 15".
_NOT_PAST = (
    "what", "qui", "quoi", "welche", "if", "whether", "once", "when", "until", "will", "shall", "would",
    "si", "sera", "seront", "serons", "va", "vont", "lorsque", "quand",
    "ob", "wenn", "falls", "sofern", "sobald", "wird", "werden", "werde",
    "cuando", "seran", "vamos",
)
# "payment on 3 Nov" is a promise only when nothing says it already happened.
_PAST = (
    "paid", "made", "sent", "settled", "transferred", "wired", "processed", "remitted", "was", "were", "did",
    "effectue", "regle", "reglee", "paye", "payee", "vire", "envoye", "ete", "avons",
    "bezahlt", "uberwiesen", "beglichen", "erfolgt", "wurde", "haben",
    "pagado", "pagamos", "realizado", "efectuado", "transferido", "abonado", "fue", "hemos",
)

_PAYWORD_EN = "{payment|payments|transfer|wire|remittance|funds|cheque|check|eft|ach|bacs}"
_INVOICES_EN = "{invoice|invoices|items|documents|amounts|bills|invoice numbers}"

REMITTANCE: tuple[Rule, ...] = (
    rule(
        "remittance_advice.en.advice",
        STRONG,
        "remittance {advice|advices|advise|note|notification|details|slip|statement|summary|report|information|attached|enclosed|below|copy}",
        "{payment|eft|ach|bacs|wire|transfer|credit} {advice|advices|advise|notification|confirmation details}",
        "{advice|notification|notice|confirmation|details|breakdown|summary} of {payment|payments|remittance|transfer|funds}",
        "{find|attached|enclosed|herewith|see} _3 {our|the|your|a}? remittance",
        ),
    rule("remittance_advice.en.mention", MEDIUM, "{our|the|this|a} remittance", "remittance :"),
    rule(
        "remittance_advice.en.following",
        STRONG,
        f"{{paid|settled|cleared|remitted|processed|released}} the following {_INVOICES_EN}?",
        f"the following {_INVOICES_EN} {{have|has|were|was|are|will}} {{been|be}}? {{paid|settled|included|processed|cleared|remitted}}",
        f"{{payment|transfer|remittance|amount|this|it}} {{covers|covering|includes|including|relates to|is for|was for|consists of|comprises|represents}} {{the|these|following|invoice|invoices|invoice number|numbers|our|your}}",
        f"{{payment|transfer|remittance}} {{of|for}} the following {_INVOICES_EN}?",
        f"{_INVOICES_EN} {{paid|settled|included|covered}} {{in|by|with|:|under}} {{this|the|our|today}}",
        "{breakdown|details|list|summary} {of|for} {the|this|our}? {payment|invoices paid|amounts paid|transfer}",
        "{allocate|apply|match|reconcile} {this|the|our|these}? {payment|payments|funds|remittance|transfer} {to|against|as follows}",
        "{invoices|items|documents} paid :",
    ),
    rule(
        "remittance_advice.fr.avis",
        STRONG,
        "avis de {paiement|virement|reglement|prelevement|credit}",
        "{detail|details|releve|bordereau|liste} {de|du|des} {reglement|reglements|paiement|paiements|virement|virements|factures reglees|factures payees}",
        "{factures|pieces|documents} {suivantes|suivants} {ont|sont|a} {ete}? {reglees|payees|reglés|soldees|virees|incluses}",
        "{regle|paye|solde|vire|reglé} les factures suivantes",
        "{ce|le|notre} {virement|reglement|paiement} {couvre|correspond|concerne|inclut|comprend|regroupe|solde}",
        "{lettrer|imputer|affecter|rapprocher} {ce|le|notre|les} {virement|reglement|paiement|paiements}",
    ),
    rule(
        "remittance_advice.de.avis",
        STRONG,
        "{zahlungsavis|zahlungsavise|uberweisungsavis|avis|zahlungsmitteilung|zahlungsbenachrichtigung|zahlungsankundigung|zahlungsaufstellung|zahlungsdetails|avisierung}",
        "folgende {rechnungen|belege|posten|positionen} _3 {bezahlt|beglichen|uberwiesen|ausgeglichen|angewiesen|gezahlt|enthalten}",
        "{die|diese|unsere} {zahlung|uberweisung} {umfasst|betrifft|beinhaltet|enthalt|setzt sich|deckt|bezieht sich}",
        "ausgleich {folgender|der folgenden} {rechnungen|posten|belege}",
    ),
    rule(
        "remittance_advice.es.aviso",
        STRONG,
        "{aviso|notificacion|comunicacion|detalle|relacion} de {pago|pagos|transferencia|transferencias|remesa|abono|facturas pagadas}",
        "{las|los} {siguientes} {facturas|documentos|recibos} {han|fueron|se han|quedan} {sido}? {pagadas|pagados|abonadas|abonados|saldadas|liquidadas|incluidas}",
        "{pagado|abonado|liquidado|saldado|pagamos|abonamos|liquidamos} las siguientes facturas",
        "{este|el|nuestro|dicho} {pago|transferencia|abono} {cubre|corresponde|incluye|comprende|salda|liquida}",
        "{orden de pago|remesa de pagos|pago por confirming|confirming}",
    ),
)

_TODAY = (
    "{today|this morning|this afternoon|earlier today|today's|this morning's|tonight|ce jour|aujourd'hui|aujourd|"
    "ce matin|cet apres midi|heute|heute morgen|soeben|hoy|esta manana|en el dia de hoy|yesterday|hier|gestern|ayer}"
)
# A payment announced the day it is made, with what it covers, is an advice, not a claim.
REMITTANCE = REMITTANCE + (
    rule(
        "remittance_advice.any.paid_today",
        CLEAR,
        "{paid|wired|transferred|remitted|released|sent|issued|made|processed|initiated|executed|settled|submitted|"
        "regle|reglee|reglees|paye|payee|vire|viree|effectue|effectuee|procede|emis|emise|envoye|parti|passe|lance|"
        "execute|ordonne|uberwiesen|bezahlt|angewiesen|beglichen|ausgefuhrt|veranlasst|freigegeben|realizada|"
        "realizado|efectuada|efectuado|pagado|pagada|transferido|transferida|abonado|ordenado|ordenada|emitido|"
        "emitida|enviado|enviada} _6 " + _TODAY,
        "{went|gone|go|goes|left} out _4 " + _TODAY,
        _TODAY + " _3 {we|i|nous|je|on|wir|ich|hemos|he} {have|avons|ai|a|haben|habe}? {paid|wired|transferred|"
        "remitted|released|sent|made|processed|settled|regle|paye|vire|effectue|procede|emis|envoye|lance|passe|"
        "uberwiesen|bezahlt|angewiesen|beglichen|pagado|realizado|efectuado|transferido|abonado|ordenado}",
        "{confirmons|confirme|confirm|bestatigen|confirmamos} {le|notre|the|our|die|unsere|el|la|nuestro|nuestra} "
        "{paiement|reglement|virement|payment|transfer|zahlung|uberweisung|pago|transferencia}",
        blockers=("if", "will", "shall", "would", "sera", "seront", "va", "vont", "wird", "werden", "si", "wenn", "falls"),
    ),
)

ALREADY_PAID: tuple[Rule, ...] = (
    rule(
        "already_paid.en.claim",
        CLEAR,
        "already {been}? {paid|settled|transferred|remitted|sent|made|processed|cleared|wired|released|issued|mailed|posted}",
        "{has|have|had|was|were} {already}? {been}? {paid|settled|remitted} {in full|on|last|yesterday|today|by|via|already|at|earlier|weeks|days|a week|this|twice}",
        f"{{has|have|had}} {{already}}? {{been}}? {{paid|settled}}",
        "{we|i|our company|our team|accounts payable|ap} {already|have|did|had}? {paid|settled|transferred|remitted|wired|cleared} {this|it|that|the|these|those|your|them|all|in full|on|last|yesterday|today|via|by}",
        f"{_PAYWORD_EN} {{was|has|had|were|have}} {{already}}? {{been}}? {{made|sent|processed|released|transferred|issued|executed|initiated|remitted|paid|mailed|posted|wired|submitted|completed|debited|credited|received}}",
        "{we|i} {sent|made|processed|released|transferred|issued|initiated|executed|wired|mailed|posted|submitted|completed} {the|a|our|this|your|that}? {full}? {payment|transfer|wire|funds|cheque|check|money|amount|remittance|balance}",
        "{paid|settled|transferred|remitted|wired} {on|last|yesterday|earlier|at the end of|at the beginning of|two weeks ago|a week ago|days ago}",
        "{proof|evidence|confirmation|copy} of {payment|transfer|the transfer|the payment|remittance}",
        "{payment|transfer|bank} {confirmation|receipt|proof|slip|swift} {attached|enclosed|herewith|below}",
        "{should|must} have {reached|arrived|cleared|been credited|been received|hit} {you|your}",
        "{funds|money|payment|amount} {should|must|will} {have}? {reached|arrived|cleared|show|appear|been}",
        "{paid|settled} in full",
        "{we|i} {already}? {paid|settled|transferred|wired|remitted|cleared} _3 {in full|back in|last|on|via|by|from|through|with|using}",
        "already {taken care of|sorted|dealt with|been taken care of}",
        blockers=_NOT_PAST,
    ),
    rule(
        "already_paid.fr.claim",
        CLEAR,
        "deja {ete}? {regle|reglee|reglees|regles|paye|payee|payees|payes|vire|viree|solde|soldee|honore|honoree|effectue|acquitte|acquittee}",
        "{a|ont|avons|ai|avait|avions|est|sont} {deja}? {ete}? {regle|reglee|reglees|regles|paye|payee|payees|payes|vire|viree|virees|solde|soldee|soldees|acquitte|acquittee}",
        "{avons|ai|a|ont} {deja}? {effectue|procede|realise|emis|envoye|passe|fait|lance|execute} {le|au|un|notre|les|ce}? {virement|reglement|paiement|versement|cheque|virements|reglements|paiements}",
        "{virement|reglement|paiement|versement|cheque} {a|ont|est} {ete|bien}? {ete}? {effectue|effectuee|emis|envoye|passe|fait|execute|realise|lance|poste|parti|debite|credite|recu}",
        "{virement|reglement|paiement|cheque} {effectue|emis|envoye|execute|realise|parti|passe|debite|fait} {le|en date|ce|hier|la semaine}",
        # "règle le" (present) folds like "réglé le" (past): only feminine forms stand alone.
        "{reglee|reglees|payee|payees|viree|virees|soldee|soldees} {le|en date du|hier|la semaine derniere|par virement|par cheque|depuis}",
        "{preuve|justificatif|justificatifs|copie|confirmation|avis|ordre} de {paiement|virement|reglement|debit}",
        "{doit|devrait|devraient|aurait|auraient} {du}? {vous}? {etre}? {parvenir|parvenu|arrive|arriver|credite|apparaitre|figurer}",
        blockers=_NOT_PAST,
    ),
    rule(
        "already_paid.de.claim",
        CLEAR,
        "{bereits|schon|langst} {am|vor|im|zum|letzte|letzten}? _2 {bezahlt|beglichen|uberwiesen|gezahlt|ausgeglichen|angewiesen|erledigt|bezahlt worden|beglichen worden}",
        "{wurde|wurden|ist|sind} {bereits|schon|am|vor|per|letzte|letzten|gestern|heute}? _3 {bezahlt|beglichen|uberwiesen|gezahlt|ausgeglichen|angewiesen|erledigt}",
        "{haben|habe|hatten|hatte} _5 {bezahlt|beglichen|uberwiesen|gezahlt|ausgeglichen|angewiesen}",
        "{zahlung|uberweisung|uberweisungen|zahlungen} {ist|ist bereits|wurde|wurden|sind|ging} _4 {erfolgt|ausgefuhrt|getatigt|raus|rausgegangen|veranlasst|angewiesen|durchgefuhrt|verbucht|eingegangen|hinausgegangen|abgegangen|rausgegangen}",
        "{zahlungsnachweis|zahlungsbeleg|uberweisungsbeleg|zahlungsbestatigung|uberweisungsbestatigung|kontoauszug anbei|einzahlungsbeleg|uberweisungsnachweis}",
        "{sollte|mussten|musste|durfte|sollten} {bei ihnen|ihnen|inzwischen|langst|bereits}? _2 {eingegangen|angekommen|gutgeschrieben|vorliegen}",
        blockers=_NOT_PAST,
    ),
    rule(
        "already_paid.es.claim",
        CLEAR,
        "ya {fue|se|ha sido|han sido|esta|estan|hemos|habiamos|la|lo|las|los}? {pagado|pagada|pagados|pagadas|abonado|abonada|abonados|abonadas|pagamos|abonamos|transferimos|pago|abono|saldado|saldada|liquidada|liquidado|liquidamos|realizado|realizamos|efectuado|efectuamos}",
        "{hemos|he|habiamos|se ha|se han} {pagado|abonado|transferido|liquidado|saldado} {la|las|el|los|esta|estas|dicha|dichas|dicho|su|sus|todo|todas|todos|en|el dia|hace|ayer}?",
        "{hemos|he|habiamos} {realizado|efectuado|hecho|emitido|enviado|ordenado|procesado} {el|la|un|una|los|las|dicho|dicha}? {pago|pagos|transferencia|transferencias|abono|ingreso|cheque}",
        "{fue|fueron|ha sido|han sido|esta|estan|quedo|quedaron} {pagada|pagadas|pagado|pagados|abonada|abonadas|abonado|abonados|saldada|saldadas|liquidada|liquidadas|transferido|transferida|cancelada|canceladas}",
        "se {pago|pagaron|abono|abonaron|transfirio|realizo el pago|efectuo el pago|hizo el pago|realizo la transferencia}",
        "{pagamos|abonamos|transferimos|liquidamos} {la|las|el|los|esta|dicha|su} _3",
        "{comprobante|justificante|prueba|copia|confirmacion} de {pago|transferencia|abono|la transferencia|el pago}",
        blockers=_NOT_PAST,
    ),
    rule(
        "already_paid.any.check_records",
        MEDIUM,
        "{check|verify|look at|look into|review} {your|with your|on your} {records|account|accounts|bank|system|statement|ledger|side|bank account|receipts}",
        "{verifier|controler|regarder|verifiez|controlez} {vos|votre|sur votre|de votre} {comptes|compte|releves|releve|encaissements|enregistrements|fichiers|systeme|banque|comptabilite|livres}",
        "{prufen|uberprufen|kontrollieren} sie _2 {zahlungseingang|zahlungseingange|kontoauszug|kontoauszuge|konten|konto|buchhaltung|unterlagen|eingange|buchungen}",
        "{revisen|verifiquen|comprueben|chequeen|consulten|revise|verifique|compruebe} {sus|su|vuestra|vuestras|vuestros} {registros|cuentas|cuenta|extractos|extracto|sistema|banco|contabilidad|cobros}",
        blockers=_NOT_PAST,
    ),
)

PROMISE: tuple[Rule, ...] = (
    rule(
        "promise_to_pay.en.will_pay",
        CLEAR,
        "{we|i|the company|our company|accounts payable|ap|our ap team|our finance team|finance} {will|shall|are going to|am going to|plan to|intend to|expect to|aim to|hope to|promise to|are planning to|are able to|can|should be able to|would like to|want to|commit to|undertake to} {definitely|now|then|also|certainly|try to|look to|be able to}? {pay|settle|transfer|wire|remit|honour|honor}",
        "{we|i|the company|our company|accounts payable|ap|our ap team|our finance team|finance} {will|shall|are going to|am going to|plan to|intend to|expect to|aim to|hope to|promise to|are planning to|are able to|can|should be able to|want to|commit to|undertake to} {definitely|now|then|also|certainly|try to|look to|be able to}? {send|make|arrange|schedule|issue|initiate|release|process|action|authorise|authorize|approve|clear|sort|include|book|raise|submit} _3 {payment|payments|transfer|wire|funds|cheque|check|remittance|money|balance|invoice|invoices|amount}",
        f"{_PAYWORD_EN} {{will|shall|should|is going to|is expected to|is scheduled to|would}} {{be}}? {{made|sent|paid|processed|released|issued|executed|transferred|initiated|remitted|scheduled|arriving|credited|with you|in your account|effected|going out|leave|go out|reach you|arrive|hit}}",
        f"{{invoice|invoices|amount|balance|account|it|this|everything|sum|outstanding|open items|remaining|rest}} {{will|shall|should|is going to|is scheduled to}} {{be}} {{paid|settled|cleared|processed|transferred|remitted|released|included}}",
        "{scheduled|planned|earmarked|booked|queued|lined up|set up|approved|released|slated} for {payment|our next payment|the next payment|our payment|the payment|next week|this week|friday|monday|tuesday|wednesday|thursday|the end}",
        "{next|upcoming|following|weekly|monthly|friday|thursday} {payment|pay|cheque|check} {run|runs|cycle|batch|date|proposal}",
        "in {our|the} {next|upcoming|following} {payment|pay|cheque|check}? {run|cycle|batch}",
        "{you|you'll} {will|should|can expect to|'ll}? {receive|get|see|expect} {the|our|your|a|full}? {payment|funds|money|transfer|remittance|cheque|check}",
        "{payment|transfer|cheque|check} {is|has been} {scheduled|planned|approved|booked|queued|set up|arranged|due to go out|expected|authorized|authorised}",
        "{pay|settle|transfer|remit|clear} {it|this|the invoice|the balance|the amount|in full|the outstanding}? {by|before|on|next|this|within|no later than|at the end of|end of} {friday|monday|tuesday|wednesday|thursday|saturday|sunday|the end|end|next|tomorrow|close|month|week|cob|eod|#}",
        "{expect|anticipate} {payment|to pay|the payment|funds|to settle}",
    ),
    rule(
        "promise_to_pay.fr.will_pay",
        CLEAR,
        "{nous|je|on} {allons|vais|va|pourrons|pourrai|devrions|comptons|compte|prevoyons|prevois|envisageons|nous engageons a|me engage a|esperons} {vous}? {regler|payer|virer|solder|honorer|verser|mettre en paiement}",
        "{nous|je|on} {allons|vais|va|pourrons|pourrai|devrions|comptons|compte|prevoyons|prevois|envisageons|nous engageons a|me engage a|esperons} {vous}? {proceder|effectuer|lancer|emettre|faire|envoyer|programmer|passer|realiser|executer} _2 {virement|reglement|paiement|versement|cheque|virements|reglements|paiements}",
        "{reglerons|reglerai|paierons|payerons|paierai|payerai|virerons|solderons|verserons|honorerons}",
        "{effectuerons|procederons|emettrons|lancerons|programmerons|ferons|enverrons|passerons|realiserons|executerons} _3 {virement|reglement|paiement|versement|cheque|virements|reglements|paiements}",
        "{le|un|notre|votre|ce|du|les} {virement|reglement|paiement|versement|cheque|virements|reglements|paiements} {partira|sera|seront|interviendra|est|sont|va|devrait|arrivera|pourra|doit|part} {effectue|effectues|fait|emis|envoye|lance|programme|prevu|prevus|planifie|realise|execute|valide|partir|intervenir|arriver|etre|pour|le|en|au|debut|fin|dans|de ici|la semaine|demain}",
        "{facture|factures|montant|solde|somme|reste|tout} {sera|seront|va etre|vont etre|devrait etre|devraient etre} {reglee|reglees|payee|payees|regle|paye|soldee|soldees|virée|viree|honoree|mise en paiement|mises en paiement|reglé|traitee|traitees|integree|integrees}",
        "{virement|reglement|paiement|versement|cheque|virements|paiements} {partira|partiront|interviendra|arrivera|sera emis|sera effectue|sera lance|sera fait|sera envoye|sera execute|est prevu|est programme|est planifie|part}",
        "{mise|mises} en paiement {le|prevue|programmee|est prevue|interviendra|a|au|en|dans|de ici|fin|debut|semaine|demain}",
        "{prochaine|prochain} {campagne|cycle|session|lot|run|echeance|virement|proposition} {de}? {paiement|paiements|reglement|reglements|virements}?",
        "{recevrez|receverez|aurez|devriez recevoir} {le|votre|un|notre|les|la} {paiement|virement|reglement|cheque|fonds|somme}",
        "bon a payer",
        "{regler|payer|virer|solder} {la|le|les|cette|votre|ce}? {facture|factures|montant|solde|somme}? {de ici|avant|au plus tard|sous|dans les|dans la|des|en fin|fin|le|pour le|a la fin}",
        
    ),
    rule(
        "promise_to_pay.de.will_pay",
        CLEAR,
        "{wir|ich} {werden|werde|wollen|will|konnen|kann|mochten|mochte|planen|plane|beabsichtigen} _7 {uberweisen|bezahlen|zahlen|begleichen|anweisen|ausgleichen|freigeben|uberwiesen|uberweisen lassen|veranlassen|leisten|vornehmen|tatigen}",
        "{uberweisen|zahlen|bezahlen|begleichen|uberweise|zahle|bezahle|begleiche|uberweist|zahlt|begleicht|weisen} {wir|ich} _4 {am|bis|zum|nachste|nachsten|nachster|morgen|ubermorgen|diese|dieser|diesen|kommende|kommenden|kommender|anfang|ende|mitte|innerhalb|spatestens|heute|sofort|umgehend|in|an|noch|den|die|das}",
        "{zahlung|uberweisung|begleichung|uberweisungen|zahlungen|auszahlung} {erfolgt|erfolgen|wird|werden|geht|gehen|ist|folgt|kommt} _4 {am|bis|zum|nachste|nachsten|nachster|morgen|anfang|ende|mitte|innerhalb|spatestens|heute|geplant|vorgesehen|eingeplant|veranlasst|raus|hinaus|ausgefuhrt|angewiesen|freigegeben|durchgefuhrt|kommende|kommenden|in}",
        "{rechnung|rechnungen|betrag|saldo|summe|restbetrag|posten|rest} {wird|werden} _4 {bezahlt|beglichen|uberwiesen|angewiesen|ausgeglichen|gezahlt|freigegeben}",
        "{nachste|nachsten|nachster} {zahllauf|zahlungslauf|zahlungstermin|zahlungsvorschlag}",
        "{wir|ich} {uberweisen|zahlen|bezahlen|begleichen|uberweise|zahle|bezahle|begleiche} _5 {am|bis|zum|nachste|nachsten|nachster|morgen|ubermorgen|diese|dieser|diesen|kommende|kommenden|kommender|anfang|ende|mitte|innerhalb|spatestens|heute|sofort|umgehend|montag|dienstag|mittwoch|donnerstag|freitag}",
        "{zahllauf|zahlungslauf|zahlungsvorschlag}",
        "zur zahlung {freigegeben|angewiesen|vorgesehen|eingeplant|eingereicht}",
        "{sie|ihr} {erhalten|bekommen|erhaltet|bekommt} _3 {zahlung|uberweisung|betrag|geld|gutschrift}",
    ),
    rule(
        "promise_to_pay.es.will_pay",
        CLEAR,
        "{pagaremos|abonaremos|transferiremos|liquidaremos|saldaremos|ingresaremos|pagare|abonare|transferire}",
        "{realizaremos|efectuaremos|procederemos|haremos|emitiremos|enviaremos|ordenaremos|tramitaremos|realizare|procedere|hare} _3 {pago|pagos|transferencia|transferencias|abono|ingreso|cheque}",
        "{vamos|voy|podremos|podre|pensamos|esperamos|espero|planeamos|intentaremos|queremos|nos comprometemos} {a}? {pagar|abonar|transferir|liquidar|saldar|ingresar}",
        "{vamos|voy|podremos|podre|pensamos|esperamos|espero|planeamos|intentaremos|nos comprometemos} {a}? {realizar|efectuar|proceder|hacer|emitir|enviar|ordenar|tramitar} _3 {pago|pagos|transferencia|transferencias|abono|ingreso|cheque}",
        "{el|la|los|las|dicho|dicha|su|nuestro|nuestra} {pago|transferencia|abono|ingreso|pagos|transferencias} {se}? {realizara|hara|efectuara|enviara|procesara|emitira|saldra|llegara|ejecutara|recibira|estara|sera|esta previsto|esta prevista|esta programado|esta programada|esta planificado|quedara}",
        "se {pagara|pagaran|abonara|abonaran|transferira|liquidara|liquidaran|saldara|realizara el pago|efectuara el pago|hara el pago|realizara la transferencia|hara la transferencia|emitira el pago}",
        "{factura|facturas|importe|saldo|deuda|cantidad|resto} {sera|seran|quedara|quedaran|va a ser|van a ser} {pagada|pagadas|pagado|abonada|abonadas|abonado|saldada|saldadas|liquidada|liquidadas|transferido|transferida|ingresado}",
        "{recibiran|recibira|recibiras|tendran|tendra} {el|su|la|los|nuestro|nuestra} {pago|transferencia|abono|importe|dinero|ingreso}",
        "{proxima|proximo|siguiente} {remesa|ciclo|tanda|lote|fecha|ronda} {de}? {pago|pagos}",
        "{fecha de pago|pago} {prevista|previsto|programada|programado|estimada|estimado}",
    ),
    rule(
        "promise_to_pay.any.when",
        WEAK,
        "{pay|settle|paid|settled|payment|transfer|regler|payer|paiement|virement|reglement|zahlen|uberweisen|zahlung|uberweisung|pagar|pago|transferencia|abonar} {by|before|on|next|this|tomorrow|le|avant|demain|sous|am|bis|morgen|el|antes de|manana|la proxima|el proximo|esta|este} {monday|tuesday|wednesday|thursday|friday|lundi|mardi|mercredi|jeudi|vendredi|montag|dienstag|mittwoch|donnerstag|freitag|lunes|martes|miercoles|jueves|viernes|week|semaine|woche|semana|month|mois|monat|mes|end|fin|ende|#}",
        blockers=_PAST,
    ),
)

# Passive futures need no subject: "SI-88513 will be paid next week", "la F2026/0255 sera réglée fin du mois".
PROMISE = PROMISE + (
    rule(
        "promise_to_pay.any.passive_future",
        CLEAR,
        "{will|shall|should|would|is going to|are going to} {be}? {definitely|hopefully|then|also|now}? {paid|settled|"
        "processed|released|transferred|remitted|cleared|wired|actioned|payed|included in}",
        "{will|should} {go out|be going out|leave|hit your account|reach you|be with you|be in your account}",
        "{sera|seront|va etre|vont etre|devrait etre|devraient etre|pourra etre|pourront etre|sera bien|seront bien} "
        "{reglee|reglees|regle|regles|payee|payees|paye|payes|viree|virees|vire|verse|versee|versees|soldee|soldees|"
        "honoree|honorees|effectue|effectuee|mise en paiement|mises en paiement|mis en paiement|lance|emis|execute|"
        "incluse|inclus|integree}",
        "vous {regle|reglons|reglerons|reglerai|payons|paie|paye|paierons|payerons|vire|virons|virerons|virerai|verse|"
        "versons|verserons|envoie|envoyons|enverrons} {ca|cela|la|le|les|cette|ce|tout|le solde|la facture}? "
        "{debut|fin|le|la semaine|demain|lundi|mardi|mercredi|jeudi|vendredi|avant|sous|des|au plus tard|dans|"
        "de ici|en fin|en debut|mi|courant|cette semaine|la semaine prochaine}",
        "{wird|werden} _4 {bezahlt|beglichen|uberwiesen|angewiesen|ausgeglichen|gezahlt|freigegeben|ausgefuhrt|"
        "veranlasst}",
        "{se}? {pagara|pagaran|abonara|abonaran|transferira|transferiran|liquidara|liquidaran|saldara|ingresara|"
        "realizara|efectuara|procesara|emitira}",
        "{sera|seran|quedara|quedaran} {pagada|pagadas|pagado|pagados|abonada|abonadas|abonado|abonados|saldada|"
        "saldadas|liquidada|liquidadas|transferido|transferida|ingresado|realizado|realizada|efectuado|efectuada}",
        blockers=("if", "unless", "si", "wenn", "falls", "sofern"),
    ),
)

PAYMENT_PLAN: tuple[Rule, ...] = (
    rule(
        "payment_plan_request.en.instalments",
        STRONG,
        "instalment|instalments|installment|installments",
        "{payment|repayment|installment|instalment|time to pay} {plan|plans|arrangement|arrangements|schedule|agreement}",
        "{pay|paying|settle|settling|clear|clearing|split} {it|this|the balance|the amount|the invoice|the debt|the outstanding|the total|the sum|that}? {in|over|into} {two|three|four|five|six|several|multiple|monthly|weekly|equal|smaller|2|3|4|5|6|12|a few|a number of|the next} {parts|payments|tranches|stages|chunks|months|weeks|instalments|installments|portions|amounts}?",
        "{split|spread|stagger|break|divide|phase} {up}? {the|our|this|these|that|my}? {payment|payments|amount|balance|cost|debt|invoice|total|sum|bill|outstanding}",
        "{monthly|weekly|fortnightly|quarterly|partial|part|staged|staggered|smaller|regular} {payments|instalments|installments|amounts|repayments}",
        "{part|partial} payment {now|first|this|today|and}",
    ),
    rule(
        "payment_plan_request.en.extension",
        WEAK,
        "{more|extra|additional|some} time to pay",
        "{extension|extended|longer} {of|on|to}? {the}? {payment|credit}? {terms|deadline|due date|time}",
        "{defer|postpone|delay} {the|our|this}? payment",
        "{cash flow|cashflow|liquidity} {issues|problems|difficulties|constraints|situation|is tight}",
    ),
    rule(
        "payment_plan_request.fr.echeancier",
        STRONG,
        "{echeancier|echeanciers|echelonnement|mensualisation}",
        "{paiement|reglement|regler|payer|paiements|reglements|versement|versements} {en|par} {plusieurs|deux|trois|quatre|cinq|six|2|3|4|5|6|douze|12} {fois|mensualites|versements|echeances|tranches|parties|temps|mois}",
        "{paiement|reglement|paiements|reglements} {echelonne|echelonnes|fractionne|fractionnes|etale|etales|partiel|partiels}",
        "{echelonner|etaler|fractionner|repartir|diviser} {le|les|notre|nos|ce|cette|la|votre|sa}? {paiement|paiements|reglement|reglements|dette|montant|somme|facture|factures|solde|creance}",
        "plan de {paiement|reglement|remboursement|apurement|financement}",
        "{en|par} {plusieurs|deux|trois|2|3|4} {mensualites|fois|versements|echeances|tranches}",
        "mensualites",
    ),
    rule(
        "payment_plan_request.fr.delai",
        MEDIUM,
        "{delai|delais} {de|supplementaire|supplementaires} {paiement|reglement|pour payer|pour regler}?",
        "{accorder|accordez|octroyer} {un|une|nous} {delai|delais|report|rallonge}",
        "{reporter|repousser|differer|decaler} {le|notre|ce|la}? {paiement|reglement|echeance}",
        "{difficultes|tension|tensions|probleme|problemes} de tresorerie",
    ),
    rule(
        "payment_plan_request.de.raten",
        STRONG,
        "{ratenzahlung*|ratenplan|ratenvereinbarung|teilzahlung*|zahlungsplan|tilgungsplan|zahlungsvereinbarung|abzahlung|ratenweise|monatsraten}",
        "{in|per} {raten|teilbetragen|tranchen|zwei|drei|vier|funf|sechs|mehreren|monatlichen|2|3|4|5|6} {raten|teilbetragen|tranchen|teilzahlungen|zahlungen}?",
        "{monatliche|monatlichen|wochentliche|gleiche|kleinere} {raten|zahlungen|betrage|teilbetrage|teilzahlungen}",
    ),
    rule(
        "payment_plan_request.de.stundung",
        WEAK,
        "{stundung|zahlungsaufschub|zahlungsziel*|aufschub|zahlungsfrist*|fristverlangerung|aufteilen|aufzuteilen|aufteilung}",
        "{liquiditatsengpass|liquiditatsprobleme|liquiditatsschwierigkeiten|engpass}",
    ),
    rule(
        "payment_plan_request.es.plazos",
        STRONG,
        "{pago|pagos|pagar|abonar|liquidar|saldar} {a|en} {plazos|cuotas|partes|varios|dos|tres|cuatro|cinco|seis|2|3|4|5|6|mensualidades}",
        "{en|a} {varios|dos|tres|cuatro|seis|2|3|4|6|doce|12} {plazos|cuotas|pagos|mensualidades|partes|veces|meses}",
        "{fraccionar|fraccionado|fraccionada|fraccionamiento|aplazar|aplazamiento|dividir} {el|la|los|las|nuestro|nuestra|dicho|dicha}? {pago|pagos|importe|deuda|cantidad|factura|facturas|saldo}?",
        "{plan|calendario|acuerdo} de {pagos|pago}",
        "{cuotas|pagos|plazos} {mensuales|semanales|trimestrales|parciales}",
        "{pago|pagos} {parcial|parciales|fraccionado|fraccionados|aplazado|aplazados}",
    ),
    rule("payment_plan_request.es.plazos_word", WEAK, "{mensualidades|plazos}"),
    rule(
        "payment_plan_request.any.schedule",
        MEDIUM,
        "{two|three|four|five|six|2|3|4|5|6|several|multiple|separate|equal|deux|trois|quatre|plusieurs|zwei|drei|"
        "vier|mehrere|dos|tres|cuatro|varios|varias} {payments|instalments|installments|tranches|parts|chunks|"
        "paiements|versements|fois|zahlungen|teilbetrage|pagos|partes} {,|-|:}? {one|of|over|starting|from|each|per|"
        "spread|across|monthly|un|une|dont|sur|a partir|de|eine|ab|uber|uno|una|a partir de|de}",
        "{pay|settle|clear|spread|payer|regler|zahlen|bezahlen|begleichen|pagar|abonar} _6 {over|sur|uber|en} {#|two|"
        "three|four|six|twelve|the next|a few|several|deux|trois|quatre|six|douze|zwei|drei|vier|sechs|dos|tres|"
        "cuatro|seis} {months|weeks|mois|semaines|monate|monaten|wochen|meses|semanas}",
        "{agree|set up|make|arrange|propose|discuss|agreeing|setting up} {a|an|some}? _2 {arrangement|plan|schedule}",
        "{arrangement|plan} {for|on} {the}? {balance|amount|outstanding|debt|invoice|remaining|arrears}",
        "{£|€|$|eur|euros|usd|gbp|chf|dollars|pounds} # {per|a|each|every|par|pro|al|cada} {month|week|mois|semaine|"
        "monat|woche|mes|semana}",
        "# {£|€|$|eur|euros|usd|gbp|chf|dollars|pounds|francs|k}? {per|a|each|every|par|pro|al|cada} {month|week|"
        "mois|semaine|monat|woche|mes|semana}",
    ),
    rule(
        "payment_plan_request.any.not_at_once",
        MEDIUM,
        "{not|pas|nicht|no|cannot|unable} _5 {in one go|all at once|in one payment|in one lump|in a single payment|"
        "en une fois|de un coup|en une seule fois|auf einmal|in einer summe|de una vez|en un solo pago|de golpe}",
        negatable=False,
    ),
    rule(
        "payment_plan_request.es.prorroga",
        WEAK,
        "{prorroga|mas tiempo|mas plazo|ampliar el plazo|ampliacion del plazo|problemas de liquidez|problemas de tesoreria|dificultades de tesoreria|tension de tesoreria}",
    ),
)

# Cues that on their own only hint at a payment; they add to another rule's evidence.
PAYMENT_HINTS: tuple[Rule, ...] = (
    rule("remittance_advice.any.word", HINT, "remittance|remesa|zahlungseingang", "remit*"),
)

