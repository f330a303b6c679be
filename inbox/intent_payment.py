"""Rules for the payment intents: remittance_advice, already_paid, promise_to_pay, payment_plan_request.

The line between the first two: a remittance advice announces a payment and lists what it
covers ("please find our remittance", "we have paid the following invoices"); already_paid
is a bare claim ("we paid this on 3 Nov, please check"). classify promotes already_paid to
remittance_advice when the message also has remittance lines.
"""
from __future__ import annotations

from inbox.intent_engine import CLEAR, HINT, MEDIUM, STRONG, WEAK, Rule, rule, with_blockers

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
    "went", "gone", "cleared", "left", "credited", "debited", "across",
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
        # "the mailbox will keep sending remittance advices", "if you need a remittance advice"
        blockers=("will", "shall", "would", "keep", "continue", "continues", "future", "if", "whether"),
    ),
    rule("remittance_advice.en.mention", MEDIUM, "{our|the|this|a} remittance", "remittance :",
         "remittance {for|of|re|regarding} {payment|our payment|transfer|bacs|the payment|wire|ach|#}",
         # "you should have had our remittance", "did you get the remittance": an earlier one, as proof
         # "as per our remittance", "according to our remittance": an earlier one, referred to
         blockers=("had", "received", "got", "get", "saw", "seen", "receive", "per", "according")),
    rule(
        "remittance_advice.en.following",
        STRONG,
        f"{{paid|settled|cleared|remitted|processed|released}} the following {_INVOICES_EN}?",
        f"the following {_INVOICES_EN} {{have|has|were|was|are|will}} {{been|be}}? {{paid|settled|included|processed|cleared|remitted}}",
        f"{{payment|transfer|remittance|amount|this|it}} {{covers|covering|includes|including|relates to|is for|was for|consists of|comprises|represents}} {{the|these|following|invoice|invoices|invoice number|numbers|our|your}}",
        f"{{payment|transfer|remittance}} {{of|for}} the following {_INVOICES_EN}?",
        f"{_INVOICES_EN} {{paid|settled|included|covered}} {{in|by|with|:|under}} {{this|the|our|today}}",
        "{breakdown|details|list|summary|specification|overview} {of|for} {the|this|our|today's|today 's|today}? {payment|invoices paid|amounts paid|transfer|wire|bacs payment|ach payment}",
        "{allocate|apply|match|reconcile} {this|the|our|these}? {payment|payments|funds|remittance|transfer} {to|against|as follows}",
        "{invoices|items|documents} paid :",
    ),
    rule(
        "remittance_advice.fr.avis",
        STRONG,
        "avis de {paiement|virement|reglement|prelevement|credit}",
        "{detail|details|releve|liste} {de|du|des} {reglement|reglements|paiement|paiements|virement|virements|factures reglees|factures payees}",
        # "bordereau de virement" is the bank's transfer slip, a proof (already_paid.any.proof_or_reminded)
        "bordereau {de|du|des} {reglement|reglements|paiement|paiements|factures reglees|factures payees}",
        "{factures|pieces|documents} {suivantes|suivants} {ont|sont|a} {ete}? {reglees|payees|reglés|soldees|virees|incluses}",
        "{regle|paye|solde|vire|reglé} les factures suivantes",
        "{ce|le|notre} {virement|reglement|paiement} {couvre|correspond|concerne|inclut|comprend|regroupe|solde}",
        "{lettrer|imputer|affecter|rapprocher} {ce|le|notre|les} {virement|reglement|paiement|paiements}",
        "{le|un|notre|votre|ce} avis {des|de|du} {sommes|montants|paiements|reglements|virements|mandats}",
    ),
    rule(
        "remittance_advice.de.avis",
        STRONG,
        "{zahlungsavis|zahlungsavise|uberweisungsavis|zahlungsmitteilung|zahlungsbenachrichtigung|zahlungsankundigung|zahlungsaufstellung|zahlungsdetails|avisierung}",
        # bare "Avis" is German only after an article ("anbei das Avis"): French "avis" is any notice
        "{das|ein|unser|ihr|anbei|beigefugt|beigefugtes|beiliegend|beiliegendes|folgendes|dem|im|zum|untenstehendes} avis",
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
        # a confirming line is a payment at a later maturity (promise_to_pay.es.maturity), not one made
        "{orden de pago|pago por confirming|pago mediante confirming}",
    ),
)

_SAME_DAY_WORDS = (
    "today", "this morning", "this afternoon", "this evening", "earlier today", "today's", "this morning's", "tonight",
    "ce jour", "aujourd'hui", "aujourd", "ce matin", "cet apres midi", "ce soir", "heute", "heute morgen", "heute abend",
    "heute nachmittag", "soeben", "hoy", "esta manana", "esta tarde", "esta noche", "en el dia de hoy", "just now",
)
_YESTERDAY_WORDS = ("yesterday", "hier", "gestern", "ayer", "last night", "hier soir", "anoche", "gestern abend")
_SAME_DAY = "{" + "|".join(_SAME_DAY_WORDS) + "}"
_YESTERDAY = "{" + "|".join(_YESTERDAY_WORDS) + "}"
# Other rules read "today" loosely, yesterday included.
_TODAY = "{" + "|".join(_SAME_DAY_WORDS + _YESTERDAY_WORDS) + "}"
_PAID_VERB_TODAY = (
    "{paid|wired|transferred|remitted|released|sent|issued|made|done|processed|initiated|executed|settled|submitted|"
    "regle|reglee|reglees|paye|payee|vire|viree|effectue|effectuee|procede|emis|emise|envoye|parti|passe|lance|fait|"
    "faite|execute|ordonne|uberwiesen|bezahlt|angewiesen|beglichen|ausgefuhrt|veranlasst|freigegeben|realizada|"
    "realizado|efectuada|efectuado|pagado|pagada|transferido|transferida|abonado|ordenado|ordenada|emitido|"
    "emitida|enviado|enviada|hecho|hecha|mailed|cut|overnighted|ausgelost}"
)


def _paid_on(day: str) -> tuple[str, ...]:
    """A payment told as made on `day` (a {…} group of day words), in EN/FR/DE/ES."""
    return (
        _PAID_VERB_TODAY + " _6 " + day,
        "{went|gone|go|goes|left} out _4 " + day,
        "{payment|transfer|funds|money|it|cheque|wire|zahlung|uberweisung|betrag|geld} _4 {left|leaves|rausgegangen|"
        "hinausgegangen|abgegangen|raus} _4 " + day,
        day + " _3 {rausgegangen|hinausgegangen|raus|abgegangen|uberwiesen|angewiesen|ausgefuhrt|veranlasst}",
        day + " _3 {we|i|nous|je|on|wir|ich|hemos|he} {have|avons|ai|a|haben|habe}? {paid|wired|transferred|"
        "remitted|released|sent|made|done|processed|settled|regle|paye|vire|effectue|procede|emis|envoye|lance|passe|"
        "fait|uberwiesen|bezahlt|angewiesen|beglichen|pagado|realizado|efectuado|transferido|abonado|ordenado|hecho}",
        # Spanish drops the subject: "hoy pagamos la factura", "ayer transferimos el importe"
        day + " {pagamos|abonamos|transferimos|ingresamos|liquidamos|saldamos|depositamos} {la|las|el|los|su|sus|"
        "dicha|dichas|esta|estas|#}",
        # "Heute überwiesen:", "Paid today -", the day's list follows
        day + " {uberwiesen|bezahlt|angewiesen|beglichen|ausgeglichen|paid|transferred|wired|remitted|settled|regle|"
        "reglee|reglees|regles|vire|viree|virees|pagado|pagadas|pagados|transferido|abonado|abonadas} {:|-}",
    )


# "gehen heute 5.000 € raus" is the near future; "our client has just released" is not our payment
_PAID_ON_BLOCKERS = ("if", "will", "shall", "would", "sera", "seront", "va", "vont", "wird", "werden", "si", "wenn",
                     "falls", "block", "blocks", "hold", "holds", "query", "queries", "case", "ticket", "geht",
                     "gehen", "client", "clients", "customer", "customers", "funder", "funders")
# A payment announced the day it is made is an advice, not a claim. Made yesterday it is
# either: "virement fait hier 547,64 pr la 3812 + 215,41 pr la 3815" announces it with its
# detail, "ya está pagada, salió ayer, revisad el extracto" answers a chase. Yesterday only
# leans to the advice; a claim, a breakdown or the invoice the payment is for decides.
REMITTANCE = REMITTANCE + (
    rule(
        "remittance_advice.any.paid_today",
        CLEAR,
        *_paid_on(_SAME_DAY),
        "{paying|sending|transferring|wiring|settling|releasing} {it|this|that|them|the invoice|the balance|payment|the payment} "
        "{now|right now|as we speak|today|this morning|this afternoon}",
        "{just|have just|'ve just|has just} {paid|settled|transferred|sent|wired|released|made the payment|made payment}",
        # "our transfer of today", "le virement de ce jour", "die Zahlung vom heutigen Tag" ("le virement
        # d'hier" is an earlier payment referred to, not announced)
        "{transfer|payment|wire|remittance|virement|paiement|reglement|zahlung|uberweisung|pago|transferencia} "
        "{of|du|de|vom|del} " + _SAME_DAY,
        # "we confirm our transfer of today", "je vous confirme le virement ce jour": a confirmation of a
        # past payment ("nous confirmons le règlement du 30/09, merci de vérifier") is a claim
        "{confirmons|confirme|confirm|bestatigen|confirmamos|confirmo} {le|notre|the|our|die|unsere|el|la|nuestro|nuestra} "
        "{paiement|reglement|virement|payment|transfer|zahlung|uberweisung|pago|transferencia} _3 " + _SAME_DAY,
        blockers=_PAID_ON_BLOCKERS,
    ),
    rule(
        "remittance_advice.any.paid_yesterday",
        MEDIUM,
        *_paid_on(_YESTERDAY),
        blockers=_PAID_ON_BLOCKERS,
    ),
    rule(
        "remittance_advice.any.paid_for_yesterday",
        CLEAR,
        # the payment named with what it covers: "Payment for INV-504 went out yesterday", "le virement
        # pour la 931 est parti hier", "die Zahlung zu RE 4471 ging gestern raus"; a bare "it went
        # out yesterday" stays a claim ("wurde gestern freigegeben" is only released for the next run)
        "{payment|transfer|wire|cheque|check|virement|paiement|reglement|zahlung|uberweisung|pago|transferencia} "
        "{for|of|pour|de|du|des|fur|zu|para|por|de la} _8 {went|was|were|has|have|a|est|ging|salio|se|fue|ha} "
        "_3 " + _YESTERDAY,
        blockers=_PAID_ON_BLOCKERS,
    ),
)

# An advice announces a payment being made now and points at its detail: "we have today
# transferred", "please find below our payment", "anbei unsere Zahlung", "ci-dessous notre règlement".
REMITTANCE = REMITTANCE + (
    rule(
        "remittance_advice.any.announce",
        CLEAR,
        "{have|has|avons|a|haben|hat|hemos|ha} " + _TODAY + " _4 {paid|wired|transferred|remitted|released|sent|made|"
        "processed|initiated|executed|settled|regle|paye|vire|effectue|procede|emis|envoye|uberwiesen|bezahlt|angewiesen|"
        "beglichen|ausgefuhrt|veranlasst|pagado|realizado|efectuado|transferido|abonado|ordenado|emitido}",
        "{find|see} {below|attached|enclosed|herewith|here} {our|the|details of our|details of the|details of} {payment|payments|transfer|transfers|wire|remittance}",
        "{below|attached|enclosed|herewith} {is|are|please find} {our|the|details of our|details of the} {payment|payments|transfer|transfers|wire}",
        "{trouver|trouverez} {ci dessous|ci joint|ci apres|en piece jointe} {notre|le|les|nos|le detail de notre|le detail du} {reglement|reglements|paiement|paiements|virement|virements}",
        "{anbei|nachfolgend|untenstehend} {unsere|die|eine} {zahlung|zahlungen|uberweisung|uberweisungen|zahlungsubersicht}",
        # a clause that introduces a list with a colon: "We paid these invoices on Monday:"
        "{paid|settled|transferred|remitted|cleared|regle|reglees|regles|paye|payees|vire|bezahlt|uberwiesen|beglichen|pagado|pagamos|pagadas|abonado} {these|those|the following|ces|les|folgende|diese|las|estas|los} _5 :",
        # the breakdown announced: "please find the breakdown below", "vous trouverez ci-dessous le détail :"
        "{find|see|here is|here's|below is|attached is} {the|our}? {breakdown|detail|details|split|allocation|remittance details} {below|attached|enclosed|:}",
        "{trouverez|trouver|voici} {ci dessous|ci joint|ci apres}? {le|la|notre} {detail|ventilation|repartition} {ci dessous|ci joint|ci apres|:|du reglement|du paiement|du virement}",
        "{anbei|nachfolgend|untenstehend|hier} {die|eine|unsere} {aufstellung|aufschlusselung|einzelaufstellung|zahlungsaufstellung}",
        "{adjuntamos|adjunto|a continuacion|detallamos} {el|los|nuestro|nuestros|la|las} {pago|pagos|transferencia|transferencias|detalle}",
        blockers=("if", "will", "shall", "would", "sera", "seront", "va", "vont", "wird", "werden", "si", "wenn", "falls"),
    ),
)

ALREADY_PAID: tuple[Rule, ...] = (
    rule(
        "already_paid.en.claim",
        CLEAR,
        "already {been}? {paid|settled|transferred|remitted|sent|made|processed|cleared|wired|released|issued|mailed|posted}",
        "{has|was|were} {already}? {been}? {paid|settled|remitted} {in full|on|last|yesterday|today|by|via|already|at|earlier|weeks|days|a week|this|twice}",
        "{have|had} {already}? {paid|settled|remitted} {in full|on|last|yesterday|today|by|via|already|at|earlier|weeks|days|a week|this|twice}",
        f"{{has}} {{already}}? {{been}}? {{paid|settled}}",
        f"{{have|had}} {{already}}? {{paid|settled}}",
        "{we|i|our company|our team|accounts payable|ap} {already|have|did|had}? {paid|payed|settled|transferred|remitted|wired|cleared} {this|it|that|the|these|those|your|them|all|in full|on|last|yesterday|today|via|by|#}",
        f"{_PAYWORD_EN} {{was|has|had|were|have}} {{already}}? {{been}}? {{made|sent|processed|released|transferred|issued|executed|initiated|remitted|paid|mailed|posted|wired|submitted|completed|debited|credited|received}}",
        "{we|i} {have|'ve|had}? {sent|made|processed|released|transferred|issued|initiated|executed|wired|mailed|posted|submitted|completed|effected} {the|a|our|this|your|that}? {full}? {payment|transfer|wire|funds|cheque|check|money|amount|remittance|balance}",
        # telegraphic: "Payment done on 11/11 via NEFT", "transfer made yesterday"
        "{payment|transfer|remittance|wire|neft|rtgs|imps|ach|bacs|cheque|check} {done|made|completed|effected|sent|processed|released|executed|issued} {on|via|by|through|vide|last|yesterday|already|from|against|#day|in full}",
        "{paid|settled|transferred|remitted|wired} {on|last|yesterday|earlier|at the end of|at the beginning of|two weeks ago|a week ago|days ago}",
        "{proof|evidence|confirmation|copy} of {payment|transfer|the transfer|the payment|remittance}",
        "{payment|transfer|bank} {confirmation|receipt|proof|slip|swift} {attached|enclosed|herewith|below}",
        "{attach|attached|enclose|enclosed|please find|here is|herewith} {the|our|a}? {bacs|ach|wire|swift|bank transfer|transfer|payment|eft} {confirmation|receipt|proof|slip|copy}",
        "{should|must} have {reached|arrived|cleared|been credited|been received|hit} {you|your}",
        "{funds|money|payment|amount} {should|must|will} {have}? {reached|arrived|cleared|show|appear|been|reflect|reflected}",
        "same {should|must|will} {have}? {reflect|reflected|reached you|arrived|cleared|been credited}",
        "{paid|settled} in full",
        "{check|cheque|payment|transfer|wire|remittance|funds|bacs|ach|eft} _3 {was|were|has been|have been|had been} {mailed|sent|posted|issued|made|paid|wired|transferred|released|processed|cut|executed|initiated|remitted|debited}",
        "{we|i} {already}? {paid|settled|transferred|wired|remitted|cleared} _3 {in full|back in|last|on|via|by|from|through|with|using}",
        "already {taken care of|sorted|dealt with|been taken care of}",
        blockers=_NOT_PAST,
    ),
    rule(
        "already_paid.fr.claim",
        CLEAR,
        "deja {ete}? {regle|reglee|reglees|regles|paye|payee|payees|payes|vire|viree|solde|soldee|honore|honoree|effectue|acquitte|acquittee}",
        "{a|ont|avons|ai|avait|avions} {deja}? {ete}? {regle|reglee|reglees|regles|paye|payee|payees|payes|vire|viree|virees|solde|soldee|soldees|acquitte|acquittee}",
        "{est|sont} {deja} {ete}? {regle|reglee|reglees|regles|paye|payee|payees|payes|vire|viree|virees|solde|soldee|soldees|acquitte|acquittee}",
        "{avons|ai|a|ont} {deja}? {effectue|procede|realise|emis|envoye|passe|fait|lance|execute} {le|au|un|notre|les|ce}? {virement|reglement|paiement|versement|cheque|virements|reglements|paiements}",
        "{virement|reglement|paiement|versement|cheque} {a|ont|est} {ete|bien}? {ete}? {effectue|effectuee|emis|envoye|passe|fait|execute|realise|lance|poste|parti|debite|credite|recu}",
        # the invoice named in between: "le paiement de la facture HPF/0792 a été effectué le 6 novembre"
        "{virement|reglement|paiement|versement|cheque} _6 {a|ont} {ete|bien ete} {effectue|effectuee|emis|envoye|passe|fait|execute|realise|lance|poste|debite|credite}",
        "{virement|reglement|paiement|cheque} {effectue|emis|envoye|execute|realise|parti|passe|debite|fait} {le|en date|ce|hier|la semaine}",
        # "règle le" (present) folds like "réglé le" (past): only feminine forms stand alone.
        "{reglee|reglees|payee|payees|viree|virees|soldee|soldees} {le|en date du|hier|la semaine derniere|par virement|par cheque|depuis}",
        "{a ete|ont ete|est|sont|etait|etaient} {preleve|prelevee|preleves|prelevees|incluse|incluses|inclus|comprise|"
        "comprises} {le|par|dans|en|sur}",
        "{preuve|justificatif|justificatifs|copie|confirmation|avis|ordre} de {paiement|virement|reglement|debit}",
        "{doit|devrait|devraient|aurait|auraient} {du}? {vous}? {etre}? {parvenir|parvenu|arrive|arriver|credite|apparaitre|figurer}",
        # "le mandat de paiement a été émis": the order to the public accountant, who pays later
        blockers=_NOT_PAST + ("mandat", "mandatement"),
    ),
    rule(
        "already_paid.de.claim",
        CLEAR,
        "{bereits|schon|langst} {am|vor|im|zum|letzte|letzten}? _2 {bezahlt|beglichen|uberwiesen|gezahlt|ausgeglichen|angewiesen|erledigt|bezahlt worden|beglichen worden}",
        "{bereits|schon|langst} _6 {abgegangen|abgebucht|rausgegangen|hinausgegangen|abgeflossen|gutgeschrieben}",
        "{wurde|wurden|ist|sind} {bereits|schon|am|vor|per|letzte|letzten|gestern}? _3 {eingezogen|abgebucht|"
        "per lastschrift eingezogen}",
        "{war|wurde} in {unserer|der|unserem|dem} {zahlung|uberweisung|zahllauf|sammeluberweisung} _3 {enthalten|"
        "beinhaltet|berucksichtigt}",
        "{betrag|geld|zahlung|uberweisung|summe} _6 {abgegangen|abgebucht|rausgegangen}",
        "{wurde|wurden|ist|sind} {bereits|schon|am|vor|per|letzte|letzten|gestern|heute}? _3 {bezahlt|beglichen|uberwiesen|gezahlt|ausgeglichen|angewiesen|erledigt}",
        "{haben|habe|hatten|hatte} _10 {bezahlt|beglichen|uberwiesen|gezahlt|ausgeglichen|angewiesen}",
        "{zahlung|uberweisung|uberweisungen|zahlungen} {ist|ist bereits|wurde|wurden|sind|ging} {bereits|schon|am|heute|gestern|vor|letzte|letzten|per|bei|von|an|uber}? _2 {erfolgt|ausgefuhrt|getatigt|raus|rausgegangen|veranlasst|angewiesen|durchgefuhrt|verbucht|eingegangen|hinausgegangen|abgegangen|rausgegangen}",
        "{zahlungsnachweis|zahlungsbeleg|uberweisungsbeleg|zahlungsbestatigung|uberweisungsbestatigung|kontoauszug anbei|einzahlungsbeleg|uberweisungsnachweis}",
        "{sollte|mussten|musste|durfte|sollten} {bei ihnen|ihnen|inzwischen|langst|bereits}? _2 {eingegangen|angekommen|gutgeschrieben|vorliegen}",
        blockers=_NOT_PAST + ("damit", "somit", "dann", "also"),
    ),
    rule(
        # "Die 8812 ist in unserer Sammelüberweisung bereits enthalten", "ist in der Überweisung über
        # 5.000 EUR enthalten", "ist in der Zahlung vom 3.11. enthalten"; a run of a named future day
        # ("ist in der Zahlung am Freitag / zum 30. / nächste Woche enthalten") is a promise.
        "already_paid.de.included",
        CLEAR,
        "{ist|sind} {bereits|schon}? in {unserer|der|unserem|dem} {zahlung|uberweisung|zahllauf|sammeluberweisung} "
        "_4 {enthalten|beinhaltet|berucksichtigt}",
        blockers=_NOT_PAST + ("am", "zum", "bis", "ab", "nachste", "nachsten", "nachster", "kommende", "kommenden",
                              "kommender", "morgen", "ubermorgen", "montag", "dienstag", "mittwoch", "donnerstag",
                              "freitag", "samstag", "sonntag", "damit", "somit", "dann", "also"),
    ),
    rule(
        "already_paid.es.claim",
        CLEAR,
        "ya {fue|se|ha sido|han sido|esta|estan|hemos|habiamos|la|lo|las|los}? {pagado|pagada|pagados|pagadas|abonado|abonada|abonados|abonadas|pagamos|abonamos|transferimos|pago|abono|saldado|saldada|liquidada|liquidado|liquidamos|realizado|realizamos|efectuado|efectuamos}",
        "{hemos|he|habiamos|se ha|se han} {pagado|abonado|transferido|liquidado|saldado} {la|las|el|los|esta|estas|dicha|dichas|dicho|su|sus|todo|todas|todos|en|el dia|hace|ayer}?",
        "{hemos|he|habiamos} {realizado|efectuado|hecho|emitido|enviado|ordenado|procesado} {el|la|un|una|los|las|dicho|dicha}? {pago|pagos|transferencia|transferencias|abono|ingreso|cheque}",
        "{fue|fueron|ha sido|han sido|esta|estan|quedo|quedaron} {pagada|pagadas|pagado|pagados|abonada|abonadas|abonado|abonados|saldada|saldadas|liquidada|liquidadas|transferido|transferida|cancelada|canceladas}",
        "{transferencia|pago|ingreso|abono|giro} se {hizo|realizo|efectuo|envio|ordeno|emitio|mando|tramito}",
        "se {pago|pagaron|abono|abonaron|transfirio|realizo el pago|efectuo el pago|hizo el pago|realizo la transferencia}",
        "{pagamos|abonamos|transferimos|liquidamos} {la|las|el|los|esta|dicha|su} _3",
        "{comprobante|justificante|prueba|copia|confirmacion} de {pago|transferencia|abono|la transferencia|el pago}",
        "{estaba|estaban|iba|iban|fue|fueron} {incluida|incluidas|incluido|incluidos} en {nuestro|nuestra|el|la} {pago|"
        "transferencia|remesa}",
        "{esta|estan} {pagada|pagadas|pagado|pagados|abonada|abonadas|saldada|saldadas} {desde|hace|el}",
        "{se cargo|se domicilio|domiciliado|domiciliada|cargado en cuenta|cargada en cuenta}",
        # "el resto de la 4410 lo abonamos el 12": the rest is still to come
        blockers=_NOT_PAST + ("resto", "restante", "remanente"),
    ),
    rule(
        "already_paid.any.check_records",
        MEDIUM,
        "{check|verify|look at|look into|review} {your|ur|with your|on your} {records|record|account|accounts|bank|system|statement|ledger|side|bank account|receipts|cash receipts|allocation|allocations}",
        "{verifier|controler|regarder|verifiez|controlez|verifier de votre cote} {le|la|les}? {imputation|imputations|lettrage|affectation|encaissement|encaissements|rapprochement}",
        "{verifier|controler|regarder|verifiez|controlez} {vos|votre|sur votre|de votre} {comptes|compte|releves|releve|encaissements|enregistrements|fichiers|systeme|banque|comptabilite|livres}",
        "{prufen|uberprufen|kontrollieren} sie _2 {zahlungseingang|zahlungseingange|kontoauszug|kontoauszuge|konten|konto|buchhaltung|unterlagen|eingange|buchungen}",
        "{revisen|verifiquen|comprueben|chequeen|consulten|revise|verifique|compruebe} {sus|su|vuestra|vuestras|vuestros} {registros|cuentas|cuenta|extractos|extracto|sistema|banco|contabilidad|cobros}",
        blockers=_NOT_PAST,
    ),
)

# What a collector hears as "we paid, look again": a past payment told colloquially ("it went out
# on 10/02 by ACH", "both of these were paid."), a balance the customer does not see, a payment
# the creditor misapplied, or an advice sent earlier ("our remittance advice sent on 5/11").
ALREADY_PAID = ALREADY_PAID + (
    rule(
        "already_paid.en.past",
        CLEAR,
        "{it|this|that|they|these|those|both|payment|transfer|cheque|check|wire|funds|money|#} {one|ones}? "
        "{went|was sent|were sent|got sent} out {on|by|via|ach|bacs|wire|last|yesterday|earlier|together|in|with|already|"
        "#day|a|two|three|over|the|back}",
        "{it|payment|transfer|cheque|check|wire|funds|money} left {on|last|yesterday|our account|our bank|us on|here on} ",
        "{it|this|that|they|payment|transfer|funds|money} {went|was sent|were sent} {across|over|through} {by|via|on|last|"
        "yesterday|with|in|#day}",
        "{it|payment|funds|money|transfer|cheque|check} {cleared|left|was debited from|was taken from|came out of|went out of} "
        "{our|my} {account|bank|bank account|books}",
        "our payment {reference|ref|number} {was|is|:}",
        "{it|this|that|they|these|those|both|all|invoice|invoices|#|each|one|ones} {was|were} {all|both|already|fully|"
        "definitely|actually}? {paid|settled|cleared|payed}",
        "{both|all|each} of {these|them|those|the invoices} {was|were|have been|has been} {paid|settled}",
        "{our|my} {records|bank|books|statement|statements|system|ledger|bank statement|accounts} {show|shows|showed|indicate|"
        "indicates|say|says|confirm|confirms} {a|the|that|we}? {payment|payments|it was paid|we paid|this was paid|transfer|"
        "it as paid|paid|debit|wire|cheque|check|funds|money|ach}",
        "{thought|believed|was sure|were sure|assumed} {we'd|we had|we have|it was|this was|that was|it had been|we} "
        "{paid|settled|cleared|already paid}",
        "{this|it|that} {was|were|has been|had been} {sorted|settled|cleared|dealt with|taken care of|paid off|sorted out} "
        "{weeks|days|months|ages|a while|a week|a month|last|on|in|back|already|long}",
        "{should|must|would} have {had|received|got|seen} {the|our|your}? {money|payment|funds|transfer|cheque|check|"
        "remittance|wire}",
        "{was|were|has been|have been} {included|covered|paid|settled} {in|with|by|as part of} {our|the|a|that} "
        "{payment|transfer|remittance|bacs|wire|payment run|cheque|check|batch|run|ach} {of|on|dated|from|made|last|we|"
        "in|that|#day}",
        "{was|were|has been|have been} {taken|collected|debited} {by|via|under} {direct debit|dd|the direct debit|"
        "our direct debit|your direct debit}",
        "{paid|settled} {by|via|with|through|over} {card|credit card|debit card|cheque|check|bacs|ach|wire|bank transfer|"
        "transfer|direct debit|paypal|eft|the phone|phone|online banking}",
        "{should|must|ought to} {be|have been|have|already be} {in|with|on|credited|cleared|landed|reached|hit} _4 "
        "{by now|already}",
        blockers=_NOT_PAST,
    ),
    rule(
        "already_paid.any.nothing_owed",
        CLEAR,
        # the customer's books show the item paid
        "{is|are|'s|'re} not {outstanding|open|unpaid|owing|owed} {on|in|from|for|according to|at} {our|my} "
        "{side|end|books|records|system|ledger|account|accounts}",
        "{show|shows|showing|shown|have|has|see} {it|this|them|the invoice|these|both|that|this one|it all}? {as} "
        "{paid|settled|cleared|closed|fully paid}",
        "{we|i} {show|see|have} {no|a zero|zero|nil} {balance|amount outstanding|open items|outstanding balance}",
        "{do|did} not {show|see|have} {any|a} {balance|amount outstanding|open items|outstanding balance}",
        "{figure|figurent|apparait|apparaissent|est|sont} {comme}? {reglee|reglees|payee|payees|soldee|soldees} "
        "{dans|chez|de} {nous|nos|notre}",
        "{ist|sind} {bei uns|in unserer buchhaltung|in unseren buchern} {als}? {bezahlt|beglichen|ausgeglichen|erledigt}",
        "{consta|constan|figura|figuran|aparece|aparecen} {como} {pagada|pagadas|pagado|pagados|abonada|abonadas|saldada}",
        negatable=False,
        blockers=("if", "whether", "si", "ob", "wenn"),
    ),
    rule(
        "already_paid.any.misapplied",
        MEDIUM,
        "{misapplied|misallocated|misposted|mis applied|mis allocated|mis posted}",
        "{applied|allocated|posted|matched|credited} _6 {by mistake|in error|wrongly|incorrectly|to the wrong|against the wrong"
        "|to another|against another}",
        "{impute|imputee|imputes|imputees|affecte|affectee|affectes|affectees|lettre|lettree} {par erreur|a tort}",
        "{mal} {impute|imputee|affecte|affectee|lettre|lettree|imputado|imputada|aplicado|aplicada}",
        "{falsch|irrtumlich|versehentlich} {zugeordnet|verbucht|gebucht|zugewiesen}",
        "{aplicado|aplicada|imputado|imputada|asignado|asignada} {por error|erroneamente|incorrectamente}",
    ),
    rule(
        "already_paid.any.advice_sent",
        CLEAR,
        # an advice mentioned as sent before is the proof of a payment, not this message's detail
        "{remittance|remittance advice|payment advice|advice|avis de paiement|avis de virement|avis de reglement|"
        "zahlungsavis|avis|aviso de pago|aviso de transferencia|aviso} _8 {sent|emailed|forwarded|transmitted|mailed|dated|"
        "transmis|transmise|envoye|envoyee|adresse|adressee|gesendet|ubermittelt|geschickt|zugesandt|zugestellt|"
        "enviado|enviada|remitido|remitida} {on|le|am|el|last|the|at|a|to|#day|au|vous|ihnen|les|hier|yesterday|gestern|"
        "ayer|le jour meme|the same day|that day|at the time|el mismo dia|am selben tag|a votre|to your|an ihre|a su}",
        "{i|we} {emailed|sent|forwarded|mailed} {you}? {the|our}? {details|remittance|advice|confirmation|proof} "
        "{at the time|on|last|back|already|when}",
        # "the remittance went to your Birmingham branch at the time": sent elsewhere, earlier
        "{remittance|remittance advice|payment advice|avis de paiement|avis de virement|zahlungsavis|aviso de pago|"
        "aviso de transferencia} {went|was sent|were sent|got sent|was emailed|was forwarded|was mailed|est parti|"
        "est partie|a ete envoye|a ete envoyee|ging|fue enviado|se envio} {to|a|an|al}",
        blockers=_NOT_PAST,
    ),
)

_PAGARE_VERB = ("pagare {la|las|el|lo|los|manana|hoy|antes|esta|este|en cuanto|todo|sin falta|a final|a finales|"
                "a principios|dentro|lo antes|cuanto antes|pronto|enseguida|ya|la semana|el lunes|el martes|"
                "el miercoles|el jueves|el viernes|el proximo|la proxima|# €|# eur|# euros|# e}")
# (a bare number after it is the note's own number: "el pagaré 4410 nos lo devolvió el banco")
PROMISE: tuple[Rule, ...] = (
    rule(
        "promise_to_pay.en.will_pay",
        CLEAR,
        "{we|i|the company|our company|accounts payable|ap|our ap team|our finance team|finance} {will|shall|are going to|am going to|plan to|intend to|expect to|aim to|hope to|promise to|are planning to|are able to|can|should be able to|would like to|want to|commit to|undertake to} {definitely|now|then|also|certainly|try to|look to|be able to}? {pay|settle|transfer|wire|remit|honour|honor|discharge|square|clear}",
        "{we|i|the company|our company|accounts payable|ap|our ap team|our finance team|finance} {will|shall|are going to|am going to|plan to|intend to|expect to|aim to|hope to|promise to|are planning to|are able to|can|should be able to|want to|commit to|undertake to} {definitely|now|then|also|certainly|try to|look to|be able to}? {send|make|arrange|schedule|issue|initiate|release|process|action|authorise|authorize|approve|clear|sort|include|book|raise|submit|do|organise|organize|put through|push through} _3 {payment|payments|transfer|wire|funds|cheque|check|remittance|money|balance|invoice|invoices|amount|bacs}",
        f"{_PAYWORD_EN} {{will|shall|should|is going to|is expected to|is scheduled to|would}} {{be}}? {{made|sent|paid|processed|released|issued|executed|transferred|initiated|remitted|scheduled|arriving|credited|with you|in your account|effected|going out|leave|go out|reach you|arrive|hit}}",
        f"{{invoice|invoices|amount|balance|account|it|this|everything|sum|outstanding|open items|remaining|rest}} {{will|shall|should|is going to|is scheduled to}} {{be}} {{paid|settled|cleared|processed|transferred|remitted|released|included}}",
        "{scheduled|planned|earmarked|booked|queued|lined up|set up|approved|released|slated} for {payment|our next payment|the next payment|our payment|the payment|next week|this week|friday|monday|tuesday|wednesday|thursday|the end}",
        "{next|upcoming|following|weekly|monthly|friday|thursday} {payment|pay|cheque|check} {run|runs|cycle|batch|date|proposal}",
        "in {our|the} {next|upcoming|following} {payment|pay|cheque|check}? {run|cycle|batch}",
        "{you|you'll} {will|should|can expect to|'ll}? {receive|get|see|expect} {the|our|your|a|full}? {payment|funds|money|transfer|remittance|cheque|check}",
        "{payment|transfer|cheque|check} {is|has been} {scheduled|planned|approved|booked|queued|set up|arranged|due to go out|expected|authorized|authorised}",
        "{pay|settle|transfer|remit|clear} {it|this|the invoice|the balance|the amount|in full|the outstanding}? {by|before|on|next|this|within|no later than|at the end of|end of} {friday|monday|tuesday|wednesday|thursday|saturday|sunday|the end|end|next|tomorrow|close|month|week|cob|eod|#}",
        "{expect|anticipate} {payment|to pay|the payment|funds|to settle}",
        "{payment|transfer|funds|cheque|check|money} {will|'ll|should|is going to} follow {next|shortly|soon|this|on|by|"
        "within|early|end|tomorrow|in|the|later}",
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
        "{paiement|virement|reglement|versement|cheque} {suivra|suivront|suit} {la semaine|le|lundi|mardi|mercredi|jeudi|"
        "vendredi|demain|sous|dans|rapidement|sous peu|prochainement|tres vite|bientot|en fin|en debut|debut|fin|des}",
        "bon a payer",
        # "le virement pour la facture F2026/0193 sera fait le 27": the future passive, with the
        # invoice named in between.
        "{virement|reglement|paiement|versement|cheque} _6 {sera|seront} {fait|faits|effectue|effectues|emis|envoye|lance|execute|realise|programme|passe}",
        "{regler|payer|virer|solder} {la|le|les|cette|votre|ce}? {facture|factures|montant|solde|somme}? {de ici|avant|au plus tard|sous|dans les|dans la|des|en fin|fin|le|pour le|a la fin}",
        # a commitment recalled in the pluperfect is history: "que je m'étais engagée à régler fin octobre"
        blockers=("etais", "etait", "etions", "etiez", "avais", "avait", "avions", "aviez"),
    ),
    rule(
        "promise_to_pay.de.will_pay",
        CLEAR,
        "{wir|ich} {werden|werde|wollen|will|konnen|kann|mochten|mochte|planen|plane|beabsichtigen} _10 {uberweisen|bezahlen|zahlen|begleichen|anweisen|ausgleichen|freigeben|uberwiesen|uberweisen lassen|veranlassen|leisten|vornehmen|tatigen}",
        "{uberweisen|zahlen|bezahlen|begleichen|uberweise|zahle|bezahle|begleiche|uberweist|zahlt|begleicht|weisen} {wir|ich} _4 {am|bis|zum|nachste|nachsten|nachster|morgen|ubermorgen|diese|dieser|diesen|kommende|kommenden|kommender|anfang|ende|mitte|innerhalb|spatestens|heute|sofort|umgehend|in|an|noch|den|die|das}",
        "{zahlung|uberweisung|begleichung|uberweisungen|zahlungen|auszahlung} {erfolgt|erfolgen|wird|werden|geht|gehen|folgt|kommt} _4 {am|bis|zum|nachste|nachsten|nachster|morgen|anfang|ende|mitte|innerhalb|spatestens|heute|geplant|vorgesehen|eingeplant|veranlasst|raus|hinaus|ausgefuhrt|angewiesen|freigegeben|durchgefuhrt|kommende|kommenden|in}",
        "{rechnung|rechnungen|betrag|saldo|summe|restbetrag|posten|rest} {wird|werden} _4 {bezahlt|beglichen|uberwiesen|angewiesen|ausgeglichen|gezahlt|freigegeben}",
        "{nachste|nachsten|nachster} {zahllauf|zahlungslauf|zahlungstermin|zahlungsvorschlag}",
        "{wir|ich} {uberweisen|zahlen|bezahlen|begleichen|uberweise|zahle|bezahle|begleiche} _12 {am|bis|zum|nachste|nachsten|nachster|morgen|ubermorgen|diese|dieser|diesen|kommende|kommenden|kommender|anfang|ende|mitte|innerhalb|spatestens|heute|sofort|umgehend|montag|dienstag|mittwoch|donnerstag|freitag}",
        "zur zahlung {freigegeben|angewiesen|vorgesehen|eingeplant|eingereicht}",
        # present for the future, tied to an event: "wir überweisen den Betrag, sobald unser Kunde gezahlt hat"
        "{wir|ich} {uberweisen|zahlen|bezahlen|begleichen|uberweise|zahle|bezahle|begleiche} _4 {sobald|nachdem|wenn|gleich nach}",
        "{sie|ihr} {erhalten|bekommen|erhaltet|bekommt} _3 {zahlung|uberweisung|betrag|geld|gutschrift}",
    ),
    rule(
        "promise_to_pay.es.will_pay",
        CLEAR,
        "{pagaremos|abonaremos|transferiremos|liquidaremos|saldaremos|ingresaremos|abonare|transferire}",
        # "pagaré" is also the promissory note ("el pagaré de la factura"): the verb with its object, time or pronoun
        _PAGARE_VERB,
        "{yo|le|les|os|te|lo|la|los|las|se lo|se la|se los|se las} pagare",
        "{realizaremos|efectuaremos|procederemos|haremos|emitiremos|enviaremos|ordenaremos|tramitaremos|realizare|procedere|hare} _3 {pago|pagos|transferencia|transferencias|abono|ingreso|cheque}",
        "{vamos|voy|podremos|podre|pensamos|esperamos|espero|planeamos|intentaremos|queremos|nos comprometemos} {a}? {pagar|abonar|transferir|liquidar|saldar|ingresar}",
        "{vamos|voy|podremos|podre|pensamos|esperamos|espero|planeamos|intentaremos|nos comprometemos} {a}? {realizar|efectuar|proceder|hacer|emitir|enviar|ordenar|tramitar} _3 {pago|pagos|transferencia|transferencias|abono|ingreso|cheque}",
        "{el|la|los|las|dicho|dicha|su|nuestro|nuestra} {pago|transferencia|abono|ingreso|pagos|transferencias} {se}? {realizara|hara|efectuara|enviara|procesara|emitira|saldra|llegara|ejecutara|recibira|estara|sera|esta previsto|esta prevista|esta programado|esta programada|esta planificado|quedara}",
        "se {pagara|pagaran|abonara|abonaran|transferira|liquidara|liquidaran|saldara|realizara el pago|efectuara el pago|hara el pago|realizara la transferencia|hara la transferencia|emitira el pago}",
        "{factura|facturas|importe|saldo|deuda|cantidad|resto} {sera|seran|quedara|quedaran|va a ser|van a ser} {pagada|pagadas|pagado|abonada|abonadas|abonado|saldada|saldadas|liquidada|liquidadas|transferido|transferida|ingresado}",
        "{recibiran|recibira|recibiras|tendran|tendra} {el|su|la|los|nuestro|nuestra} {pago|transferencia|abono|importe|dinero|ingreso}",
        "{incluida|incluido|incluidas|incluidos|esta|estan|va|van|entra|entran} en la {proxima|siguiente|proxima gran}? {remesa|tanda|ronda|ciclo} de {pago|pagos}",
        "{proxima|proximo|siguiente} {remesa|ciclo|tanda|lote|fecha|ronda} {de}? {pago|pagos}",
        "{fecha de pago|pago} {prevista|previsto|programada|programado|estimada|estimado}",
    ),
    rule(
        "promise_to_pay.any.when",
        WEAK,
        "{pay|settle|paid|settled|payment|transfer|regler|payer|paiement|virement|reglement|zahlen|uberweisen|zahlung|uberweisung|pagar|pago|transferencia|abonar} {by|before|on|next|this|tomorrow|le|avant|demain|sous|am|bis|morgen|el|antes de|manana|la proxima|el proximo|esta|este} {the|den|dem}? {monday|tuesday|wednesday|thursday|friday|lundi|mardi|mercredi|jeudi|vendredi|montag|dienstag|mittwoch|donnerstag|freitag|lunes|martes|miercoles|jueves|viernes|week|semaine|woche|semana|month|mois|monat|mes|end|fin|ende|#day}",
        blockers=_PAST,
    ),
)

# Passive futures need no subject: "SI-88513 will be paid next week", "la F2026/0255 sera réglée fin du mois".
PROMISE = PROMISE + (
    rule(
        "promise_to_pay.any.passive_future",
        CLEAR,
        "{will|shall|should|would|is going to|are going to|'s going to|'re going to} {both|all|each|definitely|"
        "hopefully|then|also|now|probably|likely}? {be|get}? {both|all|each|"
        "definitely|hopefully|then|also|now|fully|probably|likely}? {paid|settled|processed|released|transferred|remitted|"
        "cleared|wired|actioned|payed|included in|taken care of}",
        "{will|should} {go out|be going out|leave|hit your account|reach you|be with you|be in your account}",
        "{will|shall|should|is going to|are going to} be {made|sent|issued|executed|initiated|effected|done|actioned|posted|mailed|arranged|scheduled|approved}",
        "{will|'ll|shall|should|to} {go|be going|be put|be added|be included|be going out} {in|into|on|with|out with} {the|our|this|next|tomorrow|today|monday|tuesday|wednesday|thursday|friday|weekly|monthly}",
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

# Future and intent by form rather than by sentence: a modal or future auxiliary, a going-to
# or present-progressive plan, a scheduling participle ("queued for", "programmé pour",
# "für den 3.12. veranlasst", "programado para"), a hand-off to whoever releases payment
# ("I've asked AP to release it"), or what the creditor will see ("expect the funds on").
# Past participles without such a marker stay with already_paid.
_PAY_VERB_EN = "{pay|settle|clear|transfer|wire|remit|release|process|send|issue|make|initiate|arrange|schedule|action|cut|post|mail|sort|organise|organize|put through|push through|do|sign|sign off|approve|authorise|authorize|write}"
_PAY_NOUN_EN = "{payment|payments|transfer|wire|funds|cheque|check|remittance|money|balance|amount|invoice|invoices|it|this|them|that|everything}"
_WHEN_EN = (
    "{on|by|before|this|next|tomorrow|today|tonight|within|in|at|early|end|first|no later than|monday|tuesday|wednesday|"
    "thursday|friday|saturday|sunday|#|mid|later|shortly|soon|asap|mon|tue|tues|wed|weds|thu|thur|thurs|fri|tmrw|tmw|"
    "tomoz|payday}"
)
PROMISE = PROMISE + (
    rule(
        "promise_to_pay.en.future_forms",
        CLEAR,
        # modal/future auxiliary + payment verb, any subject ("our treasury team will release payment")
        f"{{will|shall|'ll|going to|gonna|plan to|planning to|intend to|intending to|aim to|aiming to|expect to|hope to|promise to|undertake to|commit to}} {{definitely|then|also|now|certainly|be able to|try to|look to|aim to}}? {_PAY_VERB_EN} {{the|a|our|your|full|this|that|it|them|these|those|all|payment|in full}}? _3 {_PAY_NOUN_EN}",
        f"{{will|shall|'ll|going to|plan to|intend to}} {{definitely|then|also|now|certainly}}? {{pay|settle|clear|remit|discharge|square}}",
        # present progressive / going-to plans ("we're paying it on Monday")
        f"{{we|i|ap|finance|accounts|treasury}} {{are|am|is|'re|'m|r}} {{paying|settling|clearing|transferring|wiring|remitting|releasing|sending|processing|scheduling|making|issuing|arranging}} _4 {_WHEN_EN}",
        # scheduled / queued / booked / slated for, said of the payment or the invoice
        "{payment|payments|transfer|wire|cheque|check|funds|it|this|invoice|invoices|that|they|them|everything|balance|amount|bill} {is|are|'s|has been|have been|now|all}? {now|already|all}? {scheduled|planned|booked|queued|slated|earmarked|pencilled|penciled|lined up|set up|approved|due|set|listed|down|batched|diarised|diarized|timetabled|loaded} {in|for|to go|to be|on|into}",
        "{payment|payments|transfer|wire|cheque|check|funds|it|this|invoice|invoices|that|they|them|everything|balance|amount|bill} {was|were} {now|already|all}? {scheduled|planned|booked|queued|slated|earmarked|pencilled|penciled|lined up|batched|diarised|diarized} {for|to go|to be}",
        # the date itself named: "payment date is 14/12", "date de paiement : le 10"
        # (an advice's "Payment date: 18/11" is the day it paid: only a planned date promises)
        "{scheduled|planned|expected|estimated|proposed|next|anticipated|forecast} {payment date|pay date|payment day|"
        "value date} {is|will be|:|set for|of}? {the|for|on}? {#day|monday|tuesday|wednesday|thursday|friday|#}",
        "{payment date|pay date|payment day} {will be|is set for|set for|is scheduled for|is planned for|is now}",
        "{date de paiement|date de reglement|date de virement} {prevue|fixee|programmee|sera|envisagee}",
        "date {prevue|previsionnelle|envisagee} {de|du} {paiement|reglement|virement}",
        "{geplantes|voraussichtliches|vorgesehenes|geplanter|voraussichtlicher} {zahlungsdatum|zahlungstermin|zahldatum|"
        "zahltermin|ausfuhrungsdatum}",
        "{fecha prevista|fecha estimada|fecha programada} de {pago|transferencia}",
        "fecha de pago {prevista|estimada|programada|sera}",
        "{invoice|it|this|this one|that one} {is|has been|'s} {now}? approved {for payment|and|,|;|.}",
        # "cheque goes in the post Wednesday"
        "{goes|go|going|will go|'ll go|is going|'s going} {in the post|in the mail|in the run|in the batch|into the run|"
        "into the batch|through|off} " + _WHEN_EN,
        "{scheduled|planned|booked|queued|slated|earmarked|pencilled in|penciled in|lined up|batched|diarised|diarized} for {payment|release|the next|our next|next|this|the #day|the end|tomorrow|monday|tuesday|wednesday|thursday|friday|#day|early|mid|end}",
        # payment runs and batches, named or dated
        "{in|into|on|to|for|with} {our|the|this|next|friday|monday|tuesday|wednesday|thursday|tomorrow|this week|next week} {'s}? {next|upcoming|following|weekly|monthly|coming}? {payment|pay|cheque|check|bacs|ach|wire|eft|supplier}? {run|batch|cycle|proposal|payment run|payment batch}",
        "{you|you'll|you will} {will|should|'ll|can}? {have|get|receive|see} {it|them|this|that|the money|your money|the cash} {by|on|before|this|next|tomorrow|today|within|early|monday|tuesday|wednesday|thursday|friday|#|end|mid|then|shortly|soon|that day|on payday}",
        # the customer's payment policy given as the answer: "we pay suppliers on the last working day"
        "{we|ap|finance|accounts|accounts payable} {pay|settle|run payments for|process} {suppliers|all suppliers|our suppliers|"
        "invoices|supplier invoices|all invoices} {on|every|each|at|once|twice|weekly|monthly|fortnightly|at the end}",
        "{on|by|before} {payday|pay day}",
        "{added|put|included|scheduled|entered|loaded|uploaded|placed|listed} {it|this|them|the invoice|the invoices|the payment|invoice|#}? _3 {to|in|into|on|for} _3 {batch|run|payment run|pay run|cheque run|check run|payment file|payment list|payment proposal|payment batch}",
        # a hand-off to whoever releases the money
        "{asked|instructed|told|requested|authorised|authorized|approved|cleared|chased|reminded} {ap|accounts payable|finance|treasury|accounts|our bank|the bank|our accounts team|our finance team|our ap team|the ap team|payables|our cfo|the cfo|the controller|our controller} {team|department}? {to}? {release|pay|process|send|issue|transfer|wire|settle|expedite|prioritise|prioritize|make|action|schedule|run|include|cut}",
        "{approved|authorised|authorized|released|cleared|signed off} for payment",
        # what the creditor will see
        "{you|you'll|you will} {can|should|will|'ll|may}? {expect|receive|get|see|have} {the|our|your|a|full|this}? {payment|funds|money|transfer|wire|remittance|cheque|check|amount|balance} {on|by|before|this|next|tomorrow|today|within|in|early|at|from|monday|tuesday|wednesday|thursday|friday|#|mid|end|shortly|soon}",
        "{expect|anticipate} {the|our|a|full}? {payment|funds|money|transfer|wire|cheque|check|remittance} {on|by|before|this|next|tomorrow|within|in|early|at|monday|tuesday|wednesday|thursday|friday|#|mid|end|shortly|soon}",
        "{payment|funds|money|transfer|wire|cheque|check|it|remittance} {should|will|'ll|ought to|is expected to|is due to|is set to} {reach|arrive|land|hit|clear|show|be with|be in|get to} {you|your|with|in|by|on}?",
        # going out (future or progressive, never "went out")
        "{is|are|'s|'re|will|'ll|should|to} {be}? {going|go|leaving|leave} out",
        f"{{going|goes}} out {_WHEN_EN}",
        "{cheque|check|payment|transfer|wire|funds} {will|'ll|shall|should|is going to} {be}? {posted|mailed|cut|dispatched|raised|issued|sent|released|processed|made|paid|wired|transferred|initiated|executed|approved|signed}",
        blockers=("if", "unless", "whether", "could", "once", "provided", "when"),
    ),
    rule(
        "promise_to_pay.fr.future_forms",
        CLEAR,
        # futur simple of payment verbs, first person singular too
        "{reglerai|paierai|payerai|virerai|verserai|solderai|honorerai|reglerons|paierons|payerons|virerons|verserons|solderons|honorerons}",
        "{effectuerai|procederai|emettrai|lancerai|programmerai|ferai|enverrai|passerai|realiserai|executerai|declencherai|declencherons|ordonnerai|ordonnerons} _3 {virement|reglement|paiement|versement|cheque|virements|reglements|paiements}",
        # scheduling participle after the payment noun ("paiement prévu le", "virement programmé pour")
        "{paiement|virement|reglement|versement|cheque|echeance|mise en paiement} {est|sera|a ete|bien}? {prevu|prevue|programme|programmee|planifie|planifiee|fixe|fixee|envisage|cale|calee|positionne|inscrit|ordonnance|bloque pour} {le|pour|au|a|en|dans|des|demain|lundi|mardi|mercredi|jeudi|vendredi|fin|debut|mi|semaine|courant|sous|de ici|avant|ce|cette|la}",
        "{virement|paiement|reglement|cheque|versement|fonds} _3 {sera|seront|va etre|vont etre|devrait etre|devraient etre} {envoye|envoyes|envoyee|emis|emise|adresse|expedie|poste|transmis|remis|effectue|effectuee|fait|lance|execute|execute|passe|valide|declenche|ordonne|debite}",
        "{partira|partiront|part|partent|arrivera|arriveront|parviendra|parviendront|interviendra|tombera|sortira|passera|passeront} {avec|le|lundi|mardi|mercredi|jeudi|vendredi|demain|en|au|fin|debut|dans|de ici|avant|sous|cette|la|ce|des|mi|courant}",
        "{recevrez|receverez|aurez|devriez recevoir|allez recevoir} _2 {paiement|virement|reglement|cheque|fonds|somme|montant|solde|versement}",
        "{demande|demandé|transmis|remonte|remis|envoye} _3 {a la|au|aux|a notre|a nos} {comptabilite|service comptable|tresorerie|direction financiere|daf|compta|service financier} {de|pour} {regler|payer|proceder|lancer|emettre|effectuer|valider|mettre en paiement|virer}",
        "{bon a payer|valide pour paiement|validee pour paiement|mise en paiement|mis en paiement}",
        # (blocked below: "notre outil bloque la mise en paiement" is a hold, not a promise)
        "{paiement|virement|reglement|versement|cheque|paiements|virements|reglements} _12 {est|sera|sont|seront|a ete|ont ete} {prevu|prevue|prevus|programme|programmee|programmes|planifie|planifiee|fixe|fixee|cale|calee} {pour|le|au|a|en|dans|des|demain|lundi|mardi|mercredi|jeudi|vendredi|fin|debut|mi|semaine|courant|avant|ce|cette}",
        "{je|nous|on} {vous|te|t}? {fais|faisons|fait|regle|reglons|paie|paye|payons|vire|virons|envoie|envoyons|lance|lancons|passe|passons|effectue|effectuons|verse|versons} _8 {demain|lundi|mardi|mercredi|jeudi|vendredi|apres demain|la semaine prochaine|cette semaine|avant|des|de ici|au plus tard|fin|debut|sous}",
        blockers=("si", "lorsque", "quand", "une fois", "des que", "sous reserve", "bloque", "bloquee", "bloquer",
                  "bloquons", "bloquent", "suspend", "suspendu", "suspendue", "suspendons", "empeche", "empechent",
                  "retarde", "refuse", "refusons"),
    ),
    rule(
        "promise_to_pay.de.future_forms",
        CLEAR,
        "{zahlung|uberweisung|betrag|rechnung|geld|uberweisungen|zahlungen|es|sie|das} {ist|sind|wurde|wird|wurden} {fur|zum|auf} _4 {veranlasst|eingeplant|vorgesehen|geplant|terminiert|angewiesen|freigegeben|vorgemerkt|disponiert|eingestellt}",
        "{fur|zum|auf} {den|das|die|nachsten|nachste|kommenden|kommende|morgen|montag|dienstag|mittwoch|donnerstag|freitag|ende|anfang|mitte|#} _3 {veranlasst|eingeplant|vorgesehen|geplant|terminiert|vorgemerkt|disponiert}",
        "{geht|gehen} _5 {raus|hinaus|heraus|ab|in den zahllauf|in die zahlung}",
        "{zahlung|uberweisung|zahlungen|uberweisungen|auszahlung|zahlungsausgang} {ist|sind} _4 {geplant|vorgesehen|eingeplant|terminiert|vorgemerkt|disponiert}",
        "{zahlung|uberweisung|betrag|geld|rechnung|zahlungen|uberweisungen} _2 {geht|gehen|kommt|kommen|folgt|folgen|erfolgt|erfolgen|wird|werden} _4 {raus|hinaus|auf ihr konto|bei ihnen|eingehen|ankommen|gutgeschrieben|folgen}",
        "{wir|ich} {werden|werde} _6 {uberweisen|zahlen|bezahlen|begleichen|anweisen|ausgleichen|freigeben|veranlassen|leisten|vornehmen|tatigen|ausfuhren}",
        # inverted order after a fronted object or adverb: "Die Rechnungen werden wir Mitte des Monats begleichen"
        "{werden|werde} {wir|ich} _8 {uberweisen|zahlen|bezahlen|begleichen|anweisen|ausgleichen|freigeben|veranlassen|leisten|vornehmen|tatigen|ausfuhren}",
        # the payment noun, whatever names the invoice, then the date: "Die Zahlung für die 00601 über 2.375,00 EUR erfolgt am 27.11."
        "{zahlung|uberweisung|begleichung|ausgleich|zahlungen|uberweisungen|restzahlung} _12 {erfolgt|erfolgen|kommt|kommen|folgt|folgen} {am|bis|zum|spatestens|noch|innerhalb|morgen|ubermorgen|nachste|nachsten|kommende|kommenden|anfang|mitte|ende|voraussichtlich|diese|dieser|diesen|in|mit|nach|sobald|im|unmittelbar|direkt|gleich}",
        "{sie|ihr} {werden|erhalten|bekommen} _4 {zahlung|uberweisung|betrag|geld|gutschrift|ihr geld}",
        "{habe|haben} _4 {buchhaltung|kreditorenbuchhaltung|finanzabteilung|zahlungsverkehr|bank|treasury} _4 {gebeten|beauftragt|angewiesen} _4 {freizugeben|zu zahlen|zu uberweisen|anzuweisen|auszufuhren|zu begleichen}",
        blockers=("wenn", "falls", "sofern", "sobald", "ob"),
    ),
    rule(
        "promise_to_pay.es.future_forms",
        CLEAR,
        "{le|les|os|te}? {pagaremos|abonaremos|transferiremos|liquidaremos|saldaremos|ingresaremos|abonare|transferire|liquidare|ingresare}",
        _PAGARE_VERB,
        "{yo|le|les|os|te|lo|la|los|las|se lo|se la} pagare",
        "{haremos|realizaremos|efectuaremos|enviaremos|emitiremos|ordenaremos|tramitaremos|procesaremos|hare|realizare|efectuare|enviare|emitire|ordenare} _3 {pago|pagos|transferencia|transferencias|abono|ingreso|cheque|giro}",
        "{pago|transferencia|abono|ingreso|cheque|giro} {esta|queda|quedara|ya esta|sera}? {programado|programada|previsto|prevista|planificado|planificada|agendado|agendada|fijado|fijada|ordenado|ordenada|autorizado|autorizada} {para|el|en|a|antes|dentro|la|esta|este|manana}",
        "{saldra|saldran|llegara|llegaran|se hara|se haran|se realizara|se efectuara|se enviara|se emitira|se ordenara|se procesara|se ejecutara|se abonara|se pagara|se transferira} {el|la|los|las|este|esta|manana|hoy|en|antes|dentro|a|mañana|lunes|martes|miercoles|jueves|viernes|pago|transferencia|importe|factura}?",
        "{recibiran|recibira|recibiras|tendran|tendra|veran|vera} _2 {pago|transferencia|abono|importe|dinero|ingreso|fondos|cheque}",
        "{vamos|voy|van|va} a {pagar|abonar|transferir|liquidar|saldar|ingresar|realizar|efectuar|hacer|enviar|ordenar|emitir}",
        blockers=("si", "cuando", "una vez", "en cuanto"),
    ),
)

# Commitments said the way people talk: "we'll get 4502 paid", "it'll get paid", the payment run
# or the approver as the subject ("the boss signs it off on the 30th", "released Thursday"), a
# hold lifted, a third person's future ("notre cliente procédera au règlement", "ma femme fera le
# virement"), and the present used for the future ("je te fais le virement vendredi", "el
# próximo viernes les hacemos la transferencia").
_DAY_WORDS_EN = (
    "{on|this|next|by|tomorrow|today|tonight|monday|tuesday|wednesday|thursday|friday|#day|the #day|end|the end|"
    "early|mid|later|before|within|first thing}"
)
PROMISE = PROMISE + (
    rule(
        "promise_to_pay.en.colloquial",
        CLEAR,
        "{will|'ll|shall|going to|gonna} {have|get} {it|this|that|them|the money|the funds|payment|the payment|the balance} "
        "{over|across|through|sent|paid}? {to you|with you|over to you|across to you|over|across} " + _DAY_WORDS_EN,
        "{will|'ll|shall|should} be {in a position|able|in a position to|ready} to {pay|settle|clear|release|transfer|make payment}",
        "{will|'ll|shall|going to|gonna|can} get {it|this|that|them|these|those|both|everything|the balance|"
        "#|invoice|invoices|the invoice|the invoices|inv}? _4 {paid|settled|cleared|sorted|payed|over to you|across to you}",
        "{boss|manager|director|cfo|md|owner|controller|fd|finance director|partner|treasurer|approver|signatory} "
        "{signs|sign|will sign|'ll sign|approves|will approve|'ll approve|releases|will release|'ll release|authorises|"
        "authorizes|will authorise|will authorize} _3 " + _DAY_WORDS_EN,
        "{it|this|payment|payments|funds|transfer|cheque|check|invoice|invoices|they|them|everything} "
        "{gets|get|goes|go|is getting|are getting|'s getting} {signed off|approved|released|authorised|authorized|paid} "
        + _DAY_WORDS_EN,
        "{payment|payments|funds|transfer|cheque|check|wire} released {this|next|tomorrow|monday|tuesday|wednesday|"
        "thursday|friday|end|the end|early|mid|later|first thing}",
        "{hold|holds|block|blocks|payment block|payment hold} {has|have} {now}? been {released|lifted|removed|cleared}",
        # the payment run as the subject: "yours is on the list", "finance run payments on the 15th"
        "{yours|it|this|your invoice|this one|that one|they|both|these|your invoices} {is|are|'s|'re} {on|in|included in} "
        "{the|our|that|this|next|friday's|the next}? {list|run|batch|schedule|payment list|payment schedule|payment run|"
        "pay run|proposal}",
        "{run|running|runs|do|doing|does|process|processing|release|releasing|releases} {the|our}? {payments|payment run|"
        "pay run|supplier payments|cheque run|check run|bacs|payment batch} " + _DAY_WORDS_EN,
        # the near future in the progressive passive: "the cheque's being cut tomorrow"
        "{cheque|check|payment|transfer|wire|it|funds|remittance|invoice} {'s|is|are} being {cut|sent|made|processed|"
        "released|issued|posted|raised|prepared|paid|scheduled|approved|signed}",
        "{will|'ll|going to|gonna} {square up|settle up|sort you out|sort it out|see you right|get you paid|get this paid|"
        "get it paid|get that paid}",
        # part now, the balance later
        "{and|then|with} the {rest|balance|remainder|remaining balance|outstanding balance} {on|by|next|at|in|before|end|"
        "after|within|#day|the #day|early|mid|over the}",
        "{part|partial} payment {now|first|this|today|and}",
        "# {now|today|this week|immediately|up front|upfront|straight away|right away} {and|then|,|with} {£|€|$}? {#|the rest|"
        "the balance|the remainder} {at|on|by|in|next|end|the end|before|within|over|after|early|mid|#day}",
        "# {€|eur|euros}? {maintenant|aujourd'hui|aujourd hui|tout de suite|cette semaine|des maintenant|immediatement} {et|puis|,} {€}? "
        "{#|le solde|le reste|le restant} {le|au|a la|en|fin|debut|avant|de ici|d ici|la semaine|sous|dans|courant|mi}",
        "# {€|eur|euro}? {jetzt|sofort|heute|diese woche|umgehend} {und|,} {€}? {#|den rest|den restbetrag|den saldo} {am|bis|"
        "zum|nachste|nachsten|im|ende|anfang|mitte|in|innerhalb|spatestens}",
        "# {€|eur|euros}? {ahora|hoy|ya|esta semana|de inmediato} {y|,} {€}? {#|el resto|el saldo|lo restante} {el|a|antes|"
        "la proxima|el proximo|en|a finales|a principios|dentro}",
        "{released|lifted|removed} the {hold|holds|block|blocks|payment block|payment hold}",
        blockers=("if", "unless", "whether", "once", "when", "until"),
    ),
    rule(
        # an amount with its day: "we can release £4,000 today", "I can do £1,000 on Friday",
        # "tomorrow we transfer USD 5,000", "the rest of it by the end of the month"
        "promise_to_pay.en.amount_when",
        CLEAR,
        "{we|i} {can|will|'ll|could|shall|are going to|am going to} {release|pay|send|transfer|do|wire|make|remit|clear|put through} "
        "{you}? {£|€|$|usd|eur|gbp|cad|aud} # _3 {today|tomorrow|tonight|on|by|this|next|now|monday|tuesday|wednesday|thursday|"
        "friday|end|early|mid|before|within}",
        "{we|i} {can|will|'ll|could|shall|are going to|am going to} {release|pay|send|transfer|do|wire|make|remit|clear|put through} "
        "{you}? # {£|€|$|usd|eur|gbp|euros|dollars|pounds} _3 {today|tomorrow|tonight|on|by|this|next|now|monday|tuesday|wednesday|"
        "thursday|friday|end|early|mid|before|within}",
        "{tomorrow|today|tonight|monday|tuesday|wednesday|thursday|friday|next week|this week|later today} {we|i} {transfer|pay|send|"
        "wire|remit|release|settle|initiate}",
        "{will|'ll|should|shall} {go across|come across|come through|be across|be over} {by|on|next|this|"
        "tomorrow|today|before|at|early|mid|end|within|the|in}",
        # "I'll go over this with our bookkeeper" is a review: "go over" only with a time
        "{will|'ll|should|shall} {go over|come over} {by|on|next|tomorrow|today|before|early|mid|end|within}",
        "the {rest|balance|remainder} of {it|the invoice|this invoice|that|them|the amount} {on|by|next|end|at|in|before|early|mid|within}",
        "{will|'ll|going to|gonna} {run|put} {it|them|both|this|these|the card|the payment|the invoices|#} _6 {through|on|via} "
        "{the|our|your}? {payment link|link|card|card terminal|portal|payment portal} {today|tomorrow|tonight|on|this|next|first thing|by}",
        blockers=("if", "unless", "whether"),
    ),
    rule(
        # "released Thursday" said alone; "it was released Thursday" is past
        "promise_to_pay.en.released",
        MEDIUM,
        "released {this|next|tomorrow|monday|tuesday|wednesday|thursday|friday|end|the end|early|mid|later|first thing}",
        blockers=("was", "were", "been", "had", "has", "have", "we", "i", "they", "if", "once", "when", "until"),
    ),
    rule(
        # the approver or the payment run, in French and Spanish
        "promise_to_pay.any.approver",
        CLEAR,
        "{signs|sign|approves|approve|releases|release|authorises|authorizes} {cheques|checks|payments|the cheques|the payments|"
        "the payment run|payment runs|the bacs|supplier payments} {when|once|on|every|each|this|next|tomorrow|monday|tuesday|"
        "wednesday|thursday|friday|at|after}",
        "{patron|directeur|gerant|gerante|dirigeant|comptable|daf|direction|associe|associee|tresorier} {signe|signera|valide|"
        "validera|approuve|approuvera|libere|liberera|debloque|debloquera} _3 {le|lundi|mardi|mercredi|jeudi|vendredi|#day|"
        "demain|cette semaine|la semaine prochaine|fin|debut|avant}",
        "{ce|ca|cela} sera {fait|regle|paye|vire|envoye} {le|lundi|mardi|mercredi|jeudi|vendredi|demain|a ce moment|fin|debut|"
        "avant|cette semaine|la semaine|des|sous}",
        "{integree|integre|inclue|incluse|inclus|ajoutee|ajoute|programmee|programme|positionnee|prise} {a|dans|en} {notre|la|le|"
        "nos|nos prochains} {prochaine|prochain}? {campagne|lot|cycle|run|proposition|echeancier|session} {de}? {reglement|"
        "reglements|paiement|paiements|virements}",
        "{jefe|director|directora|gerente|responsable|contable|administrador|administradora|dueno|duena} {firma|firmara|"
        "aprueba|aprobara|autoriza|autorizara|libera|liberara} _3 {el dia|el|manana|esta semana|la semana que viene|"
        "el proximo|a final|a finales|antes}",
        blockers=("si", "quand", "lorsque", "cuando"),
    ),
    rule(
        # a French public body's invoice "mandatée" (the payment order issued) is paid by its public
        # accountant later: "a été mandatée hier ... le comptable public procédera au paiement sous quinzaine"
        "promise_to_pay.fr.public_payer",
        CLEAR,
        "{facture|factures|mandat|mandats} _4 {a ete|ont ete|est|sont|vient d etre|viennent d etre} {mandatee|mandatees|"
        "mandate|mandates}",
        "{comptable public|comptable|tresorerie|tresor public|paierie|payeur|agent comptable|tresorier|tresoriere} _2 "
        "{procedera|effectuera|reglera|versera|paiera|mettra en paiement|virera}",
        blockers=("si", "quand", "lorsque", "une fois", "pas", "ne"),
    ),
    rule(
        "promise_to_pay.fr.colloquial",
        CLEAR,
        "{reglera|regleront|paiera|paieront|payera|payeront|virera|vireront|versera|verseront|soldera|solderont|"
        "honorera|honoreront}",
        "{procedera|procederont|effectuera|effectueront|fera|feront|enverra|enverront|emettra|emettront|lancera|"
        "lanceront|passera|passeront|realisera|realiseront|executera|programmera|ordonnera} {au|le|un|les|notre|son|"
        "leur|votre|des|du|la|a le}? _2 {virement|reglement|paiement|versement|cheque|virements|reglements|paiements}",
        # present for the near future, said of the payment itself: "je te fais le virement", "j'envoie un chèque"
        "{je|nous|on} {vous|te|t}? {fais|faisons|fait|envoie|envoyons|envoi|lance|lancons|passe|passons|programme|"
        "programmons|prepare|preparons|emets|emettons} {un|le|la|les|notre|mon|ce|des} {virement|cheque|paiement|"
        "reglement|versement|virements|cheques|paiements}",
        "{vous}? serez {payes|paye|payee|payees|regles|regle|reglee|reglees|rembourses|rembourse|crediteur|credites}",
        "{et|puis|pis} {le|la} {solde|reste|reliquat|difference|restant} {le|au|a la|en|fin|debut|avant|de ici|d ici|la "
        "semaine|semaine|sous|dans|courant|mi|#day}",
        blockers=("si", "lorsque", "quand", "une fois", "sous reserve", "pourriez", "pouvez"),
    ),
    rule(
        "promise_to_pay.es.colloquial",
        CLEAR,
        "{proximo|proxima|manana|lunes|martes|miercoles|jueves|viernes|semana que viene|esta semana|este mes|"
        "fin de mes|final de mes|principios de mes|mediados de mes} _4 {les|le|os|te}? {hacemos|hago|mandamos|mando|"
        "enviamos|envio|realizamos|realizo|pagamos|abonamos|transferimos|ingresamos|ordenamos|liquidamos}",
        "{les|le|os|te}? {hacemos|hago|mandamos|mando|enviamos|envio|realizamos|realizo|pagamos|abonamos|transferimos|"
        "ingresamos|ordenamos|liquidamos} _6 {el proximo|la proxima|manana|la semana que viene|esta semana|este viernes|"
        "este lunes|antes del|antes de fin|a final de|a finales de|a principios de|a mediados de|dentro de}",
        # "pagamos" before a weekday is the present for the coming day: "Pagamos el neto de la 1218 el viernes",
        # "la 4255 os la pagamos el lunes sin falta" (every such dev message is a promise; "el viernes
        # pasado" has no future date and so no promised date)
        "{pagamos|abonamos|transferimos|liquidamos|ingresamos} _6 {el lunes|el martes|el miercoles|el jueves|el viernes} "
        "{.|,|;|!|sin falta|por transferencia|como|y|que viene|proximo|sin problema|dia #|#day}",
        "{esta semana|manana|proxima semana|el proximo|la proxima|el lunes|el martes|el miercoles|el jueves|el viernes|"
        "hoy mismo} _3 {sale|salen|va|van|se hace|se envia|se manda|se ordena|se emite} {el|la|los|las}? {pago|pagos|"
        "transferencia|transferencias|ingreso|abono}",
        "{sale|salen|saldra|saldran} {el|la|los|las}? {pago|pagos|transferencia|transferencias|ingreso} _3 {esta semana|"
        "manana|el proximo|la proxima|la semana que viene|antes|el lunes|el martes|el miercoles|el jueves|el viernes}",
        "{lo|la|los|las}? {tendran|tendra|recibiran|recibira|veran|vera} {en su cuenta|en cuenta|ingresado|ingresada|"
        "abonado|abonada|transferido|antes del|antes de|manana|esta semana|la semana que viene|el lunes|el martes|"
        "el miercoles|el jueves|el viernes}",
        "{y|e} el {resto|saldo|importe restante|pendiente} {el|a|antes|la proxima|el proximo|en|a finales|a principios|"
        "dentro}",
        blockers=("si", "cuando", "una vez", "en cuanto", "ayer", "pasado", "ya"),
    ),
    rule(
        "promise_to_pay.de.colloquial",
        CLEAR,
        "{und|den|der} {rest|restbetrag|saldo|restlichen betrag|rest des betrags} {am|bis|zum|nachste|nachsten|im|ende|"
        "anfang|mitte|in|innerhalb|spatestens}",
        "{chef|geschaftsfuhrer|geschaftsfuhrung|inhaber|buchhaltung|kammerer|vorstand} {gibt|zeichnet|gibt die zahlung|"
        "genehmigt} _4 {frei|ab} _3 {am|bis|diese|nachste|nachsten|morgen|montag|dienstag|mittwoch|donnerstag|freitag}",
        "{gibt|zeichnet|genehmigt} _5 {am|bis|diese|nachste|nachsten|morgen|montag|dienstag|mittwoch|donnerstag|freitag} "
        "_2 {frei|ab}",
        blockers=("wenn", "falls", "sofern", "sobald", "ob"),
    ),
)

PAYMENT_PLAN: tuple[Rule, ...] = (
    rule(
        # longer terms asked for: "move to 60-day terms", "from net 45 to net 120", "extend our terms",
        # "allonger nos délais de paiement", "Zahlungsziel verlängern", "ampliar el plazo de pago"
        "payment_plan_request.any.terms",
        CLEAR,
        "{extend|extended|extending|lengthen|lengthening|longer|extension of} {our|the|your|its|their|these|payment|"
        "credit}? {payment|credit}? terms",
        "{move|moving|switch|switching|change|changing|migrate|migrating|go|going|transition} {to|onto} {#|net} _2 "
        "{terms|payment terms|credit terms|days terms|day terms}",
        "from net # to net #",
        "{terms|payment terms} {of|to} {#|net #} days {instead of|rather than|from}",
        "{allonger|prolonger|etendre|allongement|prolongation|augmenter|porter} _3 {delai|delais|conditions|echeance} "
        "de {paiement|reglement}",
        "{passer|passage} {a|au} {un}? {paiement|reglement|delai de paiement}? {a}? # jours",
        "{zahlungsziel|zahlungsziels|zahlungsfrist|zahlungsbedingungen} _3 {verlangern|verlangert|verlangerung|"
        "anpassen|auf # tage}",
        "{verlangerung|verlangern} _3 {zahlungsziel*|zahlungsfrist*}",
        "{ampliar|ampliacion|alargar|extender|prolongar} _3 {plazo|plazos|condiciones} de {pago|cobro}",
        "{pasar|cambiar} {a|el plazo a} # dias",
        # the same asked in Catalan, Italian, Portuguese and Dutch: "ampliar el termini de pagament",
        # "allungare i termini di pagamento", "alargar o prazo de pagamento", "de betalingstermijn verlengen"
        "{ampliar|allargar|perllongar|ampliacio|allargament} _3 {termini|terminis|condicions} de {pagament|cobrament}",
        "{allungare|estendere|prolungare|allungamento|estensione|prolungamento} _3 {termini|termine|condizioni} "
        "di {pagamento|pagamenti}",
        "{alargar|prolongar|estender|prorrogar|alargamento|prolongamento|extensao} _3 {prazo|prazos|condicoes} "
        "de {pagamento|pagamentos}",
        "{betalingstermijn|betaaltermijn|betalingstermijnen|betalingsvoorwaarden} _3 {verlengen|verlenging|oprekken|"
        "verruimen|naar # dagen}",
        "{verlengen|verlenging|verruimen|oprekken} _3 {betalingstermijn|betaaltermijn|betalingstermijnen}",
    ),
    rule(
        "payment_plan_request.en.instalments",
        STRONG,
        "instalments|installments",
        "{payment|repayment|installment|instalment|time to pay} {plan|plans|arrangement|arrangements|schedule|agreement}",
        "{pay|paying|settle|settling|clear|clearing|split} {it|this|the balance|the amount|the invoice|the debt|the outstanding|the total|the sum|that}? {in|over|into} {two|three|four|five|six|several|multiple|monthly|weekly|equal|smaller|2|3|4|5|6|12|a few|a number of|the next} {parts|payments|tranches|stages|chunks|months|weeks|instalments|installments|portions|amounts}?",
        "{split|spread|stagger|break|divide|phase} {up}? {the|our|this|these|that|my}? {payment|payments|amount|balance|cost|debt|invoice|total|sum|bill|outstanding}",
        "{monthly|weekly|fortnightly|quarterly|partial|part|staged|staggered|smaller|regular} {payments|instalments|installments|amounts|repayments}",
    ),
    rule(
        "payment_plan_request.any.extra_time",
        MEDIUM,
        "{need|needs|would like|ask for|asking for|request|requesting|could we have|can we have|grant us|give us|get} "
        "{an|a}? {extra|additional|another|further|more} {#|few|couple of} {days|weeks|months}",
        "{#|quelques} {jours|semaines|mois} {supplementaires|de plus|de delai}",
        "{a|an}? # {day|days|week|weeks|month|months} {extension|deferral|delay|grace period}",
        "{extension|deferral} {on|of|to} {the}? {payment date|due date|deadline|payment deadline|terms}",
        "{weitere|zusatzliche|noch} # {tage|wochen|monate} {zahlungsziel|aufschub|zeit|frist}",
        "{# dias|un mes|unas semanas|# semanas} {mas|adicionales|extra} {de plazo}?",
    ),
    rule(
        # distress said in passing only adds to a plan's other evidence
        "payment_plan_request.any.tight",
        HINT,
        "{cash|money|funds} {is|are|'s} {tight|short|very tight|a bit tight}",
        "{tresorerie} {tendue|serree|difficile}",
        "{liquiditat} {ist}? {knapp|angespannt|eng}",
    ),
    rule(
        "payment_plan_request.any.until",
        MEDIUM,
        "{give|allow|grant|let} {us|me} {until|till|to|an extra|more time|a few more|another} _4 {to pay|to settle|to clear}",
        "{bis|bis zum|bis ende} _4 zeit {geben|geben sie|lassen}",
        "{darnos|dejarnos|concedernos} {hasta|un plazo hasta} _4 para {pagar|abonar|liquidar}",
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
        "{echeanciers|echelonnement|mensualisation|etalement|etalements}",
        # Quebec and Belgian usage: "une entente de paiement"
        "{entente|arrangement|convention} de {paiement|paiements|reglement|remboursement}",
        "{versements|paiements|reglements|virements} {mensuels|hebdomadaires|trimestriels|bimensuels|reguliers|partiels|echelonnes|etales}",
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
        # "délai de livraison" is no payment delay: the payment word is required after "de"
        "{delai|delais} de {paiement|reglement|paiements|reglements}",
        "{delai|delais} {supplementaire|supplementaires}",
        "{delai|delais} {pour payer|pour regler}",
        "{accorder|accordez|octroyer} {un|une|nous} {delai|delais|report|rallonge}",
        "{report|prorogation|prolongation|decalage|repoussement} {de|du|des} {echeance|echeances|paiement|reglement|delai|date}",
        "{accorder|accordez|laisser|laissez} {nous|me} {jusqu|jusque|jusqu au|jusqu a} _4 {pour} {regler|payer|solder}",
        "{reporter|repousser|differer|decaler} {le|notre|ce|la}? {paiement|reglement|echeance}",
        "{difficultes|tension|tensions|probleme|problemes} de tresorerie",
    ),
    rule(
        "payment_plan_request.de.raten",
        STRONG,
        "{ratenzahlung*|ratenplan|ratenvereinbarung|teilzahlung*|zahlungsplan|tilgungsplan|zahlungsvereinbarung|abzahlung|ratenweise|monatsraten}",
        "{in|per} {raten|teilbetragen|tranchen}",
        # a number alone is no plan: "in 5 days", "in 2 weeks"
        "{in|per} {zwei|drei|vier|funf|sechs|mehreren|monatlichen|2|3|4|5|6} {raten|teilbetragen|tranchen|teilzahlungen|zahlungen|monatsraten}",
        "{monatliche|monatlichen|wochentliche|gleiche|kleinere} {raten|zahlungen|betrage|teilbetrage|teilzahlungen}",
        "{auf|uber} {zwei|drei|vier|funf|sechs|mehrere|#} {monate|monaten|wochen|raten} {zu}? {verteilen|aufteilen|"
        "strecken|abzahlen|abbezahlen}",
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
        # longer terms: "que nos amplíen el plazo de pago de 30 a 90 días"
        "{ampliar|amplien|amplie|ampliaran|ampliacion|alargar|alarguen|extender|extiendan|extension} {de}? {el|los|nuestro|nuestros}? {plazo|plazos} {de pago|de vencimiento}?",
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
        "{pay|settle|clear|spread|split|stagger|payer|regler|repartir|etaler|echelonner|fractionner|zahlen|bezahlen|begleichen|verteilen|"
        "aufteilen|strecken|pagar|abonar|repartir|distribuir|fraccionar} _6 {over|sur|uber|auf|en|entre} {#|two|"
        "three|four|six|twelve|the next|a few|several|deux|trois|quatre|six|douze|zwei|drei|vier|sechs|dos|tres|"
        "cuatro|seis} {months|weeks|mois|semaines|monate|monaten|wochen|meses|semanas|quarter|quarters|trimestre|"
        "trimestres|quartal|quartale}",
        "{arrangement|plan} {for|on} {the}? {balance|amount|outstanding|debt|invoice|remaining|arrears}",
        "{£|€|$|eur|euros|usd|gbp|chf|dollars|pounds} # {per|a|each|every|par|pro|al|cada} {month|week|mois|semaine|"
        "monat|woche|mes|semana}",
        "# {£|€|$|eur|euros|usd|gbp|chf|dollars|pounds|francs|k}? {per|a|each|every|par|pro|al|cada} {month|week|"
        "mois|semaine|monat|woche|mes|semana}",
        "{#|payments|instalments|installments|versements|paiements|zahlungen|raten|pagos|cuotas} {£|€|$|eur|euros|usd|"
        "gbp|chf|dollars|pounds|francs|k}? {every two weeks|every other week|every fortnight|biweekly|bi weekly|"
        "fortnightly|aux deux semaines|toutes les deux semaines|tous les quinze jours|par quinzaine|chaque mois|"
        "tous les mois|alle zwei wochen|alle 14 tage|vierzehntagig|cada dos semanas|cada quince dias|quincenales|cada mes}",
        # "prélevée deux fois sur le compte", "charged twice": a duplicate debit, not a schedule
        blockers=("preleve", "prelevee", "preleves", "prelevees", "debite", "debitee", "debites", "debitees",
                  "facturee", "facturees", "encaisse", "encaissee", "charged", "billed", "debited", "abgebucht",
                  "cobrado", "cobrada", "cargado", "cargada"),
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



# A payment offered only once the invoice is corrected ("we'll pay once the credit note is
# received", "la facture sera réglée dès réception de l'avoir", "nach Erhalt der Gutschrift",
# "una vez recibida la factura rectificativa") belongs to the dispute, not a promise. Not body
# rules: classify reads them as a condition on promise_to_pay when a dispute is present.
CONDITIONAL_PROMISE: tuple[Rule, ...] = (
    rule(
        "conditional.any.on_correction",
        CLEAR,
        "{once|when|as soon as|after|upon|on} {we}? {receive|received|receiving|receipt|get|have|see} {of}? {it|this|the|a|your}? _2 {credit|credit note|credit memo|corrected|revised|amended|correct|new invoice|reissued}",
        "{once|when|as soon as|after|upon|on} {received|receipt|corrected|credited|resolved|sorted|fixed|amended|reissued}",
        "{pay|settle|release|process|clear} {the|it|them}? {corrected|revised|amended|correct|net|adjusted|remaining|undisputed|reduced} {amount|invoice|invoices|balance|total|figure|version}?",
        "{credit|credit note|credit memo|corrected invoice|revised invoice} _8 {and|then} {we|we'll|i} {will|'ll|can|shall}? {pay|settle|release|process}",
        "{des|a|apres|sur} {reception|receipt} {de}? {le|la|l|votre|un|une}? _2 {avoir|facture rectificative|facture corrigee|correction}?",
        "{montant|facture|solde} {corrige|corrigee|rectifie|rectifiee|rectificative|net}",
        "{nach|bei} {erhalt|eingang|vorlage} {der|einer|ihrer} {gutschrift|korrigierten|korrekturrechnung|rechnungskorrektur|berichtigten}",
        "erst {nach|wenn|sobald|bei|mit} _4 {ersatzlieferung|ersatz|gutschrift|korrektur|nachlieferung|reparatur|lieferung|klarung|eingang|erhalt}",
        "{only|not} {pay|settle|release|process} _3 {once|when|after|until} {the|a|we get the|we receive the}? {replacement|credit|corrected|repair|missing|remaining|rest of the}",
        "{sobald|wenn} _4 {gutschrift|korrigierte|korrekturrechnung|berichtigte|storno}",
        "{korrigierten|berichtigten|reduzierten} {betrag|rechnung|rechnungsbetrag}",
        "{una vez|cuando|tras|despues de|en cuanto} {recibamos|recibida|recibido|reciba|recibir|tengamos} _3 {abono|factura rectificativa|nota de credito|factura corregida|rectificacion}",
        "{importe|factura} {corregido|corregida|rectificado|rectificada|rectificativa}",
        # whatever the dispute waits for: "when the certificate is signed", "once it reflects the 9 visits"
        "{once|when|as soon as|after|until|upon} _8 {signed|countersigned|completed|issued|received|corrected|fixed|"
        "resolved|delivered|approved|credited|sorted|done|finished|installed|rectified|provided|reflects|shows|arrives|"
        "arrive|turn up|turns up|cancelled|canceled|voided}",
        "{des que|une fois que|une fois|lorsque|quand|apres que} _8 {signe|signee|recu|recue|corrige|corrigee|livre|"
        "livree|resolu|resolue|installe|installee|termine|terminee|repare|reparee|annule|annulee|emis|emise}",
        "{sobald|wenn|nachdem} _8 {unterschrieben|erhalten|korrigiert|geliefert|behoben|abgeschlossen|vorliegt|vorliegen|"
        "storniert|gutgeschrieben}",
        "{cuando|una vez|en cuanto|tras} _8 {firmado|firmada|recibido|recibida|corregido|corregida|entregado|entregada|"
        "resuelto|resuelta|completado|completada|anulada|anulado|subsanado|subsanada}",
        negatable=False,
    ),
    rule(
        # whatever document the payment waits for: "once it's attached in Coupa it will drop into the
        # next run", "as soon as we have the waiver it goes on the next check run"
        "conditional.any.on_document",
        CLEAR,
        "{once|when|as soon as|after|upon} _6 {attached|uploaded|submitted|on file}",
        "{once|when|as soon as|after|upon} {we|i} {have|get|receive|got|'ve got} {the|a|your|that|this|those|these|signed}? _3 "
        "{w 9|w9|w 8|w8|waiver|waivers|lien waiver|coi|certificate|pod|proof of delivery|ticket|tickets|signed|copy|"
        "copies|statement|timesheet|timesheets|backup|documentation|paperwork|form|forms|bank letter|delivery note}",
        "{des|a|apres} {reception|receipt} {de|du|des}? {le|la|l|votre|vos|les}? _2 {bon de livraison|bons de livraison|"
        "attestation|rib|kbis|copie|duplicata|justificatif|justificatifs|releve|document|documents|bon de commande}",
        "{nach|bei} {erhalt|eingang|vorlage} {des|der|einer|eines|ihrer|ihres} {lieferscheins|lieferscheine|lieferschein|"
        "rechnungskopie|kopie|nachweise|nachweis|bescheinigung|unterlagen|leistungsnachweise|stundenzettel}",
        "{una vez|cuando|en cuanto|tras} {recibamos|tengamos} {el|la|los|las}? _2 {albaran|albaranes|certificado|copia|"
        "documentacion|justificante|justificantes}",
        negatable=False,
    ),
)


# Tense and aspect, said the short way (mobiles, answers to a chase):
# - a payment told as done without an auxiliary: "4449 is paid, check #3310 on 10/15", "paid 3166
#   back in july by bank transfer", "le virement est parti le 6/11", "vous devriez l'avoir";
# - a payment told as coming in the progressive or present without a subject: "sending the
#   $1,400 tomorrow morning", "la 1444 je la paie le 20", "we'll have 4581 paid by Friday",
#   "the balance will follow on Friday", "le paiement ... devrait intervenir dans dix jours";
# - longer terms or a periodic amount until the debt is cleared: "extending us to net 60",
#   "à 90 jours au lieu de 45", "60 days instead of 30", "$6,000 a month until it's cleared".
ALREADY_PAID = ALREADY_PAID + (
    rule(
        "already_paid.any.short_past",
        CLEAR,
        "{#|it|this|that|this one|that one|invoice|inv|both|they|these|those} {is|are|'s|'re} {already|all|both|fully}? "
        "{paid|settled|payed} {,|-|:|;|by|via|with|through|on|in full|back|already|last|weeks|days|check|cheque|ach|wire|"
        "bacs|eft}",
        "{paid|payed|settled} {it|this|that|them|#|inv #|invoice #} {back in|back on|on|last|in|by|via|with|through|"
        "already|yesterday|weeks ago|days ago|a week ago|in full}",
        "{#|virement|virements|paiement|paiements|reglement|cheque|versement|fonds|argent|facture|factures} "
        "{est|sont|etait|etaient} {bien|deja}? {parti|partie|partis|parties} {le|hier|depuis|la semaine|lundi|mardi|mercredi|jeudi|"
        "vendredi|#day|par|de|en|avant}",
        "{vous|tu} {devriez|devrais|auriez du|aurais du} {deja}? {l|le|la|les}? {avoir|recevoir|avoir recu|voir} {recu}? "
        "{sur|dans|en|de}",
        "{ist|sind|war|waren} {bereits|schon}? {am|vor|letzte|letzten|gestern} _2 {rausgegangen|raus|abgegangen|"
        "hinausgegangen}",
        "{salio|salieron|se fue|se fueron} {el|ayer|la semana|hace|de|por}",
        blockers=_NOT_PAST,
    ),
)

PROMISE = PROMISE + (
    rule(
        "promise_to_pay.any.short_future",
        CLEAR,
        # the progressive for a plan, no subject: "sending the $1,400.20 tomorrow morning"
        "{paying|settling|clearing} _6 {tomorrow|tmrw|tmw|monday|tuesday|wednesday|thursday|friday|next week|this friday|"
        "next friday|end of the week|end of week|by friday|first thing}",
        "{sending|transferring|wiring|mailing|posting|releasing|dropping off} {the|a|our|your|you|you the|over|over the}? "
        "{payment|cheque|check|money|funds|balance|rest|remainder|$|£|€|#|transfer|wire|amount|full amount} _5 "
        "{tomorrow|tmrw|tmw|monday|tuesday|wednesday|thursday|friday|next week|this friday|next friday|end of the week|"
        "end of week|by friday|first thing}",
        "{will|'ll|shall|should} have {it|this|that|them|these|those|both|everything|#|invoice|inv|the invoice|the invoices|"
        "the balance|the rest} _2 {paid|settled|cleared|paid off|sent over|over to you|with you} {by|on|before|this|next|"
        "tomorrow|within|early|end|monday|tuesday|wednesday|thursday|friday|#day|shortly|soon|asap}",
        "{balance|rest|remainder|remaining|remaining balance|outstanding balance|difference} _3 {will|'ll|shall|should|is going to} "
        "{follow|be sent|go out|come}",
        # French present for the near future with the invoice as a pronoun: "la 1444 je la paie le 20"
        "{je|nous|on} {la|le|les|l} {paie|paye|payons|regle|reglons|vire|virons|solde|soldons} {le|demain|lundi|mardi|"
        "mercredi|jeudi|vendredi|avant|des|fin|debut|sous|dans|la semaine|cette semaine|au plus tard|#day}",
        "{paiement|virement|reglement|versement|mandatement} _8 {devrait|devraient|doit|va|vont} {intervenir|partir|"
        "etre effectue|etre emis|etre execute|etre fait}",
        blockers=("if", "unless", "whether", "si", "when", "quand", "lorsque"),
    ),
)

PAYMENT_PLAN = PAYMENT_PLAN + (
    rule(
        "payment_plan_request.any.longer_terms",
        CLEAR,
        "{extend|extending|move|moving|put|putting|switch|switching|go} {us|our account|the account|our terms|this account} "
        "{to|onto|on} {net|# day|# days|#-day} {#|terms}?",
        "{net|a|of|on} {#|# days|# day|# jours|# tage|# dias} {instead of|rather than|in place of|au lieu de|plutot que|"
        "statt|anstatt|statt der|en vez de|en lugar de} {#|net|the|the usual|the current|our|les|des|nos}",
        "{#} {days|jours|tage|dias} {instead of|rather than|au lieu de|plutot que|statt|anstatt|en vez de|en lugar de} "
        "{#|net}",
    ),
    rule(
        "payment_plan_request.any.periodic_until",
        CLEAR,
        "{month|week|fortnight|mois|semaine|monat|woche|mes|semana} _2 {until|till|untill|jusqu a|jusqu au|bis|hasta} _4 "
        "{cleared|paid|settled|paid off|cleared off|clear|solde|soldee|regle|reglee|payee|apure|bezahlt|beglichen|"
        "abbezahlt|getilgt|pagado|pagada|saldado|saldada|liquidado|liquidada}",
        "{echelonner|fractionner|etaler|mensualiser} {le|la|les|l|ce|cette|ces|notre|nos}? {solde|montant|paiement|"
        "reglement|facture|factures|dette|somme}? {sur|en} {#|deux|trois|quatre|cinq|six|douze|plusieurs} {mois|fois|"
        "mensualites|echeances|versements}",
    ),
)


# Payment told in the idiom of an AP department or a trade (dev sets 13-18): a fronted object with the
# verb second ("Die Rechnung zahlen wir binnen 14 Tagen", "heute haben wir ... angewiesen"), the
# Spanish present passive for a plan ("se paga en el giro del martes", "se paga por confirming"),
# deferred instruments at maturity (LCR, traite, pagaré, confirming), a payment run in the past
# ("ist mit dem Zahllauf letzte Woche raus"), a US AP batch ("scheduled for our Nov 12 ACH run"),
# a card charge to retry, and a cheque dropped off at the branch.
_DE_PAID = "{uberwiesen|bezahlt|angewiesen|beglichen|ausgefuhrt|veranlasst|freigegeben|ausgeglichen|gezahlt}"
_DE_RUN = "{zahllauf|zahlungslauf|zahlungsvorschlag|sammeluberweisung}"
_ES_WHEN = (
    "{el proximo|la proxima|proximo|proxima|manana|pasado manana|la semana que viene|esta semana|este mes|"
    "fin de mes|final de mes|a final|a finales|a principios|a mediados|dentro de|antes del|antes de|"
    "con vencimiento|al vencimiento|a su vencimiento|el lunes|el martes|el miercoles|el jueves|el viernes|"
    "el dia|el #day}"
)
REMITTANCE = REMITTANCE + (
    rule(
        "remittance_advice.de.today_v2",
        CLEAR,
        # verb second after "heute": "Heute haben wir die RE 18 unter Abzug von Skonto angewiesen"
        "{heute|soeben|gerade|heute morgen|heute fruh} {haben|habe|hat} {wir|ich} _16 " + _DE_PAID,
        blockers=("wenn", "falls", "sofern", "ob", "werden", "wird"),
    ),
    rule(
        "remittance_advice.fr.sent_today",
        CLEAR,
        # "je vous envoie ce jour un chèque de 410 € pour la facture 7781"
        "{je|nous|on} {vous}? {envoie|envoyons|adresse|adressons|joins|joignons|remets|remettons|fais|faisons} "
        "{aujourd'hui|aujourd hui|aujourd|ce jour|ce matin|des ce jour} {un|le|notre|mon|ci joint|ci-joint}? "
        "{cheque|virement|reglement|paiement|versement}",
        blockers=("si", "quand", "lorsque", "une fois"),
    ),
)
ALREADY_PAID = ALREADY_PAID + (
    rule(
        "already_paid.de.past_run",
        CLEAR,
        # "Die 18 ist mit dem Zahllauf letzte Woche raus", "war im Zahllauf vom 3.11. enthalten"
        "{ist|sind|war|waren|ging|gingen|wurde|wurden} _3 {mit dem|im|in dem|uber den|per} " + _DE_RUN
        + " {letzte|letzten|vorige|vorigen|vergangene|vergangenen|vom|am|von|gestern|#day} _4 "
        "{raus|rausgegangen|hinaus|hinausgegangen|abgegangen|enthalten|bezahlt|beglichen|uberwiesen|erfolgt|gelaufen}",
        "{ist|sind|war|waren|ging|gingen} {mit dem|im|in dem} " + _DE_RUN + " {raus|rausgegangen|hinausgegangen|"
        "abgegangen|gelaufen}",
        blockers=_NOT_PAST,
    ),
)
PROMISE = PROMISE + (
    rule(
        # the payment run ahead: "im Zahllauf am Freitag", "mit dem Zahllauf Ende November"
        "promise_to_pay.de.run_ahead",
        CLEAR,
        "{nachste|nachsten|nachster|kommende|kommenden|heutigen|morgigen|diesem|dieser|diesen|wochentlichen|"
        "monatlichen|freitags|montags|#day} " + _DE_RUN,
        _DE_RUN + " {am|zum|diese|dieser|diesen|nachste|nachsten|kommende|kommenden|morgen|ubermorgen|montag|dienstag|"
        "mittwoch|donnerstag|freitag|ende|anfang|mitte|im|in|eingeplant|vorgesehen|aufgenommen}",
        blockers=("letzte", "letzten", "vorige", "vorigen", "vergangene", "vergangenen", "gestern", "bereits",
                  "schon", "war", "waren", "ging", "gingen", "wurde", "wurden"),
    ),
    rule(
        # in the run, said as a state: "die Rechnung ist im Zahllauf.", "für den Zahllauf vorgesehen"
        "promise_to_pay.de.run",
        CLEAR,
        "{im|in den|in dem|fur den|zum|in unseren|in unserem|in unserer} " + _DE_RUN + " {.|,|!|eingeplant|"
        "vorgesehen|aufgenommen|eingestellt|enthalten|ubernommen|eingetragen}",
        "{fur den|zum} " + _DE_RUN + " {vorgemerkt|eingeplant|vorgesehen|freigegeben}",
        blockers=("letzte", "letzten", "vorige", "vorigen", "vergangene", "vergangenen", "gestern", "bereits",
                  "schon", "war", "waren", "ging", "gingen", "wurde", "wurden"),
    ),
    rule(
        "promise_to_pay.de.binnen",
        CLEAR,
        # "Die Rechnung zahlen wir binnen 14 Tagen", "Zahlung erfolgt binnen einer Woche"
        "{zahlen|uberweisen|bezahlen|begleichen|zahle|uberweise|bezahle|begleiche|weisen|gleichen} {wir|ich} _6 "
        "{binnen|innert|innerhalb von}",
        "{wir|ich} {zahlen|uberweisen|bezahlen|begleichen|zahle|uberweise|bezahle|begleiche} _8 {binnen|innert}",
        "{zahlung|uberweisung|ausgleich|begleichung|restzahlung} _6 {erfolgt|erfolgen|folgt|folgen|kommt} {binnen|innert}",
        blockers=("wenn", "falls", "sofern", "sobald", "ob", "nachdem"),
    ),
    rule(
        "promise_to_pay.es.present_plan",
        CLEAR,
        # the present passive for a plan: "la 5512 se paga en la remesa del próximo viernes"
        "se {paga|pagan|abona|abonan|liquida|liquidan|transfiere|transfieren|ingresa|ingresan|salda|saldan} _8 "
        + _ES_WHEN,
        "se {paga|pagan|abona|abonan|liquida|liquidan} {a traves de|por|mediante|via|con} {confirming|pagare|pagares}",
        # "hacemos la transferencia del saldo pendiente el jueves" (hacemos has no past reading)
        "{hacemos|hago} {la|una|el|un}? {transferencia|pago|ingreso|abono|giro} _10 " + _ES_WHEN,
        # the rest, told after a part payment: "el resto de la 4410 lo abonamos el 12"
        "{el resto|el saldo|lo restante|el importe restante|el pendiente|la diferencia|el remanente} _6 {lo|la|se}? "
        "{pagamos|abonamos|transferimos|liquidamos|ingresamos|saldamos|pagaremos|abonaremos|transferiremos|paga|abona}",
        # the present for the near future with an object pronoun: "la pagamos el viernes", "tesorería las liquida dentro de 15 días"
        # ("la pagamos el 10" reads past as well: only the third person, which has no past reading)
        "{la|lo|las|los} {paga|abona|liquida|transfiere|pagan|abonan|liquidan|transfieren} "
        "{el|este|esta|manana|dentro|la proxima|el proximo|en # dias|antes}",
        # "el pago de la 4410 quedó programado para el viernes"
        "{pago|pagos|transferencia|transferencias|abono|ingreso} _8 {quedo|queda|ha quedado|esta|estara|quedara} "
        "{programado|programada|programados|agendado|agendada|previsto|prevista|planificado|planificada} {para|el|la|en}",
        blockers=("si", "cuando", "una vez", "en cuanto", "ayer", "pasado", "ya"),
    ),
    rule(
        "promise_to_pay.any.instrument_due",
        CLEAR,
        # a deferred instrument paid at maturity: "par LCR à échéance du 30", "pagaré con vencimiento el 15"
        "{lcr|traite|traites|effet de commerce|billet a ordre|pagare|pagares|confirming} _3 {a echeance|echeance|"
        "a l echeance|vencimiento|al vencimiento|con vencimiento|a # jours|a # dias}",
        # the Italian receipt drawn on the customer's bank: "la 1228 passa con la Ri.Ba. di fine mese",
        # "il residuo lo abbiamo messo in Ri.Ba. con scadenza 30/11", "le pagheremo con RiBa a 60 giorni"
        "{riba|ri ba|ricevuta bancaria|ricevute bancarie} _2 {con scadenza|alla scadenza|di fine mese|a fine mese|"
        "a # giorni|scadra|scadranno}",
        "{passa|passano|passera|passeranno|va|vanno|andra|andranno|parte|partono|partira|partiranno|pagata|pagate|"
        "pagato|pagati|saldata|saldate|messo|messa|messe|messi|inserito|inserita|inserite|inseriti|caricato|caricata|"
        "caricate|pagheremo|paghiamo|saldiamo|salderemo|paghero} {con|in|tramite|nella|nelle|alla|sulla|a mezzo} "
        "{la|le|il|i|una|la prossima|le prossime}? {riba|ri ba|ricevuta bancaria|ricevute bancarie}",
        blockers=("si", "quand", "lorsque", "cuando", "ete", "fue", "impaye", "impayee", "rejete", "rejetee",
                  "devuelto", "devuelta"),
    ),
    rule(
        "promise_to_pay.en.ap_run",
        CLEAR,
        # "are scheduled for our Nov 12 check/ACH run"; "remains on schedule for December 18"
        "{scheduled|slated|queued|booked|lined up|set|earmarked} for {our|the|your|this|next|a}? _5 {run|batch|cycle|"
        "payment run|pay run|check run|cheque run|disbursement}",
        "{remains|remain|is still|are still|stays|stay} {on schedule|on track|scheduled|due to be paid} {for|on|to}",
        # the customer asks for a card charge to be run again: "please retry the charge tomorrow"
        "{retry|rerun|re run|re-run|reprocess|re process|rerunning|retrying} {the|my|our|that}? {charge|card|payment|"
        "card payment|transaction} {again|today|now|tomorrow|on|this|next|#day|monday|tuesday|wednesday|thursday|friday}?",
        blockers=("if", "unless", "whether", "once", "when", "do", "did", "why"),
    ),
    rule(
        "promise_to_pay.fr.drop_off",
        CLEAR,
        # "je passe déposer un chèque à votre agence lundi"
        "{passe|passons|passerai|passerons|viens|venons|viendrai|viendrons|vais|allons} {deposer|apporter|remettre|"
        "vous deposer|vous apporter|vous remettre} {un|le|notre|mon|les|nos|ce}? {cheque|cheques|reglement|paiement|"
        "especes|versement}",
        blockers=("si", "quand", "lorsque", "suis", "sommes", "etait", "etais", "ai", "avons"),
    ),
)
PAYMENT_PLAN = PAYMENT_PLAN + (
    rule(
        "payment_plan_request.any.spread_v2",
        CLEAR,
        # the payment as a noun spread over months: "payment of the balance over four months"
        "{payment|payments|paiement|reglement|pago|zahlung} {of|for|de|du|del|der}? _5 {over|sur|en|uber} {#|two|three|"
        "four|five|six|twelve|deux|trois|quatre|cinq|six|douze|dos|tres|cuatro|cinco|seis|doce|zwei|drei|vier|"
        "funf|sechs} {months|weeks|mois|meses|monate|monaten}",
        # an amount per month written with a slash: "$2,825/month", "500 €/mois"
        "# {£|€|$|eur|euros|usd|gbp|chf|k}? / {month|mo|week|wk|mois|mes|monat}",
        "{£|€|$} # / {month|mo|week|wk|mois|mes|monat}",
        # longer terms with the unit in between: "on net 60 terms instead of 45"
        "net # {terms|days|day terms|payment terms} {instead of|rather than|in place of} {#|net}",
        "{get|put|move|have|switch|place} _6 {on|onto|to} net # {terms|days|day terms|payment terms}",
    ),
    rule(
        "payment_plan_request.any.not_at_once_v2",
        MEDIUM,
        "{not|pas|nicht|no|cannot|unable} _5 {d un coup|dun coup|en un coup|d une traite|en une traite|"
        "de una sola vez|en un pago|in einem zug|in one hit|in one payment}",
        negatable=False,
    ),
)

ALREADY_PAID = ALREADY_PAID + (
    rule(
        "already_paid.es.cancelar",
        CLEAR,
        # Latin American "cancelar" for paying a debt: "ya lo cancelamos el 20/11", "cancelamos el saldo de la fact."
        "ya {lo|la|los|las} {cancelamos|cancele|hemos cancelado|habiamos cancelado|he cancelado}",
        "{cancelamos|cancele|hemos cancelado|he cancelado|habiamos cancelado} {el saldo|la factura|las facturas|"
        "el importe|la fact|la fra|la deuda|el total|el monto}",
        blockers=_NOT_PAST + ("pedido", "orden"),
    ),
)
PROMISE = PROMISE + (
    rule(
        "promise_to_pay.es.next_run",
        CLEAR,
        # "la metemos en el próximo pago", "las incluimos en la siguiente remesa"
        "{la|lo|las|los} {metemos|incluimos|ponemos|meto|incluyo|pongo|pasamos|paso|cargamos} {en} {el|la} "
        "{proximo|proxima|siguiente} {pago|pagos|remesa|ronda|tanda|lote|giro|transferencia|ciclo}",
        # "en cuanto la tengamos, la metemos...": the payment waits on the request, which leads
        blockers=("si", "ya", "cuanto", "cuando", "vez", "tras"),
    ),
)

# A commitment told the way a stranger writes it, beyond the forms above (dev23-dev26):
# - French with an object clitic or the present for the future: "on va la payer la semaine
#   prochaine", "je vous les règle vendredi", "on règle l'acompte le 4 décembre", a bare noun with a
#   future-only time ("Règlement d'ici le 15", "paiement sous huitaine"), an amount sent ("on va vous
#   envoyer 5 000 $ vendredi"), the payment noun far from its future verb ("le paiement des factures
#   0612 et 0718 interviendra fin novembre"), a cheque to be posted;
# - Canadian e-transfer/Interac as the payment verb ("will e-transfer the $587.60 tomorrow", "je vais
#   faire un e-transfer demain");
# - English "I'll have the full amount to you by ...";
# - German with the verb far from its auxiliary ("wird innerhalb der nächsten 10 Tage beglichen") or
#   colloquial first person ("die 4334 zahl ich am Freitag");
# - Spanish present for the future, only with a future-only time since "pagamos" is also a past
#   ("os pago la 18274 mañana", "la pagamos el viernes que viene"), an impersonal "se deposita
#   mañana", a transfer that "sale dentro de 30 días", Mexican "quedó programada para pago".
_FR_PAY_NOW = ("{regle|reglons|reglent|paie|paye|payons|payent|vire|virons|verse|versons|solde|soldons|envoie|"
               "envoyons|fais|faisons|passe|passons}")
_FR_FUTURE_TIME = ("{demain|apres demain|lundi|mardi|mercredi|jeudi|vendredi|de ici|sous|fin|debut|courant|"
                   "la semaine prochaine|semaine prochaine|le mois prochain|avant le|au plus tard|des reception|"
                   "des lundi|des demain|en fin|en debut|mi|le #day|apres la|apres le|apres les}")
_ES_FUTURE_TIME = ("{manana|pasado manana|que viene|la proxima semana|el proximo|la proxima|dentro de|a fin de|"
                   "a finales de|a final de|esta semana|este viernes|este lunes|antes del|antes de fin|sin falta}")
PROMISE = PROMISE + (
    rule(
        "promise_to_pay.fr.spoken_future",
        CLEAR,
        "{on|nous|je} {va|vais|allons|compte|comptons|pense|pensons|devrait|devrions|pourra|pourrons|pourrai} "
        "{la|le|les|l'|vous la|vous le|vous les|vous l'|lui} {regler|payer|virer|solder|verser|acquitter}",
        f"{{on|nous|je}} {{la|le|les|l'|vous|vous la|vous le|vous les|vous l'}}? {_FR_PAY_NOW} _5 {_FR_FUTURE_TIME}",
        f"{{reglement|paiement|virement|versement|cheque}} {{de ici|sous|demain|des demain|la semaine prochaine|"
        f"au plus tard|avant la fin|des reception|en fin de|en debut de|courant}}",
        "{on|nous|je} {va|vais|allons} {vous}? {envoyer|verser|virer|transferer|faire parvenir|poster} {les|le}? #",
        "{paiement|reglement|virement|versement|cheque|cheques|paiements|reglements} _16 "
        "{interviendra|interviendront|partira|partiront|arrivera|arriveront|sera poste|seront postes|sera postee|"
        "sera expedie|sera envoye|seront envoyes|sera depose|sera remis}",
        blockers=("si", "quand", "lorsque", "avons", "ai", "a ete", "etait"),
    ),
    rule(
        "promise_to_pay.any.e_transfer",
        CLEAR,
        "{will|'ll|going to|gonna|to|i|we} {e transfer|e-transfer|etransfer|interac|send an e transfer|"
        "send an e-transfer|send you an e transfer|send you an e-transfer}",
        "{vais|va|allons|vas} {faire|envoyer|vous envoyer|vous faire} {un|le} {e transfer|e-transfer|etransfer|"
        "interac|virement interac|transfert}",
        blockers=("if", "si"),
    ),
    rule(
        "promise_to_pay.en.have_it_to_you",
        CLEAR,
        "{i|we} {will|'ll|should} have {the|it|this|that|them|full|the full|payment|the payment|the balance|"
        "the money|the funds|a cheque|a check}? _3 {to you|with you|over to you|in your account|in your hands|"
        "paid|settled|cleared|sent}",
        blockers=("if", "once", "when", "until"),
    ),
    rule(
        "promise_to_pay.de.far_future",
        CLEAR,
        # a time phrase first, longer than the passive's gap ("wird innerhalb der nächsten 10 Tage beglichen")
        "{wird|werden} {innerhalb|bis|spatestens|im|in|am|zum|anfang|ende|mitte|nachste|nachsten|kommende|"
        "kommenden|morgen|diese|dieser|diesen} _7 {bezahlt|beglichen|uberwiesen|angewiesen|ausgeglichen|gezahlt|"
        "freigegeben}",
        "{zahl|bezahl|uberweis|begleich} {ich|wir} _4 {am|bis|zum|morgen|ubermorgen|nachste|nachsten|"
        "kommende|kommenden|diese|diesen|ende|anfang|mitte|innerhalb|spatestens|montag|dienstag|mittwoch|"
        "donnerstag|freitag}",
        blockers=("wenn", "falls", "sofern", "sobald", "nachdem", "ob"),
    ),
    rule(
        "promise_to_pay.es.present_future",
        CLEAR,
        f"{{os|les|le|te|la|lo|las|los}}? {{pago|pagamos|abono|abonamos|transferimos|transfiero|liquido|"
        f"liquidamos|deposito|depositamos|ingresamos|ingreso|hacemos el pago|hacemos la transferencia|"
        f"mandamos el pago|enviamos el pago}} _5 {_ES_FUTURE_TIME}",
        f"se {{deposita|depositan|paga|pagan|transfiere|transfieren|abona|abonan|liquida|liquidan|ingresa}} _3 "
        f"{_ES_FUTURE_TIME}",
        f"{{transferencia|pago|cheque|deposito|ingreso}} {{sale|salen|va|llega|llegara}} _2 {_ES_FUTURE_TIME}",
        blockers=("si", "cuando", "ya", "hicimos", "hice", "ayer", "pasado"),
    ),
    rule(
        "promise_to_pay.es.scheduled_for",
        CLEAR,
        # Mexican AP: "ya quedó programada para pago el día 20", "está calendarizada para el viernes"
        "{quedo|queda|quedaron|quedan|esta|estan} {programada|programado|programadas|programados|"
        "agendada|agendado|calendarizada|calendarizado|calendarizadas|calendarizados} {para}",
        blockers=("si", "cuando"),
    ),
    rule(
        "promise_to_pay.en.gerund_plan",
        CLEAR,
        # no subject, the progressive for a plan: "Paying it along with 4101 by the end of next week"
        "{paying|settling|clearing|sending|wiring|transferring|releasing} {it|them|this|that|both|these|those|"
        "the balance|the rest|the remainder} _6 {by|tomorrow|next|this coming|before|end of|at the end|on monday|"
        "on tuesday|on wednesday|on thursday|on friday|later this|early next}",
        blockers=("if", "once", "when", "until", "were", "was"),
    ),
)

# A payment made today told in the Latin-American preterite or the mail ("les hice un pago hoy",
# "hoy hicimos la transferencia de $5,013.39 para la 410202", "cheque #8841 went in the mail today"),
# or abbreviated by an AP clerk ("PFB payment details"): an advice of what was paid.
REMITTANCE = REMITTANCE + (
    rule(
        "remittance_advice.any.made_today",
        CLEAR,
        "{hice|hicimos|realice|realizamos|efectue|efectuamos|mande|mandamos|envie|enviamos} {un|una|el|la} "
        "{pago|transferencia|deposito|ingreso} _4 {hoy|esta manana}",
        "{hoy|esta manana} {hice|hicimos|realice|realizamos|efectue|efectuamos|mande|mandamos|envie|enviamos} "
        "{un|una|el|la} {pago|transferencia|deposito|ingreso}",
        "{went|gone|was put|was dropped|dropped} in the {mail|post} _2 " + _TODAY,
        "{pfb|pfa} {the|our}? {payment|remittance|transfer|wire} {details|advice|confirmation}?",
        blockers=("if", "will", "si", "cuando"),
    ),
)


# What separates an advice from a claim is the breakdown (docs/labelling.md), told in the
# customer's words rather than in a table the line parser reads:
# - the clause that announces the payment ends in a colon and the list follows ("Payment was made
#   on Friday, £2,980.00 in total:", "The following payment was issued by ACH on 11/03:",
#   "Hoy hemos hecho transferencia desde Sabadell por 9.574,82 €:");
# - two invoices each with its amount inline ("la 3942 (62,39) y la 3949 (400,94)",
#   "547,64 pr la 3812 + 215,41 pr la 3815", "£300 for 1201 and £450 for 1202").
_PAY_NOUN = ("{payment|payments|transfer|transfers|wire|remittance|ach|bacs|eft|cheque|check|virement|virements|"
             "paiement|paiements|reglement|reglements|versement|zahlung|zahlungen|uberweisung|uberweisungen|pago|pagos|"
             "transferencia|transferencias|ingreso|abono}")
_PAST_PART = ("{made|issued|sent|released|processed|initiated|executed|remitted|paid|transferred|wired|done|"
              "effectue|effectuee|emis|emise|envoye|envoyee|fait|faite|passe|passee|execute|executee|parti|partie|"
              "ausgefuhrt|veranlasst|angewiesen|getatigt|erfolgt|uberwiesen|realizado|realizada|hecho|hecha|"
              "efectuado|efectuada|enviado|enviada|emitido|emitida|ordenado|ordenada}")
_AMOUNT_UNIT = "{€|£|$|eur|euros|usd|gbp|chf|cad|mxn}"
_INVOICE_WORD = "{la|le|el|the|inv|invoice|facture|factura|fact|fra|fac|rechnung|re|nr|no|n°|#}"
REMITTANCE = REMITTANCE + (
    rule(
        "remittance_advice.any.list_follows",
        CLEAR,
        _PAY_NOUN + " {was|were|has been|have been|a ete|ont ete|est|wurde|wurden|ist|fue|ha sido}? " + _PAST_PART + " _10 :",
        "the following " + _PAY_NOUN + " {was|were|has been|have been|is being|are being} " + _PAST_PART,
        "{hemos|he|avons|ai|haben|habe|have|has} {hecho|realizado|efectuado|enviado|ordenado|fait|effectue|emis|"
        "getatigt|veranlasst|made|sent|issued} {la|una|el|un|le|notre|nos|les|die|eine|the|a|our}? " + _PAY_NOUN + " _10 :",
        blockers=_NOT_PAST,
    ),
    rule(
        "remittance_advice.any.inline_breakdown",
        STRONG,
        # "3942 (62,39) y la 3949 (400,94)": an invoice and its amount in brackets, twice
        "# ( " + _AMOUNT_UNIT + "? # " + _AMOUNT_UNIT + "? ) {and|y|et|und|,|+|&} " + _INVOICE_WORD + "? # (",
        # "547,64 pr la 3812 + 215,41 pr la 3815": an amount for an invoice, twice
        "# " + _AMOUNT_UNIT + "? {pr|pour|for|para|fur|on|sur|against} " + _INVOICE_WORD + "? # {+|and|y|et|und|,|&} "
        + _AMOUNT_UNIT + "? # " + _AMOUNT_UNIT + "? {pr|pour|for|para|fur|on|sur|against}",
        # "the balances showing on 047321 (£530.72) and 047328 (£470.66) are the retention": open
        # balances listed, not what a payment covers
        blockers=_NOT_PAST + ("balance", "balances", "showing", "outstanding", "owing", "remaining", "soldes",
                              "restant", "restants", "offen", "offene", "offenen", "saldos", "pendientes"),
    ),
)

# What separates a claim from an advice: the customer answers the chase. A confirmation of a
# payment dated in the past ("nous confirmons le règlement par virement du 30/09"), a third party
# vouching for it ("la paierie confirme le paiement", "our bank confirms the transfer"), the
# invoice still listed on the reminder though paid ("elle figure encore dans votre relance", "it
# should no longer appear on your statements"), the French passive past with its time ("a été
# réglé hier, le 9 novembre"), and the bank's transfer slip as proof.
ALREADY_PAID = ALREADY_PAID + (
    rule(
        "already_paid.any.confirmed_past",
        CLEAR,
        "{confirmons|confirme|confirm|confirms|bestatigen|bestatige|confirmamos|confirmo} {le|notre|the|our|die|unsere|"
        "el|la|nuestro|nuestra} {paiement|reglement|virement|payment|transfer|zahlung|uberweisung|pago|transferencia} "
        "_4 {du|of|on|vom|am|del|el|le|dated|made on|en date du|de fecha} #day",
        "{bank|banque|paierie|tresorerie|treasury|tresor|bank|hausbank|banco|tresoreria|tesoreria} {confirms|confirmed|"
        "has confirmed|confirme|confirment|a confirme|bestatigt|hat bestatigt|confirma|confirmo|ha confirmado} "
        "{the|le|la|die|el|que|that|notre|our|unsere|nuestro|nuestra}? {payment|paiement|reglement|virement|transfer|"
        "zahlung|uberweisung|pago|transferencia|paid|paye|bezahlt|pagado}",
        "{a|ont} ete {regle|reglee|regles|reglees|paye|payee|payes|payees|vire|viree|solde|soldee|acquitte|acquittee|"
        "honore|honoree} {hier|le|en date du|la semaine|depuis|il y a|au debut|debut|fin|mi|en}",
        "bordereau de virement",
        blockers=_NOT_PAST,
    ),
    rule(
        "already_paid.any.still_listed",
        MEDIUM,
        "{figure|figurent|apparait|apparaissent|appears|appear|shows|showing|erscheint|erscheinen|steht|stehen|aparece|"
        "aparecen|figura|figuran} {encore|toujours|still|noch|immer noch|todavia|aun} {dans|sur|on|in|auf|en} "
        "{votre|vos|your|ihrer|ihren|ihrem|su|sus|la|le|the|der|dem}? {relance|relances|reminder|reminders|statement|"
        "statements|releve|mahnung|zahlungserinnerung|kontoauszug|recordatorio|recordatorios|extracto}",
        "{still|encore|toujours|noch|todavia|aun|sigue|siguen} {appears|appear|showing|shows|listed|figure|figurent|"
        "apparait|apparaissent|erscheint|aufgefuhrt|apareciendo|figurando|aparece} {on|in|dans|sur|auf|en} "
        "{votre|vos|your|ihrer|ihren|ihrem|su|sus|la|le|the|der|dem}? {relance|relances|reminder|reminders|statement|"
        "statements|releve|mahnung|zahlungserinnerung|kontoauszug|recordatorio|recordatorios|extracto}",
        blockers=("if", "si", "whether", "ob", "wenn"),
    ),
    rule(
        "already_paid.any.no_longer_listed",
        MEDIUM,
        # the customer says so with its own negation: "il ne devrait donc plus apparaître sur vos relances"
        "{devrait|doit|devraient|should|sollte|sollten|deberia|deberian} {donc|therefore|also|daher|por tanto}? "
        "{plus|no longer|nicht mehr|ya no} {apparaitre|figurer|appear|show|be listed|erscheinen|aufgefuhrt|aparecer|figurar}",
        "{should|shouldn't} {not|n't}? {still}? {be|appear|show} {on|in} {your|the} {reminder|reminders|statement|statements}",
        negatable=False,
        blockers=("if", "si", "whether", "ob", "wenn"),
    ),
)


# Wording met in dev30-dev33 (US field offices, Lyon, Austria/Switzerland):
# - a payment included in a dated run told in the present or the preterite: "je l'intègre au virement
#   fournisseurs de vendredi", "la incluí en nuestro próximo corte de pagos", "nehmen wir in den Zahllauf
#   am Freitag auf";
# - an amount or an invoice the customer "can do" on a day: "can do 4410 on the 15th", "hoy mismo podemos
#   mandar USD 15,000.00", "hoy sale la transferencia";
# - a bare yes with a day, answering "when can we expect payment?": "k. friday", "ok, demain";
# - French "pas de souci, je vous fais le virement vendredi" ("pas" is no negation there) and "sous
#   huitaine"/"lundi en huit" far from the verb;
# - accepting a proposed schedule with its first instalment's date: "un premier versement de 7 000 € le
#   30 novembre", "first instalment of £500 on the 1st".
_DAY_WORD = ("{monday|tuesday|wednesday|thursday|friday|tomorrow|tmrw|lundi|mardi|mercredi|jeudi|vendredi|demain|"
             "montag|dienstag|mittwoch|donnerstag|freitag|morgen|lunes|martes|miercoles|jueves|viernes|manana|"
             "mon|tue|tues|wed|thu|thur|thurs|fri}")
PROMISE = PROMISE + (
    rule(
        "promise_to_pay.any.into_dated_run",
        CLEAR,
        "{je|on|nous} {l|la|le|les} {integre|integrons|inclus|incluons|ajoute|ajoutons|mets|mettons|rajoute|rajoutons|"
        "integrerai|integrerons|inclurai|inclurons|ajouterai|ajouterons|mettrai|mettrons} {au|a|dans|avec} {le|la|notre|"
        "nos|les}? {prochain|prochaine}? {virement|virements|paiement|paiements|reglement|reglements|campagne|lot}",
        "{est|sont|sera|seront} {compris|comprise|compris|comprises|inclus|incluse|incluses|integre|integree|integrees|"
        "prevu|prevue} {dans|a|au} {notre|nos|le|la|les}? {prochain|prochaine}? {paiement|paiements|virement|virements|"
        "reglement|reglements|campagne} {fournisseurs|fournisseur|groupe|mensuel}? {du|de|de ce} {lundi|mardi|"
        "mercredi|jeudi|vendredi|prochain|#day}",
        "{la|lo|las|los} {inclui|incluimos|meti|metimos|puse|pusimos|agregue|agregamos|programe|programamos} {en} "
        "{el|la|nuestro|nuestra} {proximo|proxima|siguiente} {corte|pago|pagos|remesa|ronda|tanda|lote|ciclo|"
        "corrida|programacion}",
        "{nehmen|nehme} {wir|ich} {sie|die|diese|das} _4 {in den|in unseren|mit dem|mit unserem} {nachsten}? "
        "{zahllauf|zahlungslauf|zahlungsvorschlag}",
        blockers=("si", "quand", "lorsque", "cuando", "ya", "wenn", "sobald"),
    ),
    rule(
        "promise_to_pay.en.can_do",
        MEDIUM,
        # "can do 118236 on the 15th", "can do $2k Friday": the customer's offer of a day
        "{can|could} do {#|$|half|part|the first|the balance|the rest|that one|this one|both} _3 "
        "{on|by|tomorrow|today|next|this|the #day|#day|monday|tuesday|wednesday|thursday|friday}",
        blockers=("you", "if", "?"),
    ),
    rule(
        "promise_to_pay.es.today_send",
        CLEAR,
        "{hoy|hoy mismo|manana|el lunes|el martes|el miercoles|el jueves|el viernes} {podemos|puedo|vamos a|voy a} "
        "{mandar|enviar|pagar|transferir|depositar|abonar|liquidar|mandarles|enviarles|pagarles|transferirles}",
        "{podemos|puedo} {mandar|enviar|pagar|transferir|depositar|abonar|mandarles|enviarles|pagarles|"
        "transferirles} _5 {hoy|hoy mismo|manana|el lunes|el martes|el miercoles|el jueves|el viernes}",
        "{hoy|hoy mismo|manana} {sale|salen} {la|el|las|los} {transferencia|transferencias|pago|pagos|cheque|deposito}",
        blockers=("si", "cuando", "ya", "ayer"),
    ),
    rule(
        "promise_to_pay.any.bare_yes_day",
        WEAK,
        # a one-line answer to "when can we expect payment?": "k. friday", "ok demain", "vale, el viernes"
        "{k|k.|kk|ok|ok.|okay|okay.|okey|yep|yup|will do|sure|d'accord|vale|passt|alles klar} {.|,|-|!|:}? "
        "{on|by|this|ce|el|am|bis}? " + _DAY_WORD,
        blockers=("if", "si", "wenn"),
    ),
    rule(
        "promise_to_pay.fr.no_worries_present",
        CLEAR,
        # "Pas de souci je vous fais le virement vendredi": "pas de souci" negates nothing
        f"{{souci|soucis|probleme|problemes}} {{,|.|!}}? {{je|on|nous}} {{vous}}? {{la|le|les|l}}? {_FR_PAY_NOW} _5 "
        f"{_FR_FUTURE_TIME}",
        negatable=False,
        blockers=("si",),
    ),
    rule(
        "promise_to_pay.fr.within_week_far",
        CLEAR,
        f"{{je|on|nous}} {{vous}}? {{la|le|les|l}}? {_FR_PAY_NOW} _12 {{sous huitaine|sous quinzaine|en huit|en quinze}}",
        blockers=("si", "quand", "lorsque", "avons", "ai"),
    ),
    rule(
        "promise_to_pay.any.first_instalment_dated",
        CLEAR,
        # accepting the supplier's schedule: the first instalment has its day
        "{premier|first|erste|ersten|primer} {versement|paiement|reglement|instalment|installment|payment|rate|"
        "teilzahlung|pago|plazo} {de}? _4 {le|on|am|el} {the}? #day",
        blockers=("if", "si", "wenn", "could", "would", "pourrions", "pourrait", "konnten", "podriamos", "propose",
                  "proposons", "propone", "proponemos", "vorschlagen", "schlagen"),
    ),
)

ALREADY_PAID = ALREADY_PAID + (
    rule(
        "already_paid.any.cleared_bank",
        CLEAR,
        # "check #4471 for $2,945.00 cleared our bank on 10/14", "the wire cleared on the 3rd"
        "{check|cheque|payment|wire|ach|transfer|eft|funds|deposit} _6 {cleared|was cashed|got cashed|was deposited|"
        "hit your account|hit your bank|posted to your account} {our|your|the}? {bank|account}? {on|last|yesterday|"
        "back|weeks|days|#day|already}",
        blockers=_NOT_PAST + ("once", "should", "hasn't", "has not", "until"),
    ),
    rule(
        "already_paid.any.on_its_way",
        CLEAR,
        # "die Überweisung ist unterwegs", "le virement est en route", "the payment is on its way"
        "{uberweisung|zahlung|betrag|geld|scheck} _4 {ist|sind} {bereits|schon}? unterwegs",
        "{virement|paiement|reglement|cheque} _4 {est|sont} {deja}? {en route|en chemin}",
        "{payment|cheque|check|transfer|wire|money|funds} {is|'s|are|'re} {already}? {on its way|on their way|in the mail|"
        "in the post}",
        blockers=_NOT_PAST + ("should", "will", "'ll"),
    ),
    rule(
        "already_paid.de.released_day",
        CLEAR,
        # "sie wurde gestern vom Rücklagenkonto der WEG freigegeben"
        # ("freigegeben" alone is an approval: "wurde gestern freigegeben und geht mit dem nächsten Zahllauf raus")
        "{wurde|wurden|ist|sind} {gestern|vorgestern|heute|letzte woche|am #day|bereits am} _6 {uberwiesen|"
        "angewiesen|bezahlt|beglichen|ausgefuhrt|ausgelost}",
        blockers=_NOT_PAST,
    ),
    rule(
        "already_paid.fr.left_on",
        CLEAR,
        # "le virement pour SGR-263239 est bien parti le vendredi 9 octobre"
        "{virement|virements|paiement|reglement|cheque|versement} _5 {est|sont} {bien|deja}? {parti|partie|partis|"
        "parties} {le|hier|depuis|la semaine|lundi|mardi|mercredi|jeudi|vendredi|#day|avant}",
        blockers=_NOT_PAST,
    ),
    rule(
        "already_paid.any.advice_sent",
        CLEAR,
        # the verb first: "Les enviamos el aviso de pago ese mismo día", "we sent the remittance that day"
        "{enviamos|mandamos|remitimos|sent|emailed|envoye|transmis|schickten|sandten} {el|su|la|the|our|l|le|notre|das|"
        "unser}? {aviso de pago|aviso|comprobante|remittance|remittance advice|payment advice|avis de paiement|"
        "avis de virement|zahlungsavis|avis} {ese mismo dia|el mismo dia|ese dia|that day|the same day|that same day|"
        "le jour meme|le meme jour|am selben tag|am gleichen tag}",
        blockers=_NOT_PAST,
    ),
)

REMITTANCE = REMITTANCE + (
    rule(
        "remittance_advice.de.ausgeloest",
        CLEAR,
        # Swiss/Austrian "Wir haben heute folgende Zahlung zu Ihren Gunsten ausgelöst"
        "{haben|habe} {heute|soeben|gerade} {folgende|die|eine|diese} {zahlung|zahlungen|uberweisung|uberweisungen} _4 "
        "{ausgelost|veranlasst|angewiesen|getatigt}",
        blockers=_NOT_PAST,
    ),
)

PAYMENT_PLAN = PAYMENT_PLAN + (
    rule(
        "payment_plan_request.any.terms_change",
        CLEAR,
        # "change our payment terms from 30 to 60 days net", "move to 60 days from invoice date"
        "{change|changing|modify|modifying|amend|amending|adjust|adjusting|revise|revising|move|moving|extend|"
        "extending} {our|the|your|its}? {payment|credit}? terms {from # to #|to # days|to net #|from # days to #}",
        "{move|moving|switch|switching|go|going|change|changing} to # days {from|net|after|end|eom|of}",
        # only payment terms: "un délai de 2 à 3 jours" is a bank's delay
        "{terms|zahlungsziel|zahlungsziels} _2 {from|von} # {days|tage}? {to|auf} # {days|tage|net}?",
        "{delai|delais|plazo|plazos} de {paiement|reglement|pago} _2 {de|del} # {jours|dias}? {a|al} # {jours|dias}",
    ),
)


# Wording met in dev35-dev39 (Bordeaux farms and vets, Manchester trade counters, Barcelona
# workshops, Swiss clinics):
# - who pays and who is paid, said as a habit, is no claim: "toutes nos factures fournisseurs sont
#   payées par la comptabilité centrale", "after we've been paid by our main contractors";
# - a remittance mailbox named for future queries is no advice sent earlier ("remittance queries
#   should from then on be sent to ...");
# - a cheque handed in at the counter or the branch ("I dropped a cheque in at the Trafford Park
#   counter", "j'ai déposé un chèque à votre agence"), and a past payment told in the present
#   with its past time ("I pay invoices 48230 and 48291 last week Thursday by transfer");
# - a promise in the spoken present or in a short form: "will sort fri", "el día 5 hacemos la
#   transferencia", "el pago ... sale el jueves 1 de octubre", "a final de mes lo tenéis todo pagado",
#   "wir werden den Betrag von ... (Rechnung ..., Ihre Bestellung ...) bis zum 15.10.2026 anweisen", the
#   next payment of an agreed plan ("first $1,500 goes out nov 15");
# - a same-day payment announced with its list: "Mit heutiger Valuta haben wir Ihnen total
#   Fr. 30'267.75 überwiesen:";
# - a card payment taken over the phone ("I pay invoice ... by card on the phone");
# - plans: an amount "a fortnight", "pay them in two payments", longer terms asked in Spanish
#   ("pasar a pago a 90 días", "que nos pusierais las facturas a 90 días"); but a customer's own
#   "échéancier fournisseurs" is its payment calendar, and the next instalment of a plan already
#   agreed ("as per the plan you agreed, the first instalment ... will be paid on Monday", "thanks
#   for agreeing the plan") is a promise, not a new request.
ALREADY_PAID = ALREADY_PAID + (
    rule(
        "already_paid.en.claim_been",
        CLEAR,
        # "the invoices have been paid" (not "we've been paid by our customers": money received)
        "{have|had} {already}? been {paid|settled|remitted}",
        blockers=_NOT_PAST + ("we", "i", "ourselves", "myself"),
    ),
    rule(
        "already_paid.fr.claim_present",
        CLEAR,
        # "la facture est payée" (not "nos factures fournisseurs sont payées par le siège": a habit)
        "{est|sont} {ete}? {regle|reglee|reglees|regles|paye|payee|payees|payes|vire|viree|virees|solde|soldee|"
        "soldees|acquitte|acquittee}",
        blockers=_NOT_PAST + ("fournisseurs", "fournisseur", "toujours", "generalement", "habituellement",
                              "normalement", "systematiquement"),
    ),
    rule(
        "already_paid.any.cheque_handed_in",
        CLEAR,
        "{dropped|handed|brought|took|left|delivered|gave} {in|off|over|round}? {a|the|our|my|your}? {cheque|check|cheques|"
        "checks|payment|cash} {in|off|into|at|to|round|over|for|with}",
        "{ai|avons|a} {depose|remis|apporte|laisse|donne} {un|le|notre|mon|les|nos}? {cheque|cheques|reglement|"
        "paiement|especes} {a|au|chez|dans|le|pour|en}",
        "{habe|haben|hat} _4 {scheck|check|bargeld} _4 {abgegeben|eingeworfen|vorbeigebracht|hinterlegt|eingereicht}",
        "{deje|dejamos|entregue|entregamos|lleve|llevamos} {un|el|los|nuestro|mi}? {cheque|cheques|talon|pagare} "
        "{en|a|al|para}",
        blockers=_NOT_PAST,
    ),
    rule(
        "already_paid.en.card_by_phone",
        CLEAR,
        # a card payment taken over the phone: "I pay invoice 48806 by card on the phone on 6 october"
        "{i|we} {pay|paid|payed} {invoice|inv|the|it|this|them|#}? _3 {by|with} {card|credit card|debit card} "
        "{on|over|by} {the}? phone",
        blockers=_NOT_PAST + ("can", "could", "may", "want", "like"),
    ),
    rule(
        "already_paid.en.present_with_past_time",
        CLEAR,
        # non-native English keeps the present: "I pay invoices 48230 and 48291 last week Thursday"
        "{i|we} {pay|transfer|send|settle} _8 {last week|last month|last monday|last tuesday|last wednesday|"
        "last thursday|last friday|yesterday|# days ago|# weeks ago|a week ago|two weeks ago}",
        blockers=_NOT_PAST + ("next", "can", "could", "must", "should"),
    ),
)
# replaces the advice_sent rule's blockers: "remittance queries should be sent to" is no earlier advice
ALREADY_PAID = with_blockers(ALREADY_PAID, ("already_paid.any.advice_sent",),
                             ("should", "queries", "query", "be", "must", "please", "can"))

PROMISE = PROMISE + (
    rule(
        "promise_to_pay.en.short_forms",
        CLEAR,
        "{will|'ll|shall} sort {it|this|that|them|you|you out|it out|payment}? {today|tomorrow|tmrw|tonight|monday|"
        "tuesday|wednesday|thursday|friday|mon|tue|tues|wed|thu|thur|thurs|fri|this|next|by|on|first thing}",
        blockers=("if", "unless", "when", "once", "whether", "?"),
    ),
    rule(
        "promise_to_pay.es.spoken_present",
        CLEAR,
        "dia #day _3 {hacemos|hago|mandamos|mando|enviamos|envio|realizamos|realizo|ordenamos|os hacemos|les hacemos|"
        "te hago|os pagamos|les pagamos}",
        "{pago|transferencia|transferencias|pagos|ingreso|abono} _8 {sale|salen} {el|este|esta|manana|pasado manana|"
        "la proxima|el proximo|antes|dentro}",
        "{lo|la|los|las} {tendreis|tendran|tendra|tendras} {todo|todos|todas|ya}? {pagado|pagada|pagados|pagadas|"
        "ingresado|ingresada|abonado|abonada|transferido|transferida|liquidado|liquidada}",
        f"{_ES_FUTURE_TIME} _4 {{lo|la|los|las}} {{teneis|tienen|tiene|tienes}} {{todo|todos|todas}}? {{pagado|pagada|"
        "pagados|pagadas|ingresado|ingresada|abonado|abonada|transferido|transferida}",
        f"{_ES_WHEN} _4 {{lo|la|los|las}} {{teneis|tienen|tiene|tienes}} {{todo|todos|todas}}? {{pagado|pagada|"
        "pagados|pagadas|ingresado|ingresada|abonado|abonada|transferido|transferida}",
        blockers=("si", "cuando", "ya", "ayer", "pasado", "hicimos"),
    ),
    rule(
        "promise_to_pay.de.werden_far",
        CLEAR,
        # the infinitive at the clause's end after a long object: "wir werden den Betrag von ... bis zum
        # 15.10.2026 anweisen"
        "{wir|ich} {werden|werde} _20 {anweisen|uberweisen|bezahlen|begleichen|ausgleichen|zahlen|uberweisen lassen}",
        blockers=("wenn", "falls", "sofern", "sobald", "ob", "nicht", "kein", "keine"),
    ),
    rule(
        "promise_to_pay.en.agreed_instalment",
        CLEAR,
        # the next payment of a plan already agreed: "the first instalment of £2,190.45 will be paid on Monday",
        # "the first of the three payments goes out on Friday"
        "{first|second|third|next|final|last} {instalment|installment|payment|one} _6 {will|'ll|shall|goes|go|is going|"
        "leaves|is scheduled|is due to} {be}? {paid|go out|out|sent|made|released|transferred|on|this|tomorrow}",
        "the {first|second|next} of the {two|three|four|five|six|#} {payments|instalments|installments} _6 {will|'ll|goes|"
        "leaves|is}",
        "{first|second|third|next|final} {£|€|$|usd|eur|gbp|chf}? # {£|€|$|eur|euros|usd|gbp|chf}? {goes|will go|'ll go|"
        "leaves|will leave|is going|will be paid|will be sent} {out}?",
        blockers=("if", "could", "would", "propose", "suggest", "can", "?"),
    ),
)

PAYMENT_PLAN = PAYMENT_PLAN + (
    rule(
        # the bare singular is mostly the next payment of an agreed plan ("the first instalment will
        # be paid on Monday"); asked for it is still a plan ("can we pay by instalment?")
        "payment_plan_request.en.instalment_word",
        STRONG,
        "instalment|installment",
        blockers=("first", "second", "third", "next", "final", "last", "1st", "2nd", "3rd", "agreed"),
    ),
    rule(
        # an agreement to come, not one thanked for: "can we agree a plan?" (not "thanks for agreeing the plan")
        "payment_plan_request.any.agree_plan",
        MEDIUM,
        "{agree|set up|make|arrange|propose|discuss|agreeing|setting up} {a|an|some}? _2 {arrangement|plan|schedule}",
        blockers=("thanks", "thank", "for", "agreed", "merci", "danke", "gracias", "per"),
    ),
    rule(
        # a customer's own supplier payment calendar ("avec notre échéancier fournisseurs du mois") is no plan
        "payment_plan_request.fr.echeancier_word",
        STRONG,
        "echeancier {fournisseurs|fournisseur}?",
        blockers=("fournisseurs", "fournisseur"),
    ),
    rule(
        "payment_plan_request.any.fortnightly_amount",
        CLEAR,
        "# {£|€|$|eur|euros|usd|gbp|chf|dollars|pounds|k}? {per|a|each|every} {fortnight|two weeks|quinzaine}",
        "{£|€|$} # {per|a|each|every} {fortnight|two weeks}",
        blockers=("charged", "billed", "debited"),
    ),
    rule(
        "payment_plan_request.en.pronoun_split",
        STRONG,
        "{pay|paying|settle|settling|clear|clearing|split} {them|these|those|both|everything|the invoices|the two|all} "
        "{in|over|into} {two|three|four|five|six|2|3|4|5|6|monthly|equal|several} {payments|parts|instalments|installments|"
        "tranches|months|amounts|chunks}",
    ),
    rule(
        "payment_plan_request.es.terms_days",
        CLEAR,
        # longer terms in Spanish: "pasar a pago a 90 días", "que nos pusierais las facturas a 90 días"
        "{pasar|pasarnos|cambiar|cambiarnos|poner|ponernos} a {pago|pagar|plazo|vencimiento} a # dias",
        "{pusierais|pusieran|pongais|pongan|ponerlas|ponernos|dejarais|dejaran|hicierais|hicieran|giraseis|girarais} "
        "{las|nuestras|todas las}? {facturas|vencimientos} a # dias",
        "{mettre|mettiez|passer|passiez} {nos|les|toutes nos}? factures a # jours",
    ),
)

REMITTANCE = REMITTANCE + (
    rule(
        "remittance_advice.de.valuta_today",
        CLEAR,
        # "Mit heutiger Valuta haben wir Ihnen total Fr. 30'267.75 überwiesen:" (the list follows)
        "{mit|per|zu} {heutiger|heutigem} {valuta|valutadatum|datum|buchungsdatum} {haben|habe} {wir|ich} _16 " + _DE_PAID,
        "{haben|habe} {wir|ich} _12 " + _DE_PAID + " :",
        blockers=_NOT_PAST,
    ),
)

# Short, mobile-typed promises (US restaurants, Belgian/German associations): a payment going out
# today with the rest following later, a returned cheque to present again, a post-dated cheque, the
# German present for the near future, a cheque run's day.
_ANY_DAY_EN = ("{today|tonight|tomorrow|tmrw|tmw|monday|tuesday|wednesday|thursday|friday|saturday|this afternoon|"
               "this morning|eod|next week|on|by|the #day|#day}")
PROMISE = PROMISE + (
    rule(
        "promise_to_pay.en.sending_amount_today",
        CLEAR,
        # "sending $412.90 today via ACH for 5521", "mailing a check for $600 tomorrow"
        "{sending|mailing|wiring|transferring|dropping off|paying|zelling|putting through} {you|over|out}? "
        "{$|£|€|#|a check for|a cheque for|the check for|check for} _4 " + _ANY_DAY_EN,
        blockers=("remittance", "proof", "copy", "confirmation", "receipt", "statement", "if", "when", "once", "?",
                  "sent", "paid", "yesterday"),
    ),
    rule(
        "promise_to_pay.en.rest_will_follow",
        CLEAR,
        # "the other two will follow on the 23rd", "5521 and 5530 will follow next week"
        "{#|others|ones|two|three|both|invoices|rest} {will|'ll|shall|should} follow {on|by|next|this|the|early|end|at|in|"
        "after|when|once|#day|monday|tuesday|wednesday|thursday|friday|tomorrow|shortly|soon}",
        blockers=("documents", "details", "remittance", "copy", "copies", "statement", "pod", "pods", "receipts"),
    ),
    rule(
        "promise_to_pay.any.present_again",
        CLEAR,
        # a returned cheque or debit to present again: "go ahead and run it again tomorrow",
        # "you can redeposit the check Monday", "ya lo pueden volver a depositar", "erneut einreichen"
        "{run|deposit|cash|present|submit|process|debit|put} {it|the check|the cheque|that check|that cheque|the ach|"
        "the payment|the debit|the draft} {through}? again",
        "{redeposit|represent|resubmit|rerun|reprocess|re-deposit|re-present|re-submit|re-run} {it|the check|the cheque|"
        "that check|that cheque|the payment|the ach|the debit}",
        "re - {deposit|present|submit|run|process} {it|the check|the cheque|that check|that cheque|the payment|the ach}",
        "{volver|vuelvan|vuelva|vuelvas} a {depositar|cobrar|presentar|pasar|cargar} {el|la|lo}? {cheque|cargo|pago}?",
        "{representer|represente|representez|remettre|remettez|repasser|repassez} {le|la|votre|notre|ce}? "
        "{cheque|prelevement}",
        "{erneut|nochmals|noch einmal|nochmal} {einreichen|einziehen|abbuchen|vorlegen|belasten|einlosen}",
        blockers=("if", "si", "wenn", "falls", "?", "don't", "cannot", "can't", "why", "did", "pourquoi", "warum", "por que"),
    ),
    rule(
        "promise_to_pay.any.post_dated_cheque",
        CLEAR,
        # "a post-dated check for the 30th", "un cheque posfechado para el 30", "un chèque post-daté au 15",
        # "please don't deposit it before the 30th"
        "{posfechado|posfechados|postfechado|postdated|post-dated|postdate|post-date|postdate|post-date|"
        "vordatiert|vordatierten|vordatierter|vordatierte|postdaté|post-daté|postdatés}",
        "post dated {check|cheque|checks|cheques}",
        "{no|don't|do not|please don't} {lo|la|los|las}? {depositen|deposite|cobren|cobre|cambien|deposit|cash|run} "
        "{it|them|the check|the cheque|that check}? {antes|before|until|till}",
        "{ne|n'} {l|le|la|les}? {encaissez|deposez|presentez} pas avant",
        negatable=False,
        blockers=("if", "si", "?"),
    ),
    rule(
        "promise_to_pay.de.present_future",
        CLEAR,
        # German present for the near future: "Wir überweisen den Betrag von 900 € bis spätestens 30. Oktober",
        # "ich zahle die Rechnung nächste Woche"
        "{wir|ich} {uberweisen|uberweise|zahlen|zahle|begleichen|begleiche|bezahlen|bezahle|uberweisen ihnen|"
        "uberweise ihnen} _10 {bis|spatestens|morgen|ubermorgen|nachste|nachsten|kommende|kommenden|ende|anfang|mitte|"
        "diese|dieser|diesen|innerhalb|sofort|umgehend|montag|dienstag|mittwoch|donnerstag|freitag}",
        blockers=("wenn", "falls", "ob", "sofern", "sobald", "bereits", "schon", "gestern", "haben", "habe", "?",
                  "immer", "jeweils", "grundsatzlich", "normalerweise"),
    ),
    rule(
        "promise_to_pay.en.checks_mailed_on",
        CLEAR,
        # a public body's or a chain's cheque run: "checks are mailed on Friday, October 23", "cheques go out the 15th"
        "{checks|cheques|payments|check|cheque} {are|will be|get|go|goes|will go|will get} {mailed|cut|released|issued|"
        "printed|sent|out|mailed out|sent out} {on|the|this|next|by}? {friday|monday|tuesday|wednesday|thursday|#day}",
        blockers=("if", "?", "usually", "normally", "always", "every", "each"),
    ),
)

REMITTANCE = REMITTANCE + (
    rule(
        "remittance_advice.de.subject_first_list",
        CLEAR,
        # "ich habe heute die drei offenen Rechnungen überwiesen:" (the list follows)
        "{ich|wir} {habe|haben} _12 " + _DE_PAID + " :",
        blockers=_NOT_PAST,
    ),
)

PAYMENT_PLAN = PAYMENT_PLAN + (
    rule(
        "payment_plan_request.fr.bills_of_exchange",
        CLEAR,
        # split into several bills of exchange or cheques: "régler la facture en 3 LCR", "en trois traites"
        "{regler|payer|solder|reglement|paiement|acquitter} _8 en {#|deux|trois|quatre|cinq|six} {lcr|traites|effets|"
        "cheques|prelevements|echeances}",
        "en {#|deux|trois|quatre|cinq|six} {lcr|traites|effets} {:|aux|au|le|les|a}",
        blockers=("avons", "ai", "deja"),
    ),
    rule(
        "payment_plan_request.en.give_net_terms",
        CLEAR,
        # longer terms asked by a small customer: "can you give me net 45 on the winter deliveries"
        "{give|giving|offer|extend|allow|grant} {me|us|our account|my account}? net #",
        "{can|could|may} {i|we} {get|have|go to|move to|switch to|go on|be on} net #",
        # "our CFO asked me to request net 45 terms", "we'd like to move to net 60 from January"
        "{request|requesting|ask for|asking for|move to|moving to|switch to|switching to|change to|changing to|"
        "extend to|extended to|extending to|go to|going to} net # {terms|days|payment terms}?",
        "{extend|extending|lengthen|lengthening|stretch|stretching} {our|my|the}? {payment}? terms {to|from}",
        blockers=("if", "already", "you've", "gave", "thanks", "thank"),
    ),
)
# a price per month in a sales pitch ("for as little as $499/month") is no instalment offer
PAYMENT_PLAN = with_blockers(PAYMENT_PLAN, ("payment_plan_request.any.spread_v2",),
                             ("little", "starting", "starts", "priced", "costs", "cost", "subscription", "pricing",
                              "fee", "fees", "charge", "charged", "billed", "rent", "salary"))

PROMISE = PROMISE + (
    rule(
        "promise_to_pay.en.no_apostrophe",
        CLEAR,
        # typed on a phone without apostrophes: "ill mail a check end of the month", "ill pay it friday",
        # "ill send payment next week" (not "I was ill, paid late": the verb must follow "ill")
        "{ill|well|illl} {pay|settle|mail|post|send|drop off|drop|wire|transfer|put} {you|in|out|off|over}? "
        "{a|the|it|this|that|them|payment|check|cheque|money|balance|full|what|something|#}",
        blockers=("if", "was", "been", "being", "very", "feel", "feeling", "fell", "got", "get", "as", "pretty"),
    ),
    rule(
        "promise_to_pay.fr.time_first",
        CLEAR,
        # the time or condition first, the present for the future: "Dès réception de l'avoir, nous
        # réglons les deux factures", "À réception du BL on vous paie", "Lundi je vous fais le virement"
        f"{{des reception|a reception|des que nous aurons|des que nous recevons|des que on a|des que je recois|"
        f"des que nous recevrons|apres reception|demain|lundi|mardi|mercredi|jeudi|vendredi|la semaine prochaine|"
        f"en fin de semaine|en fin de mois|debut du mois prochain}} _10 {{,}}? {{nous|je|on}} {{vous}}? {{la|le|les|l}}? "
        f"{_FR_PAY_NOW}",
        blockers=("si", "avons", "ai", "a ete", "etait", "deja", "hier"),
    ),
    rule(
        "promise_to_pay.es.time_first",
        CLEAR,
        # "En cuanto recibamos el abono, pagamos las dos facturas"
        "{en cuanto recibamos|cuando recibamos|tan pronto recibamos|al recibir|una vez recibamos|una vez recibido} "
        "_10 {,}? {pagamos|abonamos|liquidamos|transferimos|os pagamos|le pagamos|les pagamos}",
        blockers=("si", "ya", "ayer"),
    ),
)

ALREADY_PAID = ALREADY_PAID + (
    rule(
        "already_paid.any.paid_in_person",
        CLEAR,
        # paid on the spot, not by transfer: "I paid at the counter with my credit card when I picked
        # them up", "j'ai réglé au comptoir par carte", "habe ich bar beim Fahrer bezahlt",
        # "lo pagué en el mostrador con tarjeta"
        "{i|we} {paid|payed|settled} _4 {at|in|with|by|to|on} {the counter|the front counter|person|store|the store|the shop|the branch|your branch|"
        "the desk|pickup|pick up|collection|my credit card|my card|a credit card|credit card|my debit card|debit card|"
        "card|cash|the driver|your driver|the company card|our company card|the till}",
        "{j ai|nous avons|on a|jai} {paye|regle|tout paye|tout regle} {la|le|les|l|cette facture}? {au comptoir|en magasin|"
        "sur place|en especes|par carte|avec ma carte|par carte bancaire|par cb|au chauffeur|au livreur|a la caisse|en liquide}",
        "{habe|haben} {ich|wir}? _3 {an der kasse|im laden|vor ort|bar|mit karte|mit kreditkarte|mit ec karte|beim fahrer|"
        "am schalter|an der theke|in der filiale} {bezahlt|gezahlt|beglichen}",
        "{pague|pagamos|la pague|lo pague|las pague|los pague} {en el mostrador|en tienda|en la tienda|en efectivo|con tarjeta|"
        "al repartidor|al conductor|en persona|en caja|en la sucursal}",
        blockers=_NOT_PAST + ("can", "could", "may", "want", "like", "if", "next", "will"),
    ),
)

REMITTANCE = REMITTANCE + (
    rule(
        "remittance_advice.any.issued_to_you",
        STRONG,
        # a payer's AP system notice: "A payment has been issued to you by X. Please view this message
        # in HTML for the invoice detail", "un paiement vous a été émis par X", "eine Zahlung an Sie wurde
        # veranlasst", "se le ha emitido un pago"
        "{a|one|this|the} {payment|remittance|transfer|eft|ach payment} {has been|was|is being} {issued|sent|released|made|"
        "initiated|remitted} to you by",
        "{view|see|open} {this message|this email|the attachment|the html version|the attached} _4 {for|with} {the}? "
        "{invoice|payment|remittance} {detail|details|breakdown}",
        "{un|le} {paiement|virement|reglement} vous a ete {emis|envoye|effectue|adresse} par",
        "{eine|die} {zahlung|uberweisung} {an sie|zu ihren gunsten} {wurde|ist} {von}? _4 {veranlasst|ausgefuhrt|angewiesen}",
        "se {le|les} ha {emitido|enviado|realizado} {un|el} {pago|transferencia}",
        blockers=("if", "will", "shall", "would", "should", "si", "wenn", "falls", "not", "yet"),
    ),
)

PROMISE = PROMISE + (
    rule(
        "promise_to_pay.fr.passive_gap",
        CLEAR,
        # the payment named, then its details, then the future: "Le paiement de la facture X (3 012,65 $)
        # sera fait d'ici le 15 par virement", "le règlement des deux factures sera effectué lundi"
        "{le|notre|un} {paiement|reglement|virement|versement} _12 {sera|seront|va etre} {fait|effectue|emis|envoye|lance|"
        "realise|execute|programme|transmis} {de ici|avant|au plus tard|demain|lundi|mardi|mercredi|jeudi|vendredi|le|la|"
        "sous|en|fin|debut|cette|dans|des}",
        blockers=("si", "quand", "lorsque", "deja", "a ete", "ont ete"),
    ),
)

# A plan already agreed, thanked for or confirmed, is no new request: "herzlichen Dank für die
# schriftliche Bestätigung der Ratenvereinbarung", "thanks for confirming the payment plan", "merci
# pour la confirmation de l'échéancier", "gracias por aprobar el plan de pagos".
_PLAN_CONFIRMED = ("bestatigung", "bestatigten", "bestatigte", "vereinbarte", "vereinbarten", "zugesagte", "zugesagten",
                   "genehmigte", "genehmigten", "confirming", "confirmation", "confirmed", "approving", "approved",
                   "accepting", "confirmee", "confirme", "confirmer", "acceptation", "accepte", "acceptee", "convenu",
                   "convenue", "confirmacion", "confirmado", "confirmada", "confirmar", "aprobar", "aprobado", "aprobada")
PAYMENT_PLAN = with_blockers(PAYMENT_PLAN, (
    "payment_plan_request.de.raten", "payment_plan_request.en.instalments", "payment_plan_request.en.instalment_word",
    "payment_plan_request.fr.echeancier", "payment_plan_request.es.plazos"), _PLAN_CONFIRMED)

ALREADY_PAID = ALREADY_PAID + (
    rule(
        "already_paid.en.someone_mailed",
        CLEAR,
        # sent by someone else of the household or office: "my wife mailed that check last week", "our
        # bookkeeper sent the payment on Monday"; and "you should have it by now"
        "{wife|husband|son|daughter|partner|bookkeeper|accountant|office manager|secretary|dad|mom|mum|father|mother|boss} "
        "{mailed|posted|sent|dropped off|dropped|wired|paid} {that|the|a|our|my|your|it|this}? {check|cheque|payment|money|"
        "invoice|bill|transfer}? {last|yesterday|on|a week|two weeks|already|off|out|in|#|over}",
        "{should|must|ought to} {have|'ve} {it|them|that|the check|the cheque|the payment|the money|received it|got it|"
        "received them|received payment} {by now|already|now}",
        blockers=_NOT_PAST + ("if", "will", "can", "could"),
    ),
)

PAYMENT_PLAN = PAYMENT_PLAN + (
    rule(
        "payment_plan_request.any.terms_asked",
        CLEAR,
        # longer terms asked: "could we get 90 day terms on parts orders during harvest", "passer nos conditions de
        # règlement de 30 jours à 60 jours", "das Zahlungsziel von 30 auf 60 Tage verlängern", "pasar de 30 a 60 días"
        "{could|can|may} {we|i} {get|have|be given|be on|go to|move to} # {day|days|-day} {terms|payment terms|credit}",
        "{passer|porter|allonger|etendre|prolonger|augmenter} {nos|les|notre|le|vos} {conditions|delai|delais|echeance|"
        "echeances} {de}? {reglement|paiement}? {de # jours}? a # jours",
        "zahlungsziel _4 {auf|von # auf} # tage {verlangern|erhohen|ausdehnen|anheben}",
        "{pasar|ampliar|extender|alargar} {el|nuestro|los|nuestros}? {plazo|plazos|condiciones} {de pago}? de # a # dias",
        # bills of exchange or cheques at staggered terms: "en trois traites (LCR) à 30, 60 et 90 jours"
        "{traites|effets|lcr|cheques|cheques dates} _5 a # {,|et} # {et|,} # jours",
        "{proposons|proposer|proposons de|souhaiterions} {de}? {regler|payer|solder} _8 en {deux|trois|quatre|cinq|six|#} "
        "{traites|effets|lcr|cheques|versements|fois|echeances|mensualites}",
        blockers=("if", "already", "thanks", "thank", "merci", "danke", "gracias", "accepted", "agreed"),
    ),
)


# A payment still to come, said by where it will go or what follows: "it will be picked up in the
# normal run", "im normalen Zahlungslauf", "balance to follow by month end", "der Rest folgt am 30.",
# "die 31455 kommt diese Woche", a bounced debit to be presented again ("podéis volver a pasarlo el
# día 21", "please re-present the direct debit on Friday"), a payment in a run of a named future day ("ist in der Zahlung am Freitag enthalten").
_RUN_WORDS = "{run|runs|cycle|batch|payment run|pay run|payments run|cheque run|check run|bacs run|payment cycle|payment batch}"
# A past payment told by its run is no promise: "has been paid in our normal payment run", "ist im
# normalen Zahllauf bezahlt worden", "a été réglée dans le cycle habituel". Blockers are single tokens.
_RUN_PAST = ("was", "were", "went", "had", "did", "last", "has", "have", "been", "already", "etait", "avait", "ete",
             "avons", "ont", "war", "wurde", "wurden", "worden", "bereits", "schon", "hat", "haben", "hatte",
             "hatten", "ging", "gingen", "fue", "fueron", "hemos", "han", "ha", "sido", "ya")
_RUN_IF = ("if", "unless", "si", "wenn", "falls")
ALREADY_PAID = ALREADY_PAID + (
    rule(
        # "has been processed in our usual payment run on 3 November": the run already went
        "already_paid.en.past_run",
        CLEAR,
        "{has been|have been|had been|was|were} {processed|paid|settled|included|released|cleared|actioned|picked up} "
        "{in|with|on|through} {the|our|their} {normal|usual|regular|standard|routine|ordinary|last|weekly|monthly}? "
        "{weekly|monthly|friday|supplier}? " + _RUN_WORDS,
        blockers=_NOT_PAST,
    ),
)
PROMISE = PROMISE + (
    rule(
        # a run described as the usual one: past unless nothing says so ("ist im normalen Zahllauf bezahlt
        # worden" has only "ist" before the run to tell it)
        "promise_to_pay.any.normal_run",
        CLEAR,
        "{picked up|paid|included|processed|released|going|go|goes|settled|cleared|actioned} {in|with|on|through} "
        "{the|our|their} {normal|usual|regular|standard|routine|ordinary} " + _RUN_WORDS,
        "{im|in unserem|in unseren|mit dem|mit unserem|beim|bei unserem} {normalen|regularen|ublichen|"
        "regulaeren} {zahllauf|zahlungslauf|zahlungsvorschlag|zahlungsrhythmus|zahlungsverkehr}",
        "{dans|avec|lors de|par} {le|la|notre|nos|les} {cycle|campagne|circuit|lot|run|traitement} {normal|normale|"
        "habituel|habituelle|regulier|reguliere|ordinaire} {de|des}? {paiement|paiements|reglement|reglements|virements}",
        "{en|con} {la|el|nuestra|nuestro} {remesa|ciclo|tanda|ronda|proceso} {normal|habitual|ordinaria|ordinario|"
        "regular} de {pago|pagos}",
        blockers=_RUN_PAST + _RUN_IF + ("ist", "sind"),
    ),
    rule(
        # a run still to come: "being processed in the next weekly run", "im nächsten Zahllauf", "ist in
        # der Zahlung am Freitag enthalten", "ist im normalen Zahllauf enthalten"
        "promise_to_pay.any.next_run",
        CLEAR,
        "{being|get|gets|getting|be} {paid|processed|released|settled|picked up} {in|with|on|through} {the|our} {next|"
        "normal|usual|regular|standard|weekly|monthly|routine} {weekly|monthly|friday|supplier}? " + _RUN_WORDS,
        "{im|in unserem|in unseren|mit dem|mit unserem|beim|bei unserem} {nachsten|kommenden} {zahllauf|zahlungslauf|"
        "zahlungsvorschlag|zahlungsrhythmus|zahlungsverkehr}",
        "{ist|sind|wird|werden} in {der|unserer|dem|unserem|den} {zahlung|zahllauf|zahlungslauf|sammeluberweisung|"
        "uberweisung} {am|zum|diese|dieser|diesen|nachste|nachsten|nachster|kommenden|kommende|ende|anfang|mitte} _2 "
        "{enthalten|dabei|berucksichtigt|drin|eingeplant}",
        "{ist|sind} {im|in unserem} {normalen|regularen|ublichen|regulaeren} {zahllauf|zahlungslauf} {enthalten|dabei|"
        "drin|eingeplant|vorgesehen}",
        blockers=("was", "were", "went", "had", "did", "last", "has", "been", "etait", "avait", "ete", "war", "wurde",
                  "wurden", "worden", "fue", "fueron") + _RUN_IF,
    ),
    rule(
        "promise_to_pay.any.rest_follows",
        CLEAR,
        "{balance|rest|remainder|remaining balance|outstanding balance|remaining amount|difference} {to follow|will follow|"
        "follows|following|'ll follow|to come} {by|on|next|this|end|the end|early|mid|within|in|shortly|soon|before|"
        "tomorrow|#day|the #day|at}",
        "{solde|reste|reliquat|restant|complement|difference} {suivra|suit|a suivre|viendra} {le|la|au|en|fin|debut|avant|"
        "de ici|d ici|sous|dans|courant|mi|demain|lundi|mardi|mercredi|jeudi|vendredi|#day|rapidement|prochainement}",
        "{rest|restbetrag|saldo|differenzbetrag|restsumme} {folgt|kommt} {am|bis|zum|nachste|nachsten|im|ende|anfang|mitte|"
        "in|innerhalb|spatestens|morgen|diese|kommende|kommenden}",
        # the amount may stand between: "el resto (6.118,15 €) irá a final de mes"
        "{resto|saldo|importe restante|pendiente|diferencia} _4 {seguira|llegara|ira|se abonara|se pagara} {el|a|antes|la "
        "proxima|el proximo|en|a finales|a principios|dentro|manana}",
        blockers=_RUN_IF,
    ),
    rule(
        "promise_to_pay.any.number_comes",
        CLEAR,
        # an invoice number as the subject of the near future: "die 31455 kommt diese Woche", "4410 goes out
        # Friday", "die 4410 geht am Montag raus" ("geht am Montag an unsere Buchhaltung" goes elsewhere)
        "{die|der|rechnung|re|nr} # {kommt|folgt} {diese|dieser|nachste|nachsten|kommende|kommenden|morgen|"
        "ubermorgen|am|bis|anfang|ende|mitte|montag|dienstag|mittwoch|donnerstag|freitag|noch}",
        "{die|der|rechnung|re|nr} # geht {diese|dieser|nachste|nachsten|kommende|kommenden|morgen|ubermorgen|am|bis|"
        "anfang|ende|mitte|montag|dienstag|mittwoch|donnerstag|freitag|noch|heute} _3 {raus|hinaus}",
        "{die|der|rechnung|re|nr} # geht {raus|hinaus} {diese|dieser|nachste|nachsten|kommende|kommenden|morgen|"
        "ubermorgen|am|bis|anfang|ende|mitte|montag|dienstag|mittwoch|donnerstag|freitag|noch|heute}",
        # "follows on from invoice 4409" is a sequence, not a payment
        "{invoice|inv|#} # {goes out|comes|will follow|is coming} {this|next|tomorrow|on|by|monday|tuesday|"
        "wednesday|thursday|friday|early|end|mid|later}",
        "{invoice|inv|#} # follows {this|next|tomorrow|by|monday|tuesday|wednesday|thursday|friday|early|end|mid|later}",
        # "an" inside a match ("geht am Montag an die Buchhaltung raus"); "to" is left out: it is never inside
        # one, and before one it is usually "just to let you know, invoice 4410 goes out Friday"
        blockers=("if", "unless", "wenn", "falls", "sobald", "lieferung", "ware", "waren", "an"),
    ),
    rule(
        "promise_to_pay.any.represent_debit",
        CLEAR,
        # "pasar" needs its object: "puede pasar de nuevo por la oficina el martes" is a visit
        "{volver a pasar|vuelvan a pasar|volved a pasar|pasar de nuevo|pasar otra vez} {el|los|la|las|nuestro|"
        "nuestra|su}? {recibo|recibos|cargo|cargos|adeudo|adeudos|domiciliacion|remesa} _3 {el dia|el|a partir del|a "
        "partir de|manana|la semana|el lunes|el martes|el miercoles|el jueves|el viernes|el proximo|la proxima|desde "
        "el|despues del}",
        "{volver a pasarlo|volver a pasarla|volver a pasarlos|vuelvan a pasarlo|volved a pasarlo|pasarlo de nuevo|"
        "pasarla de nuevo|pasarlo otra vez|pasarla otra vez|volver a presentar|volver a presentarlo} {el|la|lo|los|"
        "las}? {recibo|recibos|cargo|adeudo|domiciliacion}? _3 {el dia|el|a partir del|a partir de|manana|la semana|"
        "el lunes|el martes|el miercoles|el jueves|el viernes|el proximo|la proxima|desde el|despues del}",
        "{lo|la|los|las} {podeis|pueden|puede|puedes|podes}? {volver a pasar|pasar de nuevo|pasar otra vez} _3 {el dia|"
        "el|a partir del|a partir de|manana|la semana|el lunes|el martes|el miercoles|el jueves|el viernes|el "
        "proximo|la proxima|desde el|despues del}",
        # "collect the direct debit from our new account" is a change of bank, not a second try
        "{re present|re-present|represent|re submit|re-submit|resubmit|re run|re-run|rerun|retry|re-try|re try|re "
        "collect|re-collect|recollect} {the|our|that|this}? {direct debit|dd|debit|collection|mandate} "
        "{again}? {on|from|after|next|tomorrow|this|monday|tuesday|wednesday|thursday|friday|any time after|#day}",
        "{collect|take|run|present|submit|process} {the|our|that|this}? {direct debit|dd|debit|collection|payment} "
        "again {on|from|after|next|tomorrow|this|monday|tuesday|wednesday|thursday|friday|any time after|#day}",
        "{representer|repasser|relancer|reprendre|reprenter|refaire|reemettre} {le|la|ce|votre} {prelevement|"
        "prelevements|prelevement sepa} {le|a partir du|a partir de|des|apres le|apres|lundi|mardi|mercredi|jeudi|"
        "vendredi|demain|la semaine|en fin|en debut|fin|debut}",
        "{lastschrift|abbuchung|einzug|lastschriften} _6 {erneut|nochmals|noch einmal|nochmal|wieder} {einziehen|"
        "einreichen|abbuchen|vorlegen|durchfuhren|ziehen}",
        blockers=_RUN_IF + ("cuando", "not", "don't", "no"),
    ),
)

# Spanish instruments that pay at a later maturity: an invoice put on the customer's confirming line
# ("hemos dado de alta en nuestra línea de confirming las facturas ... con fecha de pago el 30/10"),
# promissory notes sent with their due dates ("os hemos mandado los pagarés con vencimientos 30/10 y
# 30/11"). The bank pays on the due date: a promise, not a payment made.
PROMISE = PROMISE + (
    rule(
        "promise_to_pay.es.maturity",
        CLEAR,
        "{dado de alta|dada de alta|dadas de alta|dados de alta|damos de alta|incluido|incluida|incluidas|incluidos|"
        "cargado|cargada|cargadas|cargados|anotado|anotada|anotadas|registrado|registradas|metido|metidas} _3 {en} "
        "{nuestra|la|nuestro|el}? {linea|plataforma|programa|remesa}? {de}? confirming",
        "{confirming|pagare|pagares} _14 {con|de|y} {fecha de pago|vencimiento|vencimientos|fecha de vencimiento|"
        "vencimiento el|vencimiento a} _4 {#|el|a|al}",
        blockers=("si", "cuando", "devuelto", "devueltos", "devolvio", "devolvieron", "impagado", "impagados",
                  "vencido", "vencidos"),
    ),
)

# Italian, Dutch (Afrikaans where it differs), Portuguese and Catalan. Each language's words are its
# own: "sarà" folds to "sara" (French and Spanish "será" to "sera"), Afrikaans "betaal" is present,
# past participle and infinitive ("ons het betaal", "sal betaal word"), so an Afrikaans claim needs
# "het" or "is" and a promise "sal". Spanish "pago" (the payment) is no Italian verb here.
# Words that make a claim conditional, a quote of the reminder or a future: "qualora il pagamento
# fosse già stato effettuato", "indien uw betaling deze herinnering heeft gekruist", "caso já tenha
# efetuado o pagamento", "la fattura sarà pagata".
_OTHER_IF = ("se", "qualora", "fosse", "fossero", "quando", "appena", "indien", "als", "wanneer", "zodra", "ingeval",
             "geval", "mocht", "mochten", "sodra", "tensy", "caso", "quan")
_OTHER_FUTURE = ("sara", "saranno", "verra", "verranno", "zal", "zullen", "wordt", "worden", "sal", "word", "gaan",
                 "vamos", "vai", "vao", "ira", "irao", "seran", "anem", "te")
_IT_PAID = ("{pagata|pagato|pagate|pagati|saldata|saldato|saldate|saldati|liquidata|liquidato|liquidate|liquidati|"
            "bonificata|bonificato|bonificate|bonificati|versata|versato|regolata|regolato|regolate|regolarizzata}")
_IT_PAY_NOUN = "{pagamento|pagamenti|bonifico|bonifici|saldo|versamento|versamenti|assegno|rid}"
_IT_WHEN = ("{entro|domani|dopodomani|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|fine|inizio|meta|prossima|prossimo|"
            "questa settimana|settimana prossima|in settimana|il #day|al #day|a fine|a inizio|tra # giorni|fra # giorni|"
            "tra qualche giorno|fra qualche giorno|oggi|stasera}")
_NL_PAID = "{betaald|voldaan|overgemaakt|gestort|overgeschreven|vereffend}"
_AF_PAID = "{betaal|oorbetaal|oorgeplaas|vereffen|gestort}"
_NL_WHEN = ("{morgen|overmorgen|maandag|dinsdag|woensdag|donderdag|vrijdag|volgende|deze week|eind|einde|begin|"
            "uiterlijk|binnen|vandaag|in de loop|eerstdaags|binnenkort|op #day|de #day|more|oormore|vrydag|teen|"
            "hierdie week|volgende week|einde van die maand|maandeinde|aan die einde}")
_PT_PAID = ("{paga|pagas|pago|pagos|liquidada|liquidadas|liquidado|liquidados|regularizada|regularizadas|regularizado|"
            "saldada|saldadas}")
_PT_PAY_NOUN = "{pagamento|pagamentos|transferencia|transferencias|liquidacao|deposito|regularizacao}"
# (Portuguese "no" is "in the", but the engine reads it as the Spanish negation: no pattern holds it)
_PT_WHEN = ("{amanha|na segunda|na terca|na quarta|na quinta|na sexta|segunda feira|terca feira|quarta feira|quinta feira|"
            "sexta feira|na proxima|proxima|proximo|ate ao|ate o|ate dia|ate final|ate ao final|ate ao fim|esta semana|"
            "semana que vem|final do mes|fim do mes|inicio do mes|nos proximos}")
_CA_PAID = ("{pagada|pagades|pagat|pagats|abonada|abonades|abonat|abonats|liquidada|liquidades|liquidat|transferit|"
            "transferida|saldada|saldat}")
_CA_PAY_NOUN = "{pagament|pagaments|transferencia|transferencies|ingres|abonament}"
_CA_WHEN = ("{el dia|dema|dilluns|dimarts|dimecres|dijous|divendres|la setmana que ve|aquesta setmana|a final|a finals|"
            "a principis|abans de|abans del|dins de|el proper|la propera|avui}")

PROMISE = PROMISE + (
    rule(
        "promise_to_pay.it.will_pay",
        CLEAR,
        "{pagheremo|paghero|salderemo|saldero|verseremo|versero|bonificheremo|bonifichero|liquideremo|liquidero|"
        "regoleremo|regolero|onoreremo}",
        "{provvederemo|provvedero|procederemo|procedero} {al|a|con il|con}? {pagamento|saldo|bonifico|versamento|"
        "pagarla|pagarle|pagarlo|saldarla|saldarle|pagare|saldare|liquidare|bonificare}",
        "{effettueremo|effettuero|faremo|faro|disporremo|disporro|invieremo|inviero|eseguiremo|eseguiro|emetteremo|"
        "ordineremo} _3 " + _IT_PAY_NOUN,
        # the present for the future, with its time: "le paghiamo entro il 10", "la 944 la paghiamo lunedì"
        "{paghiamo|saldiamo|versiamo|bonifichiamo|liquidiamo} _6 " + _IT_WHEN,
        "{facciamo|faccio|disponiamo|dispongo|mandiamo|mando|inviamo|invio} {il|un|lo}? {bonifico|pagamento|saldo|"
        "versamento} _4 " + _IT_WHEN,
        "{ti|vi|le|la|li|lo} {pago|paghiamo|saldo|saldiamo} " + _IT_WHEN,
        # "la fattura sarà pagata entro fine mese", "verranno saldate con il prossimo bonifico"
        "{sara|saranno|verra|verranno} {regolarmente|sicuramente|senz altro}? " + _IT_PAID,
        "{sara|saranno|verra|verranno} {effettuato|effettuata|effettuati|disposto|disposta|disposti|eseguito|eseguita|"
        "inviato|inviata|emesso|messa in pagamento|messe in pagamento|messo in pagamento|inserita|inserite|inclusa|incluse}",
        # "il bonifico partirà entro 10 giorni", "il pagamento è previsto per il 30"
        _IT_PAY_NOUN + " {partira|partiranno|arrivera|arriveranno|avverra|avverranno|seguira|seguiranno|verra|verranno}",
        _IT_PAY_NOUN + " {e|sara}? {previsto|prevista|previsti|programmato|programmata|pianificato|pianificata|fissato|"
        "fissata|schedulato|calendarizzato} {per|il|entro|a|in|al|nel|nella|con}",
        "{riceverete|ricevera|riceverai|avrete} {il|un|il nostro|la|l|lo}? {pagamento|bonifico|saldo|versamento|importo}",
        "{prossimo|prossima} {ciclo|giro|lotto|distinta|tornata|data} {di|dei}? {pagamento|pagamenti|bonifici}",
        blockers=_OTHER_IF + ("dopo", "solo", "soltanto", "finche"),
    ),
    rule(
        "promise_to_pay.nl.will_pay",
        CLEAR,
        # "we zullen het bedrag morgen overmaken", "ons sal die rekening Vrydag betaal", "morgen zullen wij betalen"
        "{we|wij|ik|ons|ek|ze|zij|hulle} {zullen|zal|gaan|ga|sal} _5 {betalen|overmaken|storten|voldoen|overschrijven|"
        "vereffenen|betaal|oorbetaal|oorplaas|vereffen|stort}",
        "{zullen|zal|gaan|sal} {we|wij|ik|ons|ek} _6 {betalen|overmaken|storten|voldoen|overschrijven|vereffenen|betaal|"
        "oorbetaal|oorplaas|vereffen|stort}",
        # the present for the future, with its time: "ik stort morgen het volledige bedrag"
        "{ik|we|wij|ons|ek} {betaal|betalen|stort|storten} _6 " + _NL_WHEN,
        _NL_WHEN + " {betaal|betalen|stort|storten} {ik|we|wij|ons|ek}",
        # the passive: "wordt volgende week betaald", Afrikaans "sal Vrydag gemaak word", "sal teen maandeinde betaal word"
        "{wordt|worden|zal|zullen} _5 {betaald|voldaan|overgemaakt|gestort|overgeschreven} {worden}?",
        "sal _5 {betaal|oorbetaal|oorgeplaas|vereffen} word",
        "{betaling|oorbetaling|inbetaling|oorplasing|eft} _12 sal _5 {gemaak|gedoen} word",
        # "de betaling volgt vermoedelijk in de loop van volgende week", "betaling volg Vrydag"
        "{betaling|overschrijving|storting|overboeking|betalingen|uitbetaling} {volgt|volgen|gebeurt|komt|volg|kom} _4 "
        + _NL_WHEN,
        # "staat ingepland voor betaling op 27-03-2026", "goedgekeurd voor betaling"
        "{ingepland|gepland|voorzien|geagendeerd|klaargezet|goedgekeurd|ingeplan|goedgekeur} {voor|op|vir} {betaling|de "
        "betaling|uitbetaling|de uitbetaling}",
        "{betaling|uitbetaling|overschrijving} {is|staat|werd|wordt}? {ingepland|gepland|voorzien|geagendeerd} {op|voor|"
        "tegen}",
        "{u|jij|julle|jy} {ontvangt|krijgt|ontvang|kry|zult|sal} _3 {betaling|bedrag|geld|overschrijving|storting}",
        "{volgende|eerstvolgende} {betaalrun|betalingsrun|betaalronde|betalingsronde|betaaldag|betaalbatch|betalingsbatch}",
        # an invoice put into a named run: "gaat mee in onze betaalrun van 1 december", "wordt meegenomen in de
        # betaalronde van vrijdag"
        "{gaat|gaan} mee {in|met} _3 {betaalrun|betalingsrun|betaalronde|betalingsronde|betaalbatch|betalingsbatch}",
        "{wordt|worden} {meegenomen|opgenomen} {in|met} _3 {betaalrun|betalingsrun|betaalronde|betalingsronde|"
        "betaalbatch|betalingsbatch}",
        blockers=_OTHER_IF + ("te", "moet", "moeten", "had", "hadden", "of", "om"),
    ),
    rule(
        "promise_to_pay.pt.will_pay",
        CLEAR,
        "{pagaremos|pagarei|liquidaremos|liquidarei|transferiremos|transferirei|regularizaremos|regularizarei|saldaremos}",
        "{efetuaremos|efectuaremos|efetuarei|efectuarei|faremos|farei|procederemos|procederei|realizaremos|"
        "enviaremos|emitiremos} _3 " + _PT_PAY_NOUN,
        "{vamos|vou|iremos|irei|poderemos|poderei|pretendemos|contamos|esperamos|conseguiremos} {efetuar|efectuar|fazer|"
        "proceder|realizar|enviar|emitir} _3 " + _PT_PAY_NOUN,
        "{vamos|vou|iremos|irei|poderemos|poderei|pretendemos|contamos|esperamos|conseguiremos} {pagar|liquidar|transferir|"
        "regularizar|saldar|quitar}",
        # "quitar" (to clear a debt): "quitaremos a fatura até sexta"
        "{quitaremos|quitarei}",
        "{sera|serao|vai ser|vao ser|ficara|ficarao} {paga|pagas|liquidada|liquidadas|liquidado|regularizada|"
        "regularizadas}",
        "{sera|serao|vai ser|vao ser} {efetuado|efetuada|efectuado|efectuada|feito|feita|realizado|realizada|processado|"
        "processada} {o|a|os|as}? " + _PT_PAY_NOUN,
        _PT_PAY_NOUN + " {sera|vai ser|fica|esta|ficara|ja esta}? {agendado|agendada|programado|programada|previsto|"
        "prevista|marcado|marcada|planeado|planeada} {para|na|ate|em|dia}",
        _PT_PAY_NOUN + " {seguira|seguirao|saira|sairao|ocorrera|chegara|sera feito|sera feita|sera efetuado|sera "
        "efetuada|sera efectuado|sera efectuada|sera realizado|sera realizada}",
        "{pagamos|liquidamos|transferimos} _4 " + _PT_WHEN,
        "{fazemos|faco|efetuamos|efectuamos} {a|o} {transferencia|pagamento} _4 " + _PT_WHEN,
        "{recebera|receberao|vao receber|ira receber|irao receber} _3 {pagamento|transferencia|valor|montante}",
        blockers=_OTHER_IF + ("ja", "foi", "foram"),
    ),
    rule(
        "promise_to_pay.ca.will_pay",
        CLEAR,
        "{pagarem|abonarem|liquidarem|transferirem|saldarem|ingressarem}",
        "{farem|fare|realitzarem|efectuarem|enviarem|emetrem|ordenarem} _3 " + _CA_PAY_NOUN,
        "{anem a|podrem|podre|pensem|esperem|volem} {pagar|abonar|liquidar|transferir}",
        "{anem a|podrem|podre|pensem|esperem} {fer|realitzar|efectuar} _3 " + _CA_PAY_NOUN,
        "es {pagara|pagaran|abonara|abonaran|liquidara|liquidaran|transferira}",
        # "es farà" alone is anything done ("l'entrega es farà dilluns"): the payment named
        "es {fara|faran|efectuara|realitzara} {el|la|els|les|le}? " + _CA_PAY_NOUN,
        _CA_PAY_NOUN + " es {fara|faran|efectuara|realitzara}",
        "{sera|seran} {pagada|pagades|pagat|pagats|abonada|abonades|abonat|liquidada|liquidades|liquidat|transferit}",
        "{el|la|els} " + _CA_PAY_NOUN + " {sortira|arribara|esta previst|esta prevista|esta programat|esta programada|"
        "queda programat|queda programada}",
        "{la|les|el|els|us|te|ho} {paguem|abonem|liquidem|transferim|pagare} " + _CA_WHEN,
        "{paguem|abonem|liquidem|transferim} _4 " + _CA_WHEN,
        "{fem|faig} {la|el|le} {transferencia|pagament|ingres} _4 " + _CA_WHEN,
        # the payment fronted: "la transferència la fem dilluns"
        _CA_PAY_NOUN + " {la|el|les|els} {fem|faig|farem|fare} " + _CA_WHEN,
        "{rebreu|rebra|rebran} _3 {pagament|transferencia|import|ingres}",
        blockers=_OTHER_IF + ("si", "ja", "vam", "varem", "vaig", "hem"),
    ),
)

ALREADY_PAID = ALREADY_PAID + (
    rule(
        "already_paid.it.claim",
        CLEAR,
        "gia {stata|stato|state|stati}? " + _IT_PAID,
        "gia {stato|stata|stati|state}? {effettuato|effettuata|eseguito|eseguita|disposto|disposta|inviato|inviata} "
        "{il|lo|un}? " + _IT_PAY_NOUN,
        "{e|sono|risulta|risultano|era|erano} {stata|stato|state|stati} " + _IT_PAID,
        "{risulta|risultano} {gia}? " + _IT_PAID,
        "{ho|abbiamo|avevo|avevamo} {gia}? " + _IT_PAID,
        "{ho|abbiamo|avevo|avevamo} {gia}? {effettuato|fatto|disposto|eseguito|inviato|emesso|ordinato|provveduto} _3 "
        + _IT_PAY_NOUN,
        _IT_PAY_NOUN + " {e|sono} {gia}? {stato|stati} {effettuato|effettuati|eseguito|eseguiti|disposto|disposti|inviato|"
        "inviati|accreditato|addebitato|emesso|fatto}",
        # the proof: "ho la ricevuta firmata", "le allego la contabile"
        "{la|una|con|ho} ricevuta {firmata|di pagamento|del pagamento|del bonifico|di versamento|bancaria}",
        "{allego|allegata|allegato|alleghiamo|allegati|allega|trasmetto|inviamo|invio} _3 {contabile|contabili|ricevuta|"
        "quietanza|copia del bonifico|conferma del bonifico|prova di pagamento|attestazione di pagamento|cro}",
        "{copia|prova|conferma|attestazione} {del|di|dell'|dell} {bonifico|pagamento|avvenuto pagamento|versamento}",
        blockers=_OTHER_IF + _OTHER_FUTURE,
    ),
    rule(
        "already_paid.it.check_records",
        MEDIUM,
        "{verificate|controllate|verificare|controllare|verifichi|controlli} {per favore|cortesemente|gentilmente|pure}? "
        "{i vostri|il vostro|sul vostro|nei vostri|vostri|vostro|le|gli|la vostra|nella vostra} {registri|estratto|"
        "estratto conto|conto|incassi|sistema|contabilita|conto corrente|registrazioni|banca}",
        blockers=_OTHER_IF,
    ),
    rule(
        "already_paid.nl.claim",
        CLEAR,
        "{reeds|al|alreeds|allang} _3 " + _NL_PAID,
        "{reeds|alreeds|al} {betaal|oorbetaal|oorgeplaas|vereffen}",
        "{werd|werden|is|zijn|was|waren} {reeds|al|alreeds|op|gisteren|vorige|gister}? _3 " + _NL_PAID,
        "{is|was} {reeds|al|alreeds|gister|verlede}? _3 {betaal|oorbetaal|oorgeplaas|vereffen}",
        "{we|wij|ik} {hebben|heb} _6 " + _NL_PAID,
        "{ons|ek|hulle} het {die|n|reeds|al|alreeds}? {betaling|oorbetaling|eft|inbetaling} _3 {gemaak|gedoen}",
        "{betaling|overschrijving|storting|overboeking} {is|werd|werden|zijn} {reeds|al|op|gisteren|gister}? _3 "
        "{uitgevoerd|gebeurd|verricht|gedaan|vertrokken|verstuurd|gemaakt|gemaak|gedoen|verwerk|verwerkt}",
        "{betalingsbewijs|betaalbewijs|betalingsbevestiging|betalingsbewys|bewys van betaling|bewijs van betaling|"
        "bewijs van overschrijving}",
        # a bank statement sent, not one asked for ("kunt u ons een rekeninguittreksel bezorgen?" wants the account's)
        "{bijgevoegd|bijgaand|bijlage|hierbij|ingesloten|aangeheg} _4 rekeninguittreksel",
        # "wellicht heeft onze betaling uw herinnering gekruist"
        "{betaling|storting|overschrijving} _4 {gekruist|gekruis}",
        blockers=_OTHER_IF + _OTHER_FUTURE + ("nie", "of", "om", "kan", "wil", "moet", "moeten", "nagaan", "nakijken"),
    ),
    rule(
        # Afrikaans "betaal" is past participle and infinitive alike; Dutch "ons het bedrag ..., dan betaal ik"
        # is a request and a promise: no comma and no "dan" inside the claim (the same family as above)
        "already_paid.nl.claim",
        CLEAR,
        "{ons|ek|hulle} het _6 " + _AF_PAID,
        blockers=_OTHER_IF + _OTHER_FUTURE + ("nie", "of", "om", "kan", "wil", "moet", "moeten", "nagaan", "nakijken",
                                             ",", "dan"),
    ),
    rule(
        "already_paid.pt.claim",
        CLEAR,
        "ja {foi|foram|esta|estao|se encontra|se encontram|tinha sido|tinham sido}? " + _PT_PAID,
        "{foi|foram|tinha sido|tinham sido} " + _PT_PAID,
        "{foi|foram|tinha sido|tinham sido|ja foi|ja foram} {efetuado|efetuada|efectuado|efectuada|feito|feita|realizado|"
        "realizada|enviado|enviada|processado|processada} {o|a|os|as}? " + _PT_PAY_NOUN,
        _PT_PAY_NOUN + " {foi|foram|ja foi|ja foram|tinha sido} {efetuado|efetuada|efectuado|efectuada|feito|feita|"
        "realizado|realizada|enviado|enviada|processado|processada|debitado|debitada}",
        # ("o seu pedido foi transferido para a contabilidade": a transfer of money, named)
        "{valor|montante|quantia|dinheiro|importancia|total|saldo|pagamento|pagamentos} {ja}? {foi|foram|tinha sido} {ja}? "
        "{transferido|transferida|transferidos}",
        "{ja}? {foi|foram} {transferido|transferida|transferidos} {o|a|os}? {valor|montante|quantia|total|saldo}",
        "{ja}? {pagamos|liquidamos|transferimos|efetuamos|efectuamos|fizemos|realizamos|regularizamos} {a|as|o|os|essa|"
        "esta|essas|estas|este|esse|toda|todas}? {fatura|faturas|pagamento|transferencia|valor|montante|liquidacao|"
        "regularizacao|divida}",
        blockers=_OTHER_IF + _OTHER_FUTURE,
    ),
    rule(
        # the proof sent ("segue em anexo o comprovativo"), once: an attaching word before the first is no
        # second claim (so not negatable: its negations are blockers)
        "already_paid.pt.claim",
        CLEAR,
        "{segue|seguem|envio|enviamos|junto|juntamos|anexo|anexamos|anexa|anexado|remetemos} _4 {comprovativo|"
        "comprovativos|comprovante|comprovantes}",
        negatable=False,
        blockers=_OTHER_IF + _OTHER_FUTURE + ("segue", "seguem", "envio", "enviamos", "junto", "juntamos", "anexo",
                                             "anexamos", "anexa", "anexado", "remetemos", "nao", "nunca", "nem", "sem"),
    ),
    rule(
        # (the same family, so that one proof counts once: not "solicitamos o comprovativo de entrega")
        "already_paid.pt.claim",
        CLEAR,
        "{comprovativo|comprovativos|comprovante|comprovantes} {de|da|do|dos|das}? {pagamento|transferencia|deposito|"
        "liquidacao|pagamentos|transferencias}",
        blockers=_OTHER_IF + _OTHER_FUTURE + ("segue", "seguem", "envio", "enviamos", "junto", "juntamos", "anexo",
                                             "anexamos", "anexa", "anexado", "remetemos"),
    ),
    rule(
        "already_paid.ca.claim",
        CLEAR,
        "ja _2 " + _CA_PAID,
        "{hem|haviem|havia|vam|varem|vaig|va} {pagar|pagat|abonar|abonat|liquidar|liquidat|transferir|transferit|saldar}",
        "{hem|haviem|havia|vam|varem|vaig|va} {fer|fet|efectuar|efectuat|realitzar|realitzat|enviar|enviat|ordenar} "
        "{el|la|le|un|una|els|les}? " + _CA_PAY_NOUN,
        "{comprovant|justificant|comprovants|justificants} {de|del} {pagament|la transferencia|transferencia|le ingres|"
        "ingres}",
        blockers=("si", "cas") + _OTHER_IF + _OTHER_FUTURE,
    ),
)

REMITTANCE = REMITTANCE + (
    rule(
        "remittance_advice.it.avviso",
        STRONG,
        "{avviso|avvisi|distinta|dettaglio|prospetto|riepilogo|comunicazione} {di|del|dei} {pagamento|pagamenti|bonifico|"
        "bonifici|versamento}",
        "{bonifico|pagamento|versamento} a saldo {delle|dei} seguenti",
        # ("come dettagliato nella mail precedente" introduces anything)
        "{cosi|come} {suddiviso|ripartito|suddivisi|ripartiti}",
        "cosi {dettagliato|composto}",
        "totale {bonificato|pagato|versato|bonificati}",
        # ("abbiamo ricevuto il vostro avviso di pagamento": the supplier's notice, as the Portuguese "aviso")
        blockers=_OTHER_IF + ("sara", "saranno", "verra", "verranno", "disporremo", "effettueremo", "pagheremo",
                              "provvederemo", "faremo", "invieremo", "domani", "vostro", "vostra", "vostri", "vostre",
                              "ricevuto"),
    ),
    rule(
        "remittance_advice.it.paid_today",
        CLEAR,
        "{bonificato|pagato} _6 {oggi|in data odierna|stamattina|stamani|stamane}",
        "{in data odierna|oggi|stamattina|stamani} _4 {bonificato|pagato}",
        # the other verbs do anything ("abbiamo inviato oggi il reclamo"): the payment named
        "{disposto|effettuato|eseguito|inviato|disposta|effettuata|eseguita|ordinato|provveduto} {in data odierna|oggi|"
        "stamattina|stamani|stamane} {il|un|lo|al|i|gli|due|tre|dei|ai}? " + _IT_PAY_NOUN,
        "{disposto|effettuato|eseguito|inviato|disposta|effettuata|eseguita|ordinato|provveduto} {il|un|lo|al|i|gli|due|"
        "tre|dei|ai}? " + _IT_PAY_NOUN + " _4 {oggi|in data odierna|stamattina|stamani|stamane}",
        "{in data odierna|oggi|stamattina|stamani} _4 {disposto|effettuato|eseguito|disposta|effettuata|eseguita|ordinato|"
        "provveduto} {il|un|lo|al|i|gli|due|tre|dei|ai}? " + _IT_PAY_NOUN,
        _IT_PAY_NOUN + " _6 {disposto|effettuato|eseguito|inviato|disposta|effettuata|eseguita|ordinato} _3 {oggi|in data "
        "odierna|stamattina|stamani|stamane}",
        "{bonifico|pagamento|versamento} {odierno|di oggi|in data odierna}",
        blockers=_OTHER_IF + ("sara", "saranno", "verra", "verranno", "domani"),
    ),
    rule(
        "remittance_advice.nl.advies",
        STRONG,
        "{betalingsbericht|betaalbericht|betaaladvies|betalingsadvies|betaalspecificatie|betalingsspecificatie|"
        "betalingsoverzicht|betaaloverzicht|betalingsavis}",
        "specificatie {aan}? {van|der} {de|uw|onze}? {betaling|betalingen|overschrijving|overschrijvingen}",
        "{bijgaand|hierbij|in bijlage|in de bijlage} _4 {specificatie|overzicht|betalingsoverzicht|detail} {aan}? {van|der} "
        "{de|uw|onze}? {betaling|betalingen|overschrijving|overschrijvingen|gestorte bedragen}",
        "{volgende|onderstaande} {facturen|fakture} _3 {betaald|voldaan|betaal|vereffen|overgemaakt}",
        blockers=_OTHER_IF + ("zullen", "worden", "sal", "word"),
    ),
    rule(
        "remittance_advice.nl.paid_today",
        CLEAR,
        "{vandaag|vanmorgen|vanochtend|vandag|vanoggend} _4 {overgemaakt|betaald|gestort|overgeschreven|oorbetaal|"
        "oorgeplaas}",
        # ("de levering werd vandaag uitgevoerd": the payment named)
        "{betaling|overschrijving|storting|overboeking|betaalopdracht|betalingsopdracht} _4 {vandaag|vanmorgen|vanochtend} _4 "
        "uitgevoerd",
        "{vandaag|vanmorgen|vanochtend} _4 {betaling|overschrijving|storting|overboeking|betaalopdracht|betalingsopdracht} _4 "
        "uitgevoerd",
        "{overgemaakt|betaald|gestort|overgeschreven|oorbetaal|oorgeplaas} _4 {vandaag|vanmorgen|vanochtend|vandag|"
        "vanoggend}",
        blockers=_OTHER_IF + ("zal", "zullen", "sal", "wordt", "worden", "word", "gaan"),
    ),
    rule(
        "remittance_advice.pt.aviso",
        STRONG,
        "{aviso|nota|detalhe|discriminacao} de {pagamento|pagamentos|transferencia|transferencias|liquidacao}",
        blockers=_OTHER_IF + ("vosso", "vossa", "vossos", "recebemos", "recebido"),
    ),
    rule(
        "remittance_advice.pt.paid_today",
        CLEAR,
        "{transferencia|pagamento|deposito|transferencias|pagamentos} {efetuada|efetuado|efectuada|efectuado|feita|"
        "feito|realizada|realizado|enviada|processada|efetuadas|efetuados|feitas} {hoje|nesta data|esta manha}",
        "{transferimos|pagamos|liquidamos} _4 {hoje|nesta data}",
        "{hoje|nesta data} {transferimos|pagamos|liquidamos}",
        # ("realizamos hoje a encomenda", "hoje foi feita a entrega": the payment named)
        "{efetuamos|efectuamos|fizemos|realizamos} {hoje|nesta data}? {a|o|as|os|uma|um}? " + _PT_PAY_NOUN + " _4 {hoje|nesta "
        "data}",
        "{efetuamos|efectuamos|fizemos|realizamos} {hoje|nesta data} {a|o|as|os|uma|um}? " + _PT_PAY_NOUN,
        "{hoje|nesta data} {efetuamos|efectuamos|fizemos|realizamos|foi efetuada|foi efetuado|foi feita|foi feito|foi "
        "realizada|foi realizado} {a|o|as|os|uma|um}? " + _PT_PAY_NOUN,
        # the transfer named with what it settles: "transferência ... para liquidação das faturas X e Y"
        "{transferencia|pagamento} {efetuada|efetuado|efectuada|efectuado|feita|feito|realizada|realizado} _8 {para "
        "liquidacao|para pagamento|referente|relativa|relativo|respeitante} {a|as|aos|ao|da|das|do|dos|de}",
        blockers=_OTHER_IF + ("vamos", "vou", "iremos", "ira", "irei", "vai", "vao", "sera", "serao", "amanha",
                              "efetuaremos", "faremos", "podemos"),
    ),
    rule(
        "remittance_advice.ca.avis",
        STRONG,
        "{avis|detall|relacio} {de|del} {pagament|pagaments|la transferencia|transferencia|les transferencies}",
        blockers=("si", "vostre", "vostra", "rebut") + _OTHER_IF,
    ),
    rule(
        "remittance_advice.ca.paid_today",
        CLEAR,
        # ("hem fet avui la reclamació", "avui hem fet la comanda": the payment named)
        _CA_PAY_NOUN + " {feta|fet|realitzada|realitzat|efectuada|efectuat|enviada|ordenada|ordenat} {avui|aquest mati}",
        "{feta|fet|realitzada|realitzat|efectuada|efectuat|enviada|ordenada|ordenat} {avui|aquest mati} {el|la|le|un|una}? "
        + _CA_PAY_NOUN,
        "avui _3 {hem|vam} {pagat|pagar|transferit|transferir|abonat}",
        "avui _3 {hem|vam} {fet|fer|ordenat|realitzat|efectuat} {el|la|le|un|una}? " + _CA_PAY_NOUN,
        blockers=("si",) + _OTHER_IF + ("sera", "seran", "dema"),
    ),
)

PAYMENT_PLAN = PAYMENT_PLAN + (
    rule(
        "payment_plan_request.it.rate",
        STRONG,
        "{rateizzare|rateizzazione|rateizzarla|rateizzarle|rateizzato|rateizzata|rateizzati|rateale|rateali|rateizzo|"
        "dilazionare|dilazionarla|dilazionato|dilazionata}",
        "{a|in} {#|due|tre|quattro|cinque|sei|dodici|piu|alcune|diverse} rate",
        # (English "at a rate of": the verb is required before "a rate")
        "{pagare|pagarla|pagarle|pagarlo|saldare|saldarla|saldarle|pagamento|pagamenti|pagheremmo|potremmo pagare} a rate",
        "{rate|pagamenti|versamenti|bonifici} {mensili|settimanali|trimestrali|costanti|uguali}",
        "piano {di|dei} {rientro|pagamento|pagamenti|ammortamento}",
        "{dilazione|dilazioni} {di|del|dei} {pagamento|pagamenti}",
    ),
    rule(
        # partial payments asked for, not told as made ("abbiamo già effettuato due pagamenti parziali",
        # "já efetuámos dois pagamentos parciais", "vam fer dos pagaments parcials")
        "payment_plan_request.any.partial_other",
        STRONG,
        "{rate|pagamenti|versamenti|bonifici} parziali",
        "{prestacoes|parcelas|pagamentos|mensalidades} parciais",
        "{quotes|pagaments|terminis} parcials",
        blockers=("effettuato", "effettuati", "fatto", "fatti", "eseguito", "eseguiti", "versato", "versati", "ricevuto",
                  "ricevuti", "abbiamo", "gia", "efetuamos", "efectuamos", "fizemos", "realizamos", "efetuados", "feitos",
                  "recebemos", "recebidos", "ja", "fet", "fets", "vam", "varem", "hem", "rebut", "rebuts", "efectuat",
                  "efectuats"),
    ),
    rule(
        "payment_plan_request.nl.regeling",
        STRONG,
        "{betalingsregeling|afbetalingsregeling|afbetalingsplan|betalingsplan|aflossingsplan|betaalregeling|"
        "betalingsreeling|betalingsooreenkoms|paaiemente|paaiement|termijnbetaling|termijnbetalingen|afbetaling}",
        # (not months: "we betalen over twee maanden" is a date)
        "{in|over} {#|twee|drie|vier|vijf|zes|twaalf|vyf|ses|verschillende|meerdere|maandelijkse|maandelikse} "
        "{termijnen|paaiemente|delen|betalingen|betalings|stukke}",
        "{maandelijkse|maandelikse|wekelijkse|weeklikse|gelijke|gelyke} {termijnen|betalingen|bedragen|paaiemente|betalings}",
        # "in vijf maandelijkse delen", "in drie gelijke termijnen": the count before the kind of part
        "{in|over} {#|twee|drie|vier|vijf|zes|twaalf|vyf|ses} {maandelijkse|maandelikse|wekelijkse|gelijke|gelyke} "
        "{termijnen|delen|betalingen|bedragen|paaiemente|stukke}",
        "{gespreide|gespreid} {betaling|betalen}",
        "{spreiden|spreid|versprei} _3 {betaling|bedrag|betalingen|over}",
    ),
    rule(
        "payment_plan_request.pt.prestacoes",
        STRONG,
        # ("cobrado por 2 vezes" is a double charge)
        "em {#|duas|tres|quatro|cinco|seis|doze|varias} {prestacoes|parcelas|tranches|mensalidades}",
        # ("a encomenda foi entregue em duas vezes": times of a payment only)
        "{pagar|pagamento|liquidar|liquidacao|regularizar|pagamos|pagaremos|pagarmos|saldar|liquidarmos} _3 em {#|duas|tres|"
        "quatro|cinco|seis|doze|varias} vezes",
        "{prestacoes|parcelas|pagamentos|mensalidades} {mensais|semanais|iguais|trimestrais}",
        "{plano|acordo} de {pagamento|pagamentos|prestacoes|regularizacao}",
        "{pagamento|pagar|liquidar|liquidacao|regularizar} {faseado|parcelado|fracionado|fraccionado|a prestacoes|"
        "em prestacoes|em parcelas|faseadamente}",
        "{parcelar|fracionar|fraccionar|escalonar|faseado} {o|a|os|as}? {pagamento|pagamentos|valor|divida|fatura|"
        "faturas|montante}",
    ),
    rule(
        "payment_plan_request.ca.terminis",
        STRONG,
        # ("pagar en 5 dies" is a date, not a plan)
        "{pagament|pagar|abonar|liquidar} {a|en} {terminis|quotes}",
        "{en|a} {dos|tres|quatre|cinc|sis|diversos|varis|#} {terminis|quotes|pagaments|mensualitats|parts|vegades|mesos}",
        "{fraccionar|fraccionament|esglaonar} {el|la|els|les}? {pagament|pagaments|import|deute|factura|factures}?",
        # ("hem d'ajornar la visita": the payment postponed)
        "{ajornar|ajornament} {de|del|de la|de les|dels|el|la|els|les}? {pagament|pagaments|import|deute|factura|factures}",
        "{pla|calendari|acord} de {pagaments|pagament}",
        "{quotes|pagaments|terminis} {mensuals|setmanals|trimestrals}",
    ),
    rule(
        "payment_plan_request.any.more_time_other",
        WEAK,
        "{piu tempo|una proroga|proroga|meer tijd|meer tyd|uitstel|mais prazo|mais tempo|prorrogacao|mes temps|"
        "mes termini|prorroga del termini}",
        # ("wij betalen zonder verder uitstel", "aspettiamo da più tempo la nota di credito")
        blockers=("zonder", "sonder", "senza", "sem", "sense", "da"),
    ),
)

# A cheque or transfer named with what it paid before its verb ("Cheque #4417 for inv 5618 was mailed
# to you on June 2"), the invoice as the object of "we paid" ("we paid invoice 1104 twice").
ALREADY_PAID = ALREADY_PAID + (
    rule(
        "already_paid.en.named_sent",
        CLEAR,
        # ("please check the invoice was sent to you on Monday": "check" only with its number)
        "{cheque|check #|check no|check number|payment|transfer|wire|eft|ach|bacs} _8 {was|were|has been|have been} "
        "{mailed|posted|sent|couriered|delivered|dropped off} {to you|to your office|to your lockbox|out|over}? {on|last|"
        "yesterday|already|earlier|back|#day}",
        "{we|i} {already|have|had|'ve}? {paid|settled|payed} {invoice|invoices|inv|your invoice|the invoices|both "
        "invoices|bill} {#|no|number|twice|in|on|last|back}",
        blockers=_NOT_PAST + ("reminder", "reminders", "request", "requests", "statement", "statements"),
    ),
)

# "can i pay R5000 a month until it's finished?": a periodic amount asked for, whatever the currency.
PAYMENT_PLAN = PAYMENT_PLAN + (
    rule(
        "payment_plan_request.en.periodic_ask",
        CLEAR,
        # an amount before the period ("could we pay the invoice a week later?", "can i pay in a week?" are dates)
        "{can|could|may} {i|we} {pay|settle|clear|do|send|put down} {you}? {#|$|£|€|r*} _2 {a|per|each|every} {month|week|"
        "fortnight}",
        "{pay|paying|settle|settling|clear|clearing} _3 {a|per|each|every} {month|week|fortnight} {until|till|untill}",
    ),
)

# Spanish present for the future with its day: "la 0531 la pagamos el jueves" (its "pagamos" is also the
# preterite; a promise over the same words drops the paid reading in classify).
PROMISE = PROMISE + (
    rule(
        "promise_to_pay.es.present_day",
        CLEAR,
        "{la|lo|las|los|se la|se lo|se las|se los} {pagamos|abonamos|transferimos|liquidamos|ingresamos} {el|este|"
        "esta|el proximo|la proxima}? {lunes|martes|miercoles|jueves|viernes|manana|semana que viene|proxima semana}",
        blockers=("ya", "pasado", "pasada", "si"),
    ),
)

# The payment offered once the correction arrives, in the other languages: "la paghiamo appena
# riceviamo la nota di credito", "zodra wij de creditnota ontvangen", "assim que recebermos a nota de
# crédito", "quan rebem l'abonament".
CONDITIONAL_PROMISE = CONDITIONAL_PROMISE + (
    rule(
        "conditional.other.on_correction",
        CLEAR,
        "{appena|quando|una volta|dopo|non appena} _4 {nota di credito|nota credito|fattura corretta|fattura "
        "rettificata|storno|sostituzione|merce mancante}",
        "{zodra|wanneer|na ontvangst van|nadat|sodra|na ontvangs van} _5 {creditnota|gecorrigeerde|correcte factuur|"
        "nieuwe factuur|kredietnota|gekorrigeerde|regte faktuur}",
        "{assim que|quando|apos|depois de|logo que} _4 {nota de credito|fatura corrigida|fatura retificada|fatura "
        "retificativa|substituicao}",
        "{quan|un cop|tan bon punt|despres de} _4 {abonament|factura rectificativa|factura corregida|nota de credit}",
        negatable=False,
    ),
)

# Round 10 (dev65-dev72): the present for the future and the payment fronted, in the new authors'
# words. Portuguese "amanhã faço a transf", "fica agendado para 20/05 o pagamento", "entra no
# próximo processamento de pagamentos", "ficam pagas até quarta"; Dutch "de betaling gaat vrijdag
# de deur uit", "de posten betalen we op de 30e"; Spanish "os lo pagamos el día 5 del mes que
# viene"; US public bodies' "on the claims list for the board meeting", "checks are mailed by the 20th".
# a promise is no promise when conditional or told as done ("if we pay Friday", "we paid last Friday")
_PROMISE_NOT_EN = ("if", "whether", "unless", "already", "yesterday", "last", "ago", "earlier", "usually", "normally",
                   "generally", "typically", "always")
_PT_TRANSFER = "{transf|trf|transferencia|pagamento|deposito|liquidacao}"
_PT_SOON = ("{amanha|depois de amanha|ate|na segunda|na terca|na quarta|na quinta|na sexta|na proxima|no proximo|"
            "esta semana|para a semana|semana que vem|ainda hoje|hoje|logo|no dia|dia #day|ate dia|ate ao|ate final|"
            "no final|no fim|no inicio|durante}")
PROMISE = PROMISE + (
    rule(
        "promise_to_pay.pt.present_future",
        CLEAR,
        # the time first: "amanhã faço a transferência", "na sexta pagamos a 496"
        _PT_WHEN + " {faco|fazemos|efetuo|efetuamos|efectuamos|envio|enviamos|mando|mandamos} {a|o|uma|um}? " + _PT_TRANSFER,
        "{faco|fazemos|efetuo|efetuamos|efectuamos|envio|enviamos|mando|mandamos} {a|o|uma|um} {transf|trf} _4 " + _PT_WHEN,
        # the first person present with its time: "eu pago até dia 10", "pago amanhã"
        "eu {pago|liquido|transfiro|regularizo|deposito} _4 " + _PT_SOON,
        "{pago|transfiro|liquido|regularizo} {amanha|ate dia|ate ao dia|ate sexta|ate segunda|na sexta|na segunda|"
        "esta semana|na proxima semana|no inicio|no final|no fim}",
        # with what it pays in between: "pagamos o restante da FT 1470 (3.632,95 €) na próxima semana"
        "{pagamos|liquidamos|transferimos|regularizamos} _10 {na proxima semana|para a semana|na semana que vem|no "
        "proximo mes|no inicio do mes|no final do mes|no fim do mes|amanha|depois de amanha}",
        # the payment fronted or left after its verb: "fica agendado para 20/05 o pagamento das faturas"
        "{fica|ficam|ficou|ficaram|esta|estao} {agendado|agendada|agendados|agendadas|programado|programada|programados|"
        "programadas|marcado|marcada|previsto|prevista} {para|na|no|dia} _6 {o|os|a|as} {pagamento|pagamentos|"
        "transferencia|transferencias|liquidacao}",
        "{agendamos|agendei|agendamos ja|programamos|programei|marcamos|marquei} {o|a|os|as} {pagamento|pagamentos|"
        "transferencia|transferencias|liquidacao} {para|na|no|dia}",
        # "ficam pagas até quarta-feira", "fica liquidada amanhã"
        "{fica|ficam|ficara|ficarao} {paga|pagas|pago|pagos|liquidada|liquidadas|liquidado|liquidados|regularizada|"
        "regularizadas|regularizado|saldada|saldadas} " + _PT_SOON,
        # "a FT 1180 entra no próximo processamento de pagamentos", "segue no próximo lote"
        "{entra|entram|vai entrar|vao entrar|segue|seguem|incluida|incluidas|incluido|incluidos|incluimos|vai|vao} "
        "{no|na|nos|em} {proximo|proxima} {processamento|lote|ciclo|mapa|ronda|corrida|pagamento|pagamentos|"
        "transferencia|envio}",
        "{proximo|proxima} {processamento|lote|ciclo|mapa|ronda|corrida} de {pagamentos|pagamento|transferencias|"
        "fornecedores}",
        # "as faturas entram no pagamento de terça-feira"
        "{entra|entram|vai entrar|vao entrar|segue|seguem} {no|na|nos} {pagamento|pagamentos|processamento|lote|mapa} "
        "{de|da|do|desta|deste|dessa|desse}",
        # pt-BR PIX / boleto with its time: "a gente faz PIX até dia 25", "mando o pix amanhã"
        "{faz|faco|fazemos|mando|mandamos|envio|enviamos|pago|pagamos} {o|um}? {pix|boleto} _4 " + _PT_SOON,
        "{pagamento|transferencia|deposito} {via|por|no} pix {amanha|depois de amanha|na segunda|na terca|na quarta|"
        "na quinta|na sexta|esta semana|semana que vem|ate dia}",
        blockers=_OTHER_IF + ("ja", "foi", "foram", "fizemos", "fiz", "passada", "passado", "ontem"),
    ),
    rule(
        "promise_to_pay.nl.present_future",
        CLEAR,
        # "de betaling gaat vrijdag de deur uit", "het geld gaat morgen weg"
        "{betaling|betalingen|overschrijving|overboeking|storting|bedrag|geld|het} {gaat|gaan} _4 {de deur uit|eruit|"
        "weg|naar u|naar jullie}",
        "{gaat|gaan} {morgen|overmorgen|maandag|dinsdag|woensdag|donderdag|vrijdag|vandaag|deze week|volgende week} "
        "de deur uit",
        # "factuur 1489 gaat eind volgende week over", "wij maken het bedrag over"
        "{factuur|facturen|bedrag|bedragen|betaling|rekening|#} {gaat|gaan} {morgen|overmorgen|maandag|dinsdag|woensdag|"
        "donderdag|vrijdag|eind|begin|deze week|volgende week} _3 over",
        "{we|wij|ik} {maken|maak} {het|de|dat}? {bedrag|betaling|geld|saldo|restant|totaal|totaalbedrag} _3 over",
        # the verb before its subject: "de openstaande posten betalen we op de 30e"
        "{betalen|storten|voldoen|vereffenen} {we|wij|ik} _5 " + _NL_WHEN,
        "{maken|maak} {we|wij|ik} _6 {over} _3 " + _NL_WHEN,
        "{maken|maak} {we|wij|ik} _3 " + _NL_WHEN + " _6 over",
        blockers=_OTHER_IF + ("al", "reeds", "hebben", "heb", "vorige", "vorig", "afgelopen", "te", "moet", "moeten", "of"),
    ),
    rule(
        "promise_to_pay.es.present_future_time",
        CLEAR,
        # "os lo pagamos por transferencia el día 5 del mes que viene": "pagamos" is also the preterite,
        # so only with a time that can only be ahead
        "{os|le|les|te|se}? {lo|la|los|las} {pagamos|abonamos|transferimos|liquidamos|ingresamos|pago|abono|transfiero} _6 "
        "{del mes que viene|el mes que viene|del proximo mes|el proximo mes|la semana que viene|la proxima semana|"
        "pasado manana|manana}",
        blockers=("ya", "pasado", "pasada", "si", "cuando"),
    ),
    rule(
        "promise_to_pay.en.approval_cycle",
        CLEAR,
        # a public body's approval cycle: "your invoices are on the claims list for the board meeting on
        # the 14th", "checks are mailed by the 20th"
        "{on|in} the {claims|claim|bills|warrant|payables|check|cheque|payment|voucher} {list|register|docket|schedule} "
        "{for|at|of} {the|our|next|this}",
        "{checks|cheques|warrants|payments} are {mailed|cut|issued|released|printed|sent|processed} {by|on|within} {the}? "
        "{#day|#|monday|tuesday|wednesday|thursday|friday}",
        blockers=_PROMISE_NOT_EN + ("every", "each", "policy"),
    ),
    rule(
        "promise_to_pay.en.plain_present",
        CLEAR,
        # a learner's present for the future, with its date: "we make payment GT26-10528, GT26-10595 on 08.05.2026"
        "{we|i} {make|do|send} {payment|the payment|transfer|the transfer|a transfer|bank transfer} _12 {on|by} "
        "{#day|monday|tuesday|wednesday|thursday|friday|tomorrow|next}",
        blockers=_PROMISE_NOT_EN + ("every", "each", "policy"),
    ),
)

# A payment told as made today, in Italian with "fatto": "bonifico fatto oggi per la fattura 133".
REMITTANCE = REMITTANCE + (
    rule(
        "remittance_advice.it.made_today",
        CLEAR,
        "{bonifico|pagamento|versamento|saldo} {fatto|fatta|partito|partita|mandato|inviato} {oggi|stamattina|stamani|"
        "stamane|in data odierna|proprio oggi|ora|adesso}",
        "{abbiamo|ho} {fatto|mandato|fatto partire} {oggi|stamattina|stamani|stamane|ora|adesso}? {il|un|lo} "
        "{bonifico|pagamento|versamento} _4 {oggi|stamattina|stamani|stamane|in data odierna}",
        blockers=_OTHER_IF + ("sara", "saranno", "verra", "verranno", "domani", "facciamo", "faremo"),
    ),
)

# The German claim told with "erfolgte": "die Zahlung für 1301 und 1319 erfolgte am 30. April".
ALREADY_PAID = ALREADY_PAID + (
    rule(
        "already_paid.de.took_place",
        CLEAR,
        "{zahlung|zahlungen|uberweisung|uberweisungen|begleichung|uberweisungsauftrag} _8 {erfolgte|erfolgten|ging|"
        "gingen} {am|per|bereits|schon|mit|vor|letzte|letzten|gestern|valuta}",
        blockers=_NOT_PAST,
    ),
)

# Instalments and longer terms asked for in the new authors' words: "vi proponiamo 4 rate da
# 2.361,25 €", "cubrirla en tres parcialidades", "pagarle $800 cada viernes hasta terminar", "a revisão
# das nossas condições de pagamento de 30 para 60 dias", "appliquer désormais ces conditions de règlement".
PAYMENT_PLAN = PAYMENT_PLAN + (
    rule(
        "payment_plan_request.other.instalments",
        STRONG,
        "{proponiamo|proponiamo di pagare|chiediamo|chiedervi|potremmo|possiamo|vorremmo} _5 {#|due|tre|quattro|cinque|"
        "sei|dieci|dodici} rate",
        "{#|due|tre|quattro|cinque|sei|dieci|dodici} rate {da|di|mensili|uguali|a fine|entro|con scadenza|il}",
        "{en|a} {#|dos|tres|cuatro|cinco|seis|varias} {parcialidades|exhibiciones}",
        "{pagos|abonos} {parciales}? {cada|todos los} {viernes|lunes|martes|miercoles|jueves|semana|quincena|mes}",
        "{cada|todos los} {viernes|lunes|martes|miercoles|jueves|semana|quincena|mes} hasta {terminar|liquidar|saldar|"
        "cubrir|completar|acabar|finalizar|cancelar|pagar}",
        blockers=("effettuato", "effettuati", "fatto", "fatti", "abbiamo", "gia", "ya", "hemos"),
    ),
    rule(
        "payment_plan_request.other.longer_terms",
        STRONG,
        "{revisao|alteracao|alargamento|extensao|prorrogacao|rever|alterar|alargar|estender} {das|dos|do|da|as|os|o|a}? "
        "{nossas|nossos|nosso|nossa}? {condicoes|prazos|prazo} de pagamento",
        "{condicoes|prazos|prazo} de pagamento _4 de # para # dias",
        "{appliquer|revoir|modifier|allonger|rallonger|etendre|passer} _4 {conditions|delais|delai} de {reglement|"
        "paiement}",
        "{rivedere|modificare|allungare|estendere|revisione|estensione|allungamento} {le|i|il|la|delle|dei|del|della}? "
        "{nostre|nostri|nostro}? {condizioni|termini|termine} di pagamento",
        "{termini|condizioni} di pagamento _4 da # a # giorni",
        blockers=("vostre", "vostri", "vostro", "vossas", "vossos", "vos", "vostra", "vosso"),
    ),
    rule(
        # longer terms asked in Dutch and German: "Zouden we 60 dagen betalingstermijn kunnen krijgen in plaats van
        # 30?", "een betalingstermijn van 60 dagen i.p.v. 30", "ein Zahlungsziel von 60 Tagen statt 30", "een
        # verlenging van de betalingstermijn" ("Verlängerung des Zahlungsziels" is read above); not the
        # supplier's own terms quoted ("uw betalingstermijn")
        "payment_plan_request.other.longer_terms_nl_de",
        STRONG,
        "# {dagen|tagen|tage} {betalingstermijn|betaaltermijn|zahlungsziel|zahlungsfrist} _4 {in plaats van|ipv|i p v|statt|anstatt} #",
        "{betalingstermijn|betaaltermijn|zahlungsziel|zahlungsfrist} {van|von}? # {dagen|tagen|tage} _4 {in plaats van|ipv|i p v|"
        "statt|anstatt} #",
        "{verlenging|verlengen|langere|ruimere} _3 {betalingstermijn|betaaltermijn|betalingstermijnen}",
        blockers=("uw", "jullie", "ihr", "ihre", "ihres", "ihren"),
    ),
)

# Round 10, the contractors' and shopkeepers' words: "ill have Carla cut you a check Friday", "I'll
# come by the counter and drop off a check", "we can do 12/18 for the full balance", "new invoices
# are being paid 12/11, ACH", "wil pay tmrw"; Spanish first person present, unambiguous ("le mando el
# ACH por todo el saldo el 15", "el martes 15 le deposito el saldo") and the plural with a time or a
# condition only ahead ("en cuanto cobremos os pagamos todo"); "provvediamo con bonifico a fine mese";
# "Factuur 4577 staat ingepland voor 18 december"; "le paiement sera libéré le lendemain".
PROMISE = PROMISE + (
    rule(
        "promise_to_pay.en.colloquial_check",
        CLEAR,
        "have _3 {cut|write|mail|run|overnight|send} {you}? {a|the|your} {check|cheque|payment|wire|ach}",
        "{will|ill|wil|gonna|going to|'ll} {cut|write|mail|overnight} {you}? {a|the|your} {check|cheque}",
        "{drop off|drop|bring|bring in|bring over|hand in|hand deliver|run over|swing by with} {you}? {a|the|your} "
        "{check|cheque|payment}",
        "{we|i} {can|could} do {#day|monday|tuesday|wednesday|thursday|friday|tomorrow} {for|on}? {the}? {full|"
        "balance|all|it|payment|everything|them|rest|remaining|whole}",
        "{are|is} being {paid|processed|released|sent|wired|settled|issued|mailed} {on|by}? {#day|monday|tuesday|"
        "wednesday|thursday|friday|tomorrow}",
        "{ill|wil} {pay|settle|clear|send|transfer|get it sorted|get this sorted|get that sorted|get it paid|sort it|"
        "sort this|sort you out}",
        blockers=_PROMISE_NOT_EN,
    ),
    rule(
        "promise_to_pay.es.first_person_present",
        CLEAR,
        # the singular present is no preterite ("mandé", "deposité")
        "{le|les|os|te} {mando|envio|deposito|hago|transfiero|pago|abono|giro|ingreso} {el|la|un|una|los|las|todo} "
        "{ach|pago|pagos|saldo|transferencia|deposito|cheque|abono|resto|importe|total|dinero|ingreso|factura|facturas}",
        # the plural only with a time or a condition that can only be ahead
        "{le|les|os|te} {mandamos|enviamos|depositamos|hacemos|transferimos|pagamos|abonamos|giramos|ingresamos} _6 "
        "{manana|pasado manana|el proximo|la proxima|que viene|el mes que viene|la semana que viene|a principios de|"
        "a finales de}",
        "{el primero del mes|manana|pasado manana|el proximo|la proxima|la semana que viene|el mes que viene} "
        "{le|les|os|te} {mandamos|enviamos|depositamos|hacemos|transferimos|pagamos|abonamos|ingresamos}",
        "{en cuanto|cuando|apenas|tan pronto como|una vez que|en el momento que} {cobremos|cobre|recibamos|reciba|tengamos|"
        "tenga|nos paguen|nos pague|me paguen|me pague|nos ingresen|nos abonen|entre|entren|llegue|lleguen|se libere|"
        "liberen} _8 {le|les|os|te} {mandamos|"
        "enviamos|depositamos|hacemos|transferimos|pagamos|abonamos|ingresamos|mando|envio|deposito|pago|abono}",
        # the payment a long way before its day: "la transferencia de la 1255 y lo pendiente de la 1385 sale el viernes"
        "{pago|transferencia|transferencias|pagos|ingreso|abono} _14 {sale|salen|saldra|saldran} {el|este|esta|"
        "manana|pasado manana|la proxima|el proximo}",
        blockers=("ya", "ayer", "pasado", "pasada", "hicimos", "si", "anoche"),
    ),
    rule(
        "promise_to_pay.it.present_future",
        CLEAR,
        "{provvediamo|provvedo|procediamo|procedo} {con|al|a|col|con il|con un} {bonifico|pagamento|saldo|versamento|"
        "pagarla|pagarle|saldarla|saldarle} _3 " + _IT_WHEN,
        _IT_WHEN + " {provvediamo|provvedo|procediamo|procedo} {con|al|a|col|con il|con un} {bonifico|pagamento|saldo|"
        "versamento}",
        # the payment named far from its verb: "il bonifico di € 5.072,89 per la fattura 282 partirà tra 10 giorni"
        "{il|lo|un} {bonifico|pagamento|saldo|versamento} _10 {partira|partiranno|arrivera|arriveranno|verra fatto|"
        "verra disposto|verra effettuato}",
        # "la 488 va in pagamento il 25/11", "le ho inserite nel giro pagamenti del 10 dicembre"
        "{va|vanno|andra|andranno} in pagamento",
        "{inserita|inserite|inserito|inseriti|messa|messe|messo|messi} {nel|nella|in} {giro|distinta|ciclo|lotto|"
        "tornata|prossimo giro|prossima distinta} {di|dei}? {pagamenti|pagamento|bonifici}",
        blockers=_OTHER_IF + ("gia",),
    ),
    rule(
        "promise_to_pay.nl.scheduled",
        CLEAR,
        "{factuur|facturen|rekening|rekeningen|bedrag|post|posten|betaling|betalingen|overschrijving|deze|die} _4 "
        "{staat|staan|is|zijn|wordt|worden} {ingepland|gepland|klaargezet|ingeroosterd|ingeboekt} {voor|op|in|met|bij}",
        blockers=_OTHER_IF + ("al", "reeds", "vorige", "afgelopen"),
    ),
    rule(
        "promise_to_pay.fr.released",
        CLEAR,
        "{paiement|reglement|virement|solde|montant|mandat|versement} {sera|seront} {libere|liberee|liberes|debloque|"
        "debloquee|declenche|declenchee|ordonne|ordonnee|mis en paiement|mise en paiement|lance|lancee}",
        blockers=("si", "deja", "lorsque", "quand"),
    ),
)

PAYMENT_PLAN = PAYMENT_PLAN + (
    rule(
        "payment_plan_request.other.terms_shift",
        STRONG,
        # "¿podríamos pasar de 60 a 90 días fecha factura?", "passer de 30 à 60 jours", "van 30 naar 60 dagen"
        "{pasar|pasamos|pasariamos|cambiar|ampliar|passer|passare|passar|gaan|overstappen|alargar|allungare} {de|da|van|"
        "dos|des} # {dias|jours|giorni|dagen}? {a|para|naar|en|al|ai} # {dias|jours|giorni|dagen}",
        # post-dated cheques spread out: "en tres pagarés a 30, 60 y 90 días"
        "{en|con} {#|dos|tres|cuatro|cinco|seis|varios} {pagares|efectos|letras}",
        blockers=("ya", "hemos", "enviado", "enviamos", "mandamos", "mandado", "recibido"),
    ),
)

# Round 13 (the arrival of dev80-dev87): a promise in the present, waiting on the customer's own
# money ("Appena arrivano i soldi vi pago tutto", "dès que l'assurance nous rembourse, je vous paie
# tout", "assim que recebermos do cliente, pagamos a fatura"), and a payment put off to a day
# ("vamos atrasar o pagamento da fatura 12 até ao fim do mês"). A condition on the supplier's
# correction stays conditional.on_correction's; a past paid claim blocks them.
PROMISE = PROMISE + (
    rule(
        "promise_to_pay.it.pay_it_all",
        CLEAR,
        "{vi|ti|le} {pago|paghiamo|saldo|saldiamo|verso|versiamo|bonifico|bonifichiamo} {tutto|tutte|tutti|il saldo|il dovuto|"
        "quanto dovuto|la fattura|le fatture|l'importo|il resto|la differenza}",
        blockers=("gia", "ho", "abbiamo", "avevo", "avevamo", "ieri", "scorso", "scorsa", "credito", "corretta", "rettificata",
                  "stornata", "storno"),
    ),
    rule(
        "promise_to_pay.fr.pay_it_all",
        CLEAR,
        "{des que|aussitot que|une fois que|quand|lorsque} _10 {je|on|nous} {vous}? {paie|paye|regle|payons|reglons|verse|"
        "versons|vire|virons} {tout|la totalite|le solde|le reste|la facture|les factures|ce que je vous dois|ce qu'on vous doit}",
        blockers=("deja", "hier", "avons", "ai", "avoir", "corrigee", "rectifiee", "rectificative"),
    ),
    rule(
        "promise_to_pay.pt.as_soon_as",
        CLEAR,
        "{assim que|logo que|mal|quando|depois que|apos} _8 {recebermos|recebamos|recebermos do|entrar|entrarem|tivermos|"
        "conseguirmos|cair|caírem|cairem|pagarem|nos pagarem|nos pagar} _8 {pagamos|pagaremos|liquidamos|liquidaremos|"
        "transferimos|transferiremos|saldamos|regularizamos|pago|liquido|transfiro}",
        "{vamos|vou|teremos de|temos de|temos que|teremos que|precisamos|vamos ter de|vamos ter que|vou ter de|vou ter que} "
        "{atrasar|adiar|protelar|empurrar} {o|a|os|as}? "
        "{pagamento|pagamentos|liquidacao|transferencia} _6 {ate|para|ao|ate ao|ate a|para o|para a|no|na}",
        blockers=("ja", "foi", "foram", "ontem", "credito", "corrigida", "retificada", "retificativa"),
    ),
)

# Round 15 (the arrival of dev96-dev99). Dutch puts the verb second after a fronted object ("factuur
# 4182 betaal ik eind deze week", "de rest storten we vrijdag") and splits "overmaken" around its
# time ("wij maken vandaag € 2.000 over", "vrijdag maken we het saldo over"); the remainder named
# ("het restant volgt binnen 14 dagen"). A transfer told with what it settles ("le virement d'hier,
# qui solde la 4131 et règle la 4203", "the wire, which covers invoices 10 and 12") is an advice.
# Italian pays with a payment run ("la 4230 la saldiamo con il pagamento fornitori del 30/10").
PROMISE = PROMISE + (
    rule(
        "promise_to_pay.nl.verb_second",
        CLEAR,
        "{betaal|betalen|stort|storten|voldoe|voldoen} {ik|we|wij} _4 " + _NL_WHEN,
        # the split "overmaken": the time between the verb and "over"
        "{ik|we|wij} {maak|maken|schrijf|schrijven} " + _NL_WHEN + " _8 over",
        "{maak|maken|schrijf|schrijven} {ik|we|wij} " + _NL_WHEN + " _8 over",
        "{maak|maken|schrijf|schrijven} {ik|we|wij} _8 " + _NL_WHEN + " over",
        _NL_WHEN + " {maak|maken|schrijf|schrijven} {ik|we|wij} _8 over",
        "{het restant|de rest|het resterende bedrag|het saldo|de resterende} _4 {volgt|volgen|komt|betaal|betalen|storten|"
        "maken} _4 " + _NL_WHEN,
        blockers=_OTHER_IF + ("te", "moet", "moeten", "had", "hadden", "of", "om", "heb", "hebben", "hebt", "heeft",
                              "gisteren", "vorige", "reeds", "al"),
    ),
    rule(
        "promise_to_pay.it.with_run",
        CLEAR,
        "{la|le|li|lo} {paghiamo|saldiamo|liquidiamo|bonifichiamo|pagheremo|salderemo|liquideremo} {con|col|nel|nella|"
        "alla|al} {il|la|lo}? {pagamento|pagamenti|prossimo|prossima|giro|distinta|ciclo|bonifico|bonifici|tornata|"
        "scadenza|data}",
        blockers=_OTHER_IF + ("gia", "abbiamo", "ho", "ieri", "scorso", "scorsa"),
    ),
)
_WHICH_SETTLES = ("{qui|which|that|che|que} {solde|regle|couvre|paie|paye|inclut|comprend|settles|covers|clears|pays|"
                  "includes|salda|copre|paga|liquida|cobre} {la|le|les|l|nos|vos|the|our|your|invoice|invoices|facture|"
                  "factures|fattura|fatture|fatura|faturas|a|as|#}")
REMITTANCE = REMITTANCE + (
    rule(
        "remittance_advice.any.which_settles",
        STRONG,
        # told as made (a day past or today, or a past participle) and what it settles
        "{virement|paiement|reglement|versement|transfer|payment|wire|remittance|bonifico|pagamento|versamento|"
        "transferencia} _3 {hier|d hier|de hier|ce jour|du jour|aujourd hui|yesterday|yesterday's|today|today's|ieri|di ieri|"
        "oggi|di oggi|ontem|de ontem|hoje|de hoje|effectue|fait|execute|made|sent|done|effettuato|eseguito|disposto|"
        "efetuada|feita|realizada} _3 {,}? " + _WHICH_SETTLES,
        _TODAY + " {'s}? {virement|paiement|reglement|transfer|payment|wire|remittance|bonifico|pagamento|transferencia} "
        "_3 {,}? " + _WHICH_SETTLES,
        blockers=tuple(w for w in _NOT_PAST if w not in ("qui", "what", "quoi", "welche")),
    ),
)

# Round 18 (the arrival of dev108-dev111): Polish, read by the blank English tokenizer. Written
# with its letters; the rule engine folds "ł" to "l" with the other accents (intent_engine.rule_fold),
# so "zapłacimy" also matches "zaplacimy". Polish negates with "nie" before the verb ("nie
# zapłacimy", "nie została zapłacona"), which the engine's negations do not hold: it blocks every
# rule below, as a condition ("jeśli", "gdy") does.
_PL_NOT = ("nie", "jesli", "jezeli", "gdyby", "czy", "kiedy", "gdy", "dopoki", "chyba")
_PL_PAY_NOUN = "{przelew|przelewy|płatność|płatności|wpłata|wpłaty|zapłata|należność|kwota|kwotę|środki|pieniądze|spłata}"


def _pl_rule(name: str, weight: float, *patterns: str, blockers: tuple[str, ...] = ()) -> Rule:
    return rule(name, weight, *patterns, blockers=blockers)


PROMISE = PROMISE + (
    _pl_rule(
        "promise_to_pay.pl.future",
        CLEAR,
        # the perfective future, first person: "zapłacimy do piątku", "ureguluję fakturę w przyszłym tygodniu",
        # "w piątek puścimy 10 000 zł", "przelejemy resztę do końca miesiąca"
        "{zapłacimy|zapłacę|uregulujemy|ureguluję|spłacimy|spłacę|opłacimy|opłacę|przelejemy|przeleję|wpłacimy|wpłacę|"
        "puścimy|puszczę|przekażemy}",
        "{wyślemy|wyślę|zlecimy|zlecę|zrobimy|zrobię|wykonamy|wykonam|nadamy} {przelew|przelewy|płatność|wpłatę}",
        "{dokonamy|dokonam} {przelewu|płatności|wpłaty|zapłaty|spłaty}",
        # the passive future: "faktura zostanie zapłacona w piątek", "przelew zostanie wysłany jutro"
        "{zostanie|zostaną|będzie|będą} {zapłacona|zapłacone|zapłacony|opłacona|opłacone|opłacony|uregulowana|"
        "uregulowane|uregulowany|spłacona|spłacone|przelana|przelane|przelany|wysłany|wysłana|wysłane|zlecony|zlecona|"
        "wykonany|wykonana|zrealizowany|zrealizowana|puszczony|puszczona|dokonany|dokonana}",
        _PL_PAY_NOUN + " {nastąpi|nastąpią|wyjdzie|wyjdą|pójdzie|pójdą|dotrze|dotrą}",
        "{postaram|postaramy} się _3 {zapłacić|uregulować|spłacić|przelać|wpłacić|opłacić}",
        "{otrzymają|otrzymacie|dostaną|dostaniecie} {państwo|pan|pani}? _3 " + _PL_PAY_NOUN,
        blockers=_PL_NOT + ("juz", "wczoraj"),
    ),
)
ALREADY_PAID = ALREADY_PAID + (
    _pl_rule(
        "already_paid.pl.claim",
        CLEAR,
        # "zapłaciliśmy tę fakturę 3 listopada", "faktura została już opłacona", "przelew wykonany 28.10"
        "{zapłaciliśmy|zapłaciłem|zapłaciłam|zapłaciła|zapłacił|opłaciliśmy|opłaciłem|opłaciłam|uregulowaliśmy|"
        "uregulowałem|uregulowałam|spłaciliśmy|spłaciłem|przelaliśmy|przelałem|przelałam|wpłaciliśmy|wpłaciłem}",
        "{wysłaliśmy|wysłałem|wysłałam|zleciliśmy|zleciłem|zleciłam|wykonaliśmy|wykonałem|wykonałam|zrobiliśmy|zrobiłem|"
        "puściliśmy|puściłem|nadaliśmy|zrealizowaliśmy|zrealizowałem} {już}? _2 {przelew|przelewy|płatność|wpłatę}",
        "{dokonaliśmy|dokonałem|dokonałam} {już}? {przelewu|płatności|wpłaty|zapłaty|spłaty}",
        "{został|została|zostały|zostało|jest|są} {już}? {zapłacona|zapłacone|zapłacony|opłacona|opłacone|opłacony|"
        "uregulowana|uregulowane|uregulowany|spłacona|spłacone|przelana|przelany|wysłany|wykonany|zlecony|zrealizowany|"
        "zaksięgowany|zaksięgowana}",
        "{przelew|przelewy|płatność|wpłata} {już}? {wykonany|wykonane|wykonana|zrealizowany|zrealizowana|wysłany|wysłane|"
        "zlecony|zlecone|dokonana|dokonany|poszedł|poszła|wyszedł|wyszła}",
        blockers=_PL_NOT + ("zostanie", "bedzie"),
    ),
    _pl_rule(
        # the bank's proof: "w załączeniu potwierdzenie przelewu" (a subject "Potwierdzenie płatności" heads an
        # advice as often as a claim)
        "already_paid.pl.proof",
        MEDIUM,
        "potwierdzenie {przelewu|przelewów|wpłaty|płatności|zapłaty|dokonania przelewu|dokonania płatności}",
        blockers=_PL_NOT + ("prosimy", "prosze", "prosba", "zostanie", "bedzie"),
    ),
)
_PL_PAID_US = ("{zapłaciliśmy|przelaliśmy|wykonaliśmy|zleciliśmy|wysłaliśmy|uregulowaliśmy|opłaciliśmy|puściliśmy|"
               "zrealizowaliśmy|dokonaliśmy}")
REMITTANCE = REMITTANCE + (
    _pl_rule(
        "remittance_advice.pl.advice",
        STRONG,
        # "awizo płatności", "specyfikacja przelewu", "przelew obejmuje faktury", "zapłaciliśmy następujące faktury"
        "{awizo|awizacja|specyfikacja|zestawienie|wykaz} {płatności|przelewu|przelewów|wpłaty|zapłaconych|opłaconych}",
        "{przelew|płatność|wpłata|kwota} {obejmuje|dotyczy|pokrywa|reguluje} {faktury|fakturę|następujące|poniższe|faktur}",
        "{zapłaciliśmy|opłaciliśmy|uregulowaliśmy|przelaliśmy|spłaciliśmy} {następujące|poniższe} {faktury|pozycje|dokumenty}",
        blockers=_PL_NOT,
    ),
    _pl_rule(
        "remittance_advice.pl.paid_today",
        CLEAR,
        # "dziś zapłaciliśmy", "w dniu dzisiejszym zrealizowaliśmy przelew"
        "{dziś|dzisiaj|dzisiejszym} _4 " + _PL_PAID_US,
        _PL_PAID_US + " _5 {dziś|dzisiaj}",
        "{przelew|płatność|wpłata} {z}? {dnia}? {dzisiejszego|dzisiejszy|dzisiejsza}",
        blockers=_PL_NOT,
    ),
)
PAYMENT_PLAN = PAYMENT_PLAN + (
    _pl_rule(
        "payment_plan_request.pl.instalments",
        STRONG,
        # "prośba o rozłożenie płatności na raty", "czy możemy rozłożyć należność na trzy raty", "harmonogram spłat"
        "{rozłożenie|rozłożenia|rozłożeniu|rozłożyć|rozłożymy|rozłożylibyśmy|rozłożone|rozłożona} _6 {na|w} {raty|rat|"
        "ratach|transze|części}",
        "{na|w} {#|dwie|trzy|cztery|pięć|sześć|kilka} {raty|rat|ratach|transze|transz|części} {miesięczne|miesięcznych|"
        "równe|równych|po|:|,}",
        "{harmonogram|harmonogramu|harmonogramie|plan|planu} {spłat|spłaty|płatności|ratalny|rat}",
        "{spłata|spłatę|płatność|płatności|zapłata} {ratalna|ratalnie|w ratach}",
        "{system|sposób|tryb} ratalny",
        # longer terms: "przedłużenie terminu płatności do 60 dni", "odroczenie płatności"
        "{wydłużenie|wydłużyć|przedłużenie|przedłużyć|odroczenie|odroczyć|prolongata|prolongatę|prolongaty|prolongowanie} "
        "{terminu|termin|terminów}? {płatności|zapłaty|spłaty}",
        blockers=("jesli", "jezeli", "gdyby"),
    ),
)


# Round 19 (the arrival of dev112-dev115): Danish and Swedish, read by the blank English tokenizer
# ("ø" is not folded: "beløb"; "å", "ä", "ö" are). Both negate after the verb ("vi betaler ikke",
# "vi betalar inte fakturan"), which the engine reads (its POST_NEGATIONS); a condition or a
# "not yet" before a match blocks it too.
_NORDIC_NOT = ("ikke", "inte", "ej", "aldrig", "endnu", "ännu", "hvis", "om", "når", "när", "hvornår", "hvornar",
               "dersom", "aldri",  # Round 20: Norwegian (and Danish) "if", Norwegian "never"
               "ifall", "såfremt", "safremt", "kan", "kunne", "kunna")
_NORDIC_WHEN = ("{#|på|senest|senast|inden|innan|i morgen|imorgon|i övermorgen|i overmorgen|i dag|idag|nu|"
                "næste|nästa|naeste|nasta|kommende|kommande|denne|denna|i slutningen|i slutet|sidst|sist|slutet|"
                "ultimo|primo|inom|indenfor|indom|mandag|tirsdag|onsdag|torsdag|fredag|måndag|tisdag|"
                "lørdag|lördag|søndag|söndag|hurtigst|snarast|snarest|straks|omgående|med det samme}")
_NORDIC_OBJECT = ("{#|resten|restbeløbet|restbeloebet|restbeloppet|resterande|resterende|beløbet|beloebet|beloppet|"
                  "fakturaen|fakturan|fakturorna|fakturaerne|hele|halvdelen|halva|halvparten|saldot|saldoen|"
                  "det|dem|den|dom|kr|dkk|sek|pengene|pengarna|summen|summan}")
_NORDIC_PAY = ("{betaler|betalar|overfører|overforer|overfoerer|överför|overfor|indbetaler|inbetalar|afregner|"
               "avregner|udligner}")
_NORDIC_PAID = ("{betalt|betald|betalda|betalte|betalat|overført|overfort|overfoert|överförd|överfört|överförda|"
                "indbetalt|inbetald|inbetalt|inbetalda|afregnet|udlignet}")
PROMISE = PROMISE + (
    rule(
        "promise_to_pay.nordic.we_pay",
        STRONG,
        # "vi betaler resten på fredag", "vi betalar 20 000 kr på fredag", "jeg overfører beløbet inden fredag"
        # "vi betaler selvfølgelig på fredag", "vi betalar då senast fredag"
        "{vi|jeg|jag} " + _NORDIC_PAY + " _2 " + _NORDIC_WHEN,
        "{vi|jeg|jag} " + _NORDIC_PAY + " " + _NORDIC_OBJECT + " _4 " + _NORDIC_WHEN,
        # "vi vil betale", "vi skal overføre", "vi kommer att betala", "jag ska betala"
        "{vi|jeg|jag} {vil|skal|ska|skall|kommer att|kommer til at|regner med at|räknar med att|raknar med att|"
        "planlægger at|planerar att|lover at|lovar att} {betale|betala|overføre|overfore|överföra|overfora|indbetale|"
        "inbetala|sende|skicka|afregne|udligne}",
        # "beløbet overføres på fredag", "fakturan betalas senast fredag", "resten bliver betalt i næste uge"
        "{beløbet|beloebet|beloppet|fakturaen|fakturan|fakturorna|fakturaerne|resten|restbeløbet|restbeloppet|"
        "betalingen|betalningen|pengene|pengarna|det|den|#} {overføres|överförs|betales|betalas|sendes|skickas|"
        "indbetales|inbetalas|bliver betalt|bliver overført|vil blive betalt|vil blive overført|kommer att betalas|"
        "kommer att överföras|kommer att skickas} " + _NORDIC_WHEN,
        # "I får 10.000 i slutningen af næste uge", "ni får pengarna på fredag"
        "{i|ni} {får|far|faar} {#|pengene|pengarna|beløbet|beloebet|beloppet|betalingen|betalningen|resten|det|dem} _4 "
        + _NORDIC_WHEN,
        # "betalingen går ud på fredag", "betalningen sker senast den 15"
        "{betalingen|betalningen|overførslen|overforslen|överföringen|inbetalningen|indbetalingen} {sker|går|gar|"
        "sendes|skickas|kommer|foretages|ske|genomförs|udføres} {ud|ut|iväg|ivag|afsted|af sted}? " + _NORDIC_WHEN,
        blockers=_NORDIC_NOT,
    ),
)
ALREADY_PAID = ALREADY_PAID + (
    rule(
        "already_paid.nordic.paid",
        STRONG,
        # "vi har redan betalt 27 320 kr", "jeg har betalt den", "vi betalte fakturaen den 2.", "vi betalade i september"
        "{vi|jeg|jag} {har|havde|hade} {allerede|redan|nu|faktisk}? " + _NORDIC_PAID,
        "{vi|jeg|jag} {allerede|redan}? {betalte|betalade|overførte|overforte|överförde|overforde|indbetalte|inbetalade}",
        # "fakturaen er betalt", "den her faktura (4530) blev betalt fredag", "beløbet blev overført i går"
        "{faktura|fakturaen|fakturan|fakturaerne|fakturorna|beløbet|beloebet|beloppet|betalingen|betalningen|"
        "pengene|pengarna|den|det|de|dem|#} _3 {er|blev|är|var|blevet|blivit|har blivit|er blevet} {allerede|redan|nu}? "
        + _NORDIC_PAID,
        "{allerede|redan} " + _NORDIC_PAID,
        blockers=_NORDIC_NOT + ("hvorfor", "varför", "varfor", "skal", "ska", "skall", "vil", "bliver", "blir"),
    ),
)
REMITTANCE = REMITTANCE + (
    rule(
        "remittance_advice.nordic.advice",
        STRONG,
        # "vedhæftet betalingsadvis", "bifogar betalningsspecifikation för dagens utbetalning"
        "{betalingsadvis|betalingsavis|betalingsadviset|betalingsadvisering|betalningsavi|betalningsavin|betalningsavisering|"
        "betalningsspecifikation|betalningsspecifikationen|betalingsspecifikation|betalingsspecifikationen|"
        "betalningsspec|betalingsspec|remitteringsadvis|remissadvis}",
        "{specifikation|specifikationen|oversigt|översikt|oversikt} {af|av|over|över|på} {betalingen|betalningen|"
        "indbetalingen|inbetalningen|udbetalingen|utbetalningen|dagens|vores|vår|vores betaling|vår betalning}",
        "{følgende|folgende|følgende|följande|foljande} {fakturaer|fakturor|poster} {er|är|ar|har|blev} {blevet|blivit}? "
        "{betalt|betalda|betalte|inkluderet|inkluderade|omfattet|omfattas|udlignet}",
        "{betalingen|betalningen|overførslen|överföringen|indbetalingen|inbetalningen} {dækker|daekker|omfatter|omfattar|"
        "avser|gäller|galler|vedrører|vedrorer|består av|består af}",
        blockers=("hvis", "om", "ikke", "inte", "ej", "send", "sende", "skicka", "mangler", "saknar", "saknas"),
    ),
)
PAYMENT_PLAN = PAYMENT_PLAN + (
    rule(
        "payment_plan_request.nordic.plan",
        STRONG,
        # "kan vi lave en afdragsordning", "vi önskar en avbetalningsplan", "betala i tre delbetalningar"
        "{afdragsordning|afdragsordningen|afbetalingsordning|afbetalingsplan|rateordning|ratebetaling|ratebetalinger|"
        "afdragsplan|betalingsplan|betalningsplan|avbetalningsplan|avbetalningsplanen|amorteringsplan|delbetalningsplan|"
        "betalingsaftale|betalningsöverenskommelse|betalningsoverenskommelse}",
        "{betale|betala|dele|fordele|fördela|fordela|dela upp|dele op} _4 {i|på|pa|over|över} {#|to|tre|fire|fem|seks|två|"
        "tva|fyra|sex|flere|flera|nogle|några|nagra|månedlige|månatliga} {rater|afdrag|delbetalinger|delbetalningar|"
        "omgange|omgångar|omgangar|portioner|dele|delar|måneder|manader|månader|maneder}",
        # "længere betalingsfrist", "gå fra 30 til 60 dages betalingsfrist", "anstånd med betalningen"
        "{længere|laengere|længre|längre|langre|forlænget|forlaenget|förlängd|forlangd|udvidet|utökad|utokad} "
        "{betalingsfrist|betalningsfrist|kredittid|kredit|betalingsbetingelser|betalningsvillkor|frist}",
        "{forlænge|forlaenge|forlænget|förlänga|forlanga|förlängning|forlangning|forlængelse|forlaengelse|udskyde|"
        "udsætte|udsaette|skjuta upp} _3 {betalingsfristen|betalningsfristen|betalingsfrist|betalningsfrist|betalingen|"
        "betalningen|forfaldsdatoen|förfallodagen|forfallodagen}",
        "{fra|från|fran} # {til|till} # {dages|dage|dagar|dagars} {betalingsfrist|betalningsfrist|kredit|netto}?",
        "{henstand|anstand|anstånd|betalningsanstånd|betalingsudsættelse|betalingsudsaettelse|uppskov} {med|på|pa|af|til|i} "
        "{betalingen|betalningen|fakturaen|fakturan|beløbet|beloppet|#|nogle|några|nagra|en|et|ett|to|två}",
        blockers=("ikke", "inte", "ej", "aftalte", "avtalade", "bekræfter", "bekräftar", "tak for", "tack för"),
    ),
)


# Round 20 (dev116, a Bergen exporter's Norwegian customers): Norwegian bokmål. Close to Danish, but
# its own forms: the passive "blir betalt"/"ble betalt" (Danish "bliver"/"blev"), "innen"/"om 10 dager"/
# "i løpet av"/"neste uke"/"i slutten av", "avdrag", "nedbetalingsplan", "utsettelse". Negation after
# the verb as in Danish ("vi betaler ikke", "ble aldri betalt"); "dersom"/"hvis"/"når" before a match
# make it a condition. Norwegian "om" is also "in" ("om 7 dager"), so it is no blocker here.
_NB_NOT = ("ikke", "aldri", "ennå", "enda", "hvis", "dersom", "når", "nar", "kan", "kunne", "hvorfor")
_NB_WHEN = ("{#|på|pa|senest|innen|i morgen|imorgen|i overmorgen|i dag|idag|nå|na|neste|kommende|denne|"
            "i slutten|i løpet|i lopet|ultimo|primo|om #|om en|om to|om tre|om fire|om fjorten|mandag|tirsdag|"
            "onsdag|torsdag|fredag|lørdag|lordag|søndag|sondag|snarest|straks|omgående|omgaende|med en gang|"
            "januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember}")
_NB_OBJECT = ("{#|resten|restbeløpet|restbelopet|beløpet|belopet|fakturaen|fakturaene|hele|halvparten|saldoen|det|"
              "dem|den|de|kr|nok|pengene|summen}")
PROMISE = PROMISE + (
    rule(
        "promise_to_pay.nb.we_pay",
        STRONG,
        # "vi betaler resten innen fredag", "jeg overfører beløpet i løpet av neste uke"
        "{vi|jeg} {betaler|overfører|overforer|innbetaler|gjør opp|gjor opp} _2 " + _NB_WHEN,
        "{vi|jeg} {betaler|overfører|overforer|innbetaler} " + _NB_OBJECT + " _4 " + _NB_WHEN,
        # "vi skal betale", "vi kommer til å betale", "jeg regner med å overføre"
        "{vi|jeg} {vil|skal|kommer til å|kommer til a|regner med å|regner med a|lover å|lover a|planlegger å|"
        "planlegger a} {betale|overføre|overfore|innbetale|gjøre opp|gjore opp}",
        # "24609 blir betalt fredag", "fakturaen betales innen 10 dager", "resten vil bli overført om en uke"
        "{beløpet|belopet|fakturaen|fakturaene|resten|restbeløpet|restbelopet|betalingen|pengene|det|den|de|disse|"
        "begge|#} {betales|overføres|overfores|innbetales|blir betalt|blir overført|blir overfort|vil bli betalt|"
        "vil bli overført|vil bli overfort|skal betales|skal bli betalt|kommer til å bli betalt} " + _NB_WHEN,
        # "dere får pengene fredag", "dere mottar betalingen i løpet av uken"
        "dere {får|far|mottar} {#|pengene|beløpet|belopet|betalingen|resten|det|dem|innbetalingen} _4 " + _NB_WHEN,
        # "betalingen går ut fredag", "innbetalingen skjer innen den 15."
        "{betalingen|overføringen|overforingen|innbetalingen} {skjer|går|gar|sendes|kommer|gjennomføres} {ut}? "
        + _NB_WHEN,
        blockers=_NB_NOT,
    ),
)
_NB_PAID = "{betalt|overført|overfort|innbetalt|oppgjort|gjort opp}"
ALREADY_PAID = ALREADY_PAID + (
    rule(
        "already_paid.nb.paid",
        STRONG,
        # "vi har allerede betalt", "jeg betalte den 3. november", "vi overførte beløpet i går"
        "{vi|jeg} {har|hadde} {allerede|nå|faktisk|jo}? " + _NB_PAID,
        "{vi|jeg} {allerede}? {betalte|overførte|overforte|innbetalte}",
        # (the verb first after an object, "den betalte vi 3. november", is already_paid.nordic.fronted)
        # "fakturaen ble betalt 30.10", "24632 er betalt", "resten av beløpet har blitt overført"
        "{faktura|fakturaen|fakturaene|beløpet|belopet|resten|restbeløpet|restbelopet|betalingen|pengene|den|det|de|"
        "dem|#} _6 {ble|er|var|har blitt|er blitt|ble jo} {allerede|nå|na|jo}? " + _NB_PAID,
        blockers=_NB_NOT + ("skal", "vil", "blir", "ikke", "aldri"),
    ),
)
REMITTANCE = REMITTANCE + (
    rule(
        "remittance_advice.nb.advice",
        STRONG,
        # "vedlagt betalingsspesifikasjon", "spesifikasjon av dagens innbetaling", "innbetalingen gjelder følgende"
        "{betalingsspesifikasjon|betalingsspesifikasjonen|betalingsavisen|remitteringsavis|innbetalingsspesifikasjon}",
        "{spesifikasjon|spesifikasjonen|oversikt|oversikten} {av|over|på|pa} {betalingen|innbetalingen|utbetalingen|"
        "dagens|vår|var|overføringen|overforingen}",
        "{følgende|folgende} {fakturaer|poster} {er|ble|har blitt} {betalt|inkludert|omfattet|dekket|gjort opp}",
        "{betalingen|innbetalingen|overføringen|overforingen} {dekker|omfatter|gjelder|består av|bestar av}",
        blockers=("hvis", "dersom", "ikke", "send", "sende", "mangler", "savner"),
    ),
)
PAYMENT_PLAN = PAYMENT_PLAN + (
    rule(
        "payment_plan_request.nb.plan",
        STRONG,
        # "kan vi få en nedbetalingsplan", "en avdragsordning", "betalingsutsettelse på fakturaen"
        "{nedbetalingsplan|nedbetalingsplanen|avdragsordning|avdragsordningen|avdragsplan|betalingsplan|"
        "betalingsavtale|betalingsordning|betalingsutsettelse|betalingsutsettelsen|nedbetalingsavtale}",
        # "betale i tre avdrag", "dele det opp i fire like avdrag", "fordele beløpet over tre måneder"
        "{betale|dele|fordele|dele opp} _4 {i|på|pa|over} {#|to|tre|fire|fem|seks|flere|noen} {like|månedlige|manedlige}? "
        "{avdrag|rater|delbetalinger|omganger|deler|måneder|maneder|terminer}",
        # "lengre betalingsfrist", "kan vi få 30 dager netto", "gå over til 60 dagers betalingsvilkår"
        "{lengre|forlenget|utvidet|utvide|forlenge} {betalingsfrist|betalingsfristen|kredittid|kredittiden|kreditt|"
        "betalingsvilkår|betalingsvilkar|frist|fristen}",
        "{få|fa|gå over til|ga over til|gå över till|ga over till} # {dager|dagers|dagars} {netto|betalingsfrist|kreditt|"
        "betalingsvilkår|betalingsvilkar|betalningsvillkor|betalningsfrist|kredit}",
        "{utsettelse|utsettelsen|henstand|anstand} {med|på|pa|til} {betalingen|fakturaen|beløpet|belopet|#|noen|en|et|"
        "to|tre}",
        blockers=("ikke", "aldri", "avtalte", "bekrefter", "takk for"),
    ),
)


# Round 20 (the arrival of dev116-dev119): a Spanish instalment proposal in the Mexican/US way of
# writing it: an amount "cada quincena" / "cada semana" / "al mes" until the debt is cleared ("hasta
# liquidar"), after "we can't pay it all together" ("no podemos pagar todo junto", "de un jalón").
# A condition ("si") or a past ("pagamos cada mes" as a habit) stays out: the pay verb must be an
# offer (infinitive after a proposal verb, or a first-person future/conditional).
PAYMENT_PLAN = PAYMENT_PLAN + (
    rule(
        "payment_plan_request.es.periodic",
        STRONG,
        # "te propongo pagar 8 mil dólares cada quincena", "podríamos abonar 2,000 al mes"
        "{propongo|proponemos|ofrezco|ofrecemos|podriamos|podemos|quisieramos|queremos|pido|pedimos} {pagar|abonar|"
        "depositar|mandar|enviar|cubrir|liquidar} _6 {cada quincena|cada semana|cada mes|cada quince dias|"
        "cada 15 dias|cada dos semanas|cada 2 semanas|quincenalmente|semanalmente|mensualmente|por quincena|"
        "por semana|por mes|al mes|a la semana|a la quincena}",
        "{pagariamos|abonariamos|depositariamos|mandariamos|pagaremos|abonaremos|depositaremos|mandaremos|"
        "te pago|les pago|les mando|te mando|te deposito|les deposito} _6 {cada quincena|cada semana|cada mes|"
        "cada quince dias|cada 15 dias|cada dos semanas|quincenalmente|semanalmente|mensualmente|por quincena|"
        "al mes|a la semana} _8 {hasta} {liquidar|saldar|cubrir|completar|terminar|pagar}",
        blockers=("si", "cuando", "ya", "siempre"),
    ),
    rule(
        "payment_plan_request.es.not_all_together",
        MEDIUM,
        # "no podemos pagar todo junto", "no nos alcanza para pagarlo de un jalón"
        "{no} _4 {pagar|pagarlo|pagarlas|pagarles|liquidar|liquidarlo|cubrir|cubrirlo|saldar} _2 {todo junto|"
        "todo juntos|todas juntas|de un jalon|en una sola exhibicion|todo de una vez|todo de golpe|de un solo pago}",
        negatable=False,
    ),
)


# Round 20 (dev116's Swedish): the paid claim with its object fronted, the verb before the subject
# ("den betalade vi den 3 november", "fakturaen betalte vi i sidste uge"), and a move to longer terms
# said as "60 dagars betalningsvillkor istället för 30" / "gå över till 60 dagar" (docs/labelling.md:
# longer terms are a payment plan request). Questions ("varför", "hvorfor") and conditions stay out.
ALREADY_PAID = ALREADY_PAID + (
    rule(
        "already_paid.nordic.fronted",
        STRONG,
        "{den|det|dem|de|fakturan|fakturaen|fakturorna|fakturaerne|fakturaene|beloppet|beløbet|beloebet|beløpet|#} "
        "{betalade|betalte|överförde|overforde|overførte|inbetalade|indbetalte|innbetalte} {vi|jeg|jag} "
        "{redan|allerede}? {den|på|pa|i|d|för|for|forrige|sidste|förra|forra|igår|igar|#day|#}",
        blockers=_NORDIC_NOT + ("hvorfor", "varför", "varfor", "skal", "ska", "skall", "vil"),
    ),
)
PAYMENT_PLAN = PAYMENT_PLAN + (
    rule(
        "payment_plan_request.nordic.longer_terms",
        STRONG,
        "# {dagars|dages|dagar|dage|dagers} {betalningsvillkor|betalingsbetingelser|betalingsvilkår|betalningsfrist|"
        "betalingsfrist|kredittid|kredit|netto} {istället för|i stället för|istallet for|i stallet for|i stedet for|"
        "istedet for|istedenfor|snarare än} #",
        "{gå över till|ga over till|gå over til|ga over til|övergå till|overga till|ändra till|andra till|ændre til|"
        "aendre til|byta till|skifte til|endre til} # {dagars|dages|dagar|dage|dagers}",
        blockers=("ikke", "inte", "ej", "aftalte", "avtalade", "bekræfter", "bekräftar", "tak for", "tack för"),
    ),
)


# Round 20 (the arrival of dev116-dev119): Czech, read by the blank English tokenizer and written
# with its letters (the fold removes háček and čárka, so "uhradime" typed without them matches).
# Czech negates with the prefix ne- on the verb ("nezaplatíme", "nebyla uhrazena"), a different token
# that none of these patterns accepts; a negated helper before the match ("nemůžeme", "nejsme schopni")
# or a condition ("pokud", "jestli", "kdyby") blocks it.
_CS_NOT = ("ne", "pokud", "jestli", "jestliže", "jestlize", "kdyby", "kdy", "zda", "zdali", "nemůžeme", "nemuzeme",
           "nejsme", "nebude", "nebudeme", "není", "neni", "nelze", "proč", "proc")
_CS_PAY_NOUN = "{platbu|platba|peníze|částku|částka|zbytek|doplatek|úhradu|úhrada|splátku|zálohu}"
PROMISE = PROMISE + (
    rule(
        "promise_to_pay.cs.future",
        CLEAR,
        # the perfective future, first person: "uhradíme v pátek", "zaplatíme příští týden", "doplatíme do konce měsíce"
        "{zaplatíme|zaplatím|uhradíme|uhradím|doplatíme|doplatím|splatíme|splatím|vyrovnáme|proplatíme|uhradíme Vám}",
        # sending the money: "platbu pošleme ve středu", "pošleme v pondělí 50 tisíc", "zbytek převedeme do pátku"
        "{pošleme|pošlu|odešleme|odešlu|převedeme|převedu|zašleme|poukážeme|poukážu} _3 {" + _CS_PAY_NOUN[1:-1] + "|#|tisíc|tis|kč|czk}",
        _CS_PAY_NOUN + " _3 {pošleme|pošlu|odešleme|odešlu|převedeme|převedu|zašleme|poukážeme|uhradíme|zaplatíme}",
        # "platba odejde zítra", "peníze dorazí do pátku", "faktura bude uhrazena v pondělí"
        "{platba|úhrada|peníze|částka|převod} {odejde|odejdou|odchází|dorazí|dorazí|přijde|přijdou|půjde|bude odeslána|"
        "bude odeslaná|bude odeslán}",
        "{bude|budou} {uhrazena|uhrazená|uhrazeno|uhrazeny|uhrazen|zaplacena|zaplacená|zaplaceno|zaplaceny|zaplacen|"
        "proplacena|proplaceno|odeslána|odeslaná}",
        # the instruction to pay given to an accountant: "dal mi pokyn zaplatit ... do konce měsíce"
        "pokyn {k}? {zaplatit|uhradit|úhradě|zaplacení|platbě}",
        blockers=_CS_NOT,
    ),
)
ALREADY_PAID = ALREADY_PAID + (
    rule(
        "already_paid.cs.claim",
        CLEAR,
        # "zaplatili jsme 27.10.", "fakturu jsme uhradili", "platbu jsme odeslali minulý týden"
        "{zaplatili|uhradili|zaplatil|zaplatila|uhradil|uhradila|doplatili|proplatili|zaplatil jsem|uhradil jsem} {jsme|jsem}?",
        "{odeslali|poslali|převedli|zadali} {jsme|jsem} _3 {platbu|peníze|částku|úhradu|převod|příkaz}",
        # "faktura je uhrazena", "je u nás zaplacená už 27.10.", "bylo uhrazeno 3. 11.", "zaplaceno dne"
        "{je|jsou|byla|byl|bylo|byly} _2 {uhrazena|uhrazená|uhrazeno|uhrazeny|uhrazen|zaplacena|zaplacená|zaplaceno|"
        "zaplaceny|zaplacen|proplacena|proplaceno|proplacená|odeslána|odeslaná}",
        "{zaplaceno|uhrazeno|proplaceno|odesláno} {dne|již|už}",
        blockers=_CS_NOT + ("bude", "budou", "musi", "ma", "maji", "mela"),
    ),
)
REMITTANCE = REMITTANCE + (
    rule(
        "remittance_advice.cs.advice",
        STRONG,
        # "avízo platby", "v příloze avízo o úhradě", "rozpis platby", "platba zahrnuje faktury ..."
        "{avízo|avíza|avizace} {platby|o platbě|úhrady|o úhradě|k platbě|k úhradě}?",  # not "aviso" (Spanish "I notify")
        "{rozpis|specifikace|specifikaci|přehled} {platby|úhrady|plateb|uhrazených}",
        "{platba|úhrada|převod|částka} {zahrnuje|pokrývá|obsahuje|se týká|je za} {faktury|faktur|fakturu|následující|tyto}",
        "{uhradili|zaplatili} jsme {následující|tyto|níže uvedené} {faktury|položky|doklady}",
        blockers=_CS_NOT,
    ),
)
PAYMENT_PLAN = PAYMENT_PLAN + (
    rule(
        "payment_plan_request.cs.instalments",
        STRONG,
        # "splátkový kalendář", "rozdělit na 3 splátky", "navrhujeme dvě splátky", "odklad splatnosti"
        "{splátkový|splatkovy|splátkového|splátkovém|splátkovým} {kalendář|kalendáře|kalendáři|kalendářem}",
        "{rozdělit|rozdělení|rozložit|rozložení|rozdělili|rozložili|zaplatit|uhradit|platit|hradit} _5 {na|ve|v|do} "
        "{#|dvě|dva|tři|čtyři|pět|šest|několik|více} {splátky|splátek|splátkách|částech|části|díly}",
        "{navrhujeme|navrhuji|navrhli|prosíme o|prosím o|žádáme o|žádám o} {#|dvě|tři|čtyři|pět|šest|několik}? "
        "{splátky|splátek|splátkový}",
        "{odklad|odkladu|odložení|prodloužení|prodloužit|posunutí|posunout|posunuti} {splatnosti|lhůty|termínu splatnosti|"
        "data splatnosti|platby|úhrady}",
        blockers=("pokud", "jestli", "kdyby", "dle", "podle", "dohodnuteho", "dohodnuty", "sjednaneho", "sjednany",
                  "dekujeme", "dekuji"),
    ),
)
