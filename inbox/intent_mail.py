"""Rules for the mailbox intents: document_request, contact_update, auto_reply and bounce.

auto_reply and bounce come mainly from header flags (is_auto_reply, is_bounce); these
text rules are the fallback when the headers said nothing.
"""
from __future__ import annotations

from inbox.intent_engine import CLEAR, HINT, MEDIUM, STRONG, WEAK, Rule, rule

_SEND_EN = "{send|resend|re send|forward|provide|share|email|mail|supply|issue|reissue|re issue|give|post|attach|furnish|get}"
_DOC_EN = "{w-9|w-8|w-8ben|coi|certificate of insurance|copy|copies|duplicate|pdf|statement|statements|proof of delivery|pod|delivery note|delivery notes|w 9|w9|w 8ben|w8|invoice|invoices|bank details|banking details|bank account details|iban|remittance details|breakdown|credit note|signed|timesheet|timesheets|purchase order|po|certificate|documentation|documents|backup|back up|supporting|itemised|itemized|detailed}"
_DOC_FR = "{etat de compte|etat|situation|copie|copies|duplicata|facture|factures|releve|releves|extrait|rib|coordonnees bancaires|bon de livraison|bons de livraison|preuve|attestation|avoir|justificatif|justificatifs|kbis|detail|details|document|documents|pdf|bon de commande|ordre}"
_DOC_DE = "{rechnungskopie|kopie|kopien|duplikat|rechnung|rechnungen|kontoauszug|kontoubersicht|saldenbestatigung|saldenliste|offene posten liste|op liste|lieferschein|lieferscheine|liefernachweis|bankverbindung|bankdaten|gutschrift|nachweis|nachweise|unterlagen|aufstellung|pdf|bestellung|belege|beleg}"
_DOC_ES = "{copia|copias|duplicado|factura|facturas|extracto|estado de cuenta|albaran|albaranes|prueba de entrega|certificado|datos bancarios|abono|nota de credito|justificante|documentacion|documento|documentos|pdf|detalle|desglose|orden de compra|pedido}"

DOCUMENT_REQUEST: tuple[Rule, ...] = (
    rule(
        "document_request.en.send",
        CLEAR,
        f"{{could|can|would|please|kindly|pls|plz}} {{you}}? {{please|kindly|also}}? {_SEND_EN} {{us|me|over|through|across|again}}? {{a|an|the|your|another|our|all|any|copies of|a copy of|them|it|updated|an updated|a new|corrected|a corrected}}? _3 {_DOC_EN}",
        f"{{need|require|request|requesting|want|missing|ask for|asking for|looking for|waiting for|would like|would appreciate|have not got}} {{a|an|the|your|another|copies of|a copy of|updated|an updated|a new|corrected|a corrected}}? {_DOC_EN} {{of|for}}?",
        "{w 9 form|w9 form|tax form|bank letter|supplier form|vendor form|vendor setup form}",
        "{resend|re send|re issue|reissue} {the|this|that|these|your|it|them|invoice|invoices|a}?",
        "{where can i|where can we|how can i|how can we|how do we} {find|get|download|access}",
        "{send|resend|forward|email|mail} {me|us} _4 {again|once more|one more time}",
        "{send|provide|share|confirm} {us|me}? {your|the} {bank|banking|remittance|account|payment} {details|information|info}",
    ),
    rule(
        "document_request.any.doc_word",
        WEAK,
        "{statement of account|account statement|proof of delivery|copy invoice|invoice copy|w 9|w9|w-9|w-8ben|w-8|certificate of insurance}",
        "{copy|copies|duplicate|pdf} of {the|this|that|your|all|these|those|our|invoice|invoices} {invoice|invoices|statement|delivery|pod|signed|order|proof}?",
        "{copie|duplicata|double} {de|du|des} {la|le|les|cette|votre}? {facture|factures|releve|bon|avoir}",
        "{releve|extrait|etat|situation} de compte",
        "{rib|releve de identite bancaire|coordonnees bancaires}",
        "{bon|bons|preuve} de livraison",
        "kopie der rechnung",
    ),
    rule(
        "document_request.any.pronoun",
        CLEAR,
        "{could|can|would|please|kindly} {you}? {please|kindly}? {send|provide|supply|share|forward} {us|me}? :",
        "{pourriez vous|pouvez vous|merci de|veuillez|pourriez|pouvez|pourrais tu|peux tu} {nous|me}? {la|le|les} {renvoyer|reediter|retransmettre|transmettre|refaire|corriger|modifier|envoyer|reemettre|faire parvenir|communiquer}",
    ),
    rule(
        "document_request.fr.envoyer",
        CLEAR,
        f"{{merci de|pourriez vous|pouvez vous|pourrais tu|peux tu|veuillez|je vous prie de|nous vous prions de|serait il possible de|est il possible de|pourriez|pouvez}} {{nous|me}}? {{renvoyer|transmettre|faire parvenir|communiquer|adresser|envoyer|fournir|reenvoyer|retransmettre|refaire|reediter|faire suivre|joindre|etablir|emettre}} {{une|un|la|le|les|des|votre|vos|de nouveau|a nouveau}}? _2 {_DOC_FR}",
        f"{{renvoyer|transmettre|faire parvenir|communiquer|envoyer|fournir|reenvoyer|retransmettre|reediter}} {{nous|me}}? {{une|un|la|le|les|des|votre|vos}}? {{copie|duplicata}}",
        "{remercions|remercie|prions|prie} de bien vouloir {nous|me}? {adresser|transmettre|communiquer|envoyer|retourner|faire parvenir|confirmer|renvoyer|fournir}",
        "bien vouloir {nous|me} {adresser|transmettre|communiquer|envoyer|retourner|faire parvenir|renvoyer|fournir}",
        "{besoin|avons besoin|aurions besoin|ai besoin} {de|du|de la|des|de une|de un} _2 {copie|duplicata|facture|releve|rib|justificatif|bon|preuve|attestation|document|documents}",
    ),
    rule(
        "document_request.de.senden",
        CLEAR,
        f"{{senden|schicken|ubermitteln|ubersenden|mailen|zusenden|zuschicken|nachreichen|lassen}} sie {{uns|mir}} _4 {_DOC_DE}",
        f"{{bitte|konnten sie|konnen sie|wurden sie|wir bitten um|ich bitte um|bitten um}} _4 {_DOC_DE} _3 {{zusenden|senden|schicken|ubermitteln|ubersenden|zukommen|mailen|zuschicken|erneut|nochmals|noch einmal}}",
        f"{{um|bitten um|benotigen|brauchen|erbitten|fehlt uns|fehlen uns|wir bitten um}} {{eine|einen|die|den|das|ihre|ihren|erneute}}? {{rechnungskopie|kopie|duplikat|kontoauszug|kontoubersicht|saldenbestatigung|lieferschein|liefernachweis|bankverbindung|offene posten liste|op liste|aufstellung}}",
        "{erneut|nochmals|noch einmal} {zusenden|zuschicken|senden|schicken|ubermitteln}",
        "zukommen lassen",
    ),
    rule(
        "document_request.es.enviar",
        CLEAR,
        f"{{pueden|podrian|puede|podria|podeis|por favor|les rogamos|le rogamos|rogamos|necesitamos|necesitariamos|solicitamos|agradeceriamos|agradecere}} {{enviarnos|mandarnos|remitirnos|reenviarnos|facilitarnos|proporcionarnos|hacernos llegar|enviarme|mandarme|remitirme|reenviarme|facilitarme|nos envien|nos manden|nos remitan|nos reenvien|nos faciliten|que nos envien|que nos remitan|envien|manden|remitan|reenvien|faciliten|enviar|recibir|una|un|la|el|copia}} _3 {_DOC_ES}",
        "{envienos|mandenos|remitannos|reenvienos|facilitenos|mandennos|envienme|mandenme}",
    ),
)

_SEND_TO = (
    "{send|address|direct|forward|email|submit|route|copy|cc|use|contact|write to|reach|envoyer|adresser|transmettre|"
    "contacter|ecrire|senden|schicken|richten|kontaktieren|wenden|enviar|envien|dirijan|contacten|escriban|remitan}"
)

CONTACT_UPDATE: tuple[Rule, ...] = (
    rule(
        "contact_update.en.contact",
        STRONG,
        "{new|updated|changed|different|correct|dedicated} {email|address|email address|contact|contact person|point of contact|ap contact|accounts payable contact|mailbox|billing address|invoice address|invoicing address|contact details|ap email|accounts payable email|billing email|invoicing email}",
        "{our|the|my} {email|address|email address|contact|contact details|billing address|invoice address|mailbox|point of contact} {has|have} {changed|moved|been changed|been updated}",
        "change of {address|contact|email|contact details|name|ownership}",
        "{has|have} {left|departed|moved on from} {the|our|this}? {company|business|organisation|organization|firm|group|team|role|us|department|position}",
        "{has|have} retired",
        "{has|have} taken over",
        "{who|she|he} {has}? {replaced|succeeded} {me|him|her|them}",
        "{i|i am|i have|am} {taking|taken|now taking} over",
        "{replaced by|my replacement|her replacement|his replacement|their replacement|successor|who will be handling|who now handles|who is now responsible|now responsible for|will now handle|will be taking over|is now handling|are now handled}",
        "{my|today is my|tomorrow is my|friday is my} last day",
        "{please|kindly} {send|address|direct|forward|copy|cc|email|submit|route} {all|any}? {future|further}? {ap|accounts payable|billing|invoice|payment|supplier|vendor}? {invoices|invoice|statements|reminders|correspondence|queries|emails|communication|communications|remittances} {to|via|through}",
        "{invoices|statements|reminders|correspondence|queries} {should|must|need to|can} {be}? {sent|addressed|directed|submitted|emailed|uploaded} {to|via|through|only}",
        "{by|via|through} email only",
        "{only|exclusively} {by|via|through} {email|our portal|the portal}",
        "{submit|upload|send} {all|your|future}? {invoices|invoice} {via|through|to|on|in} {our|the} {portal|supplier portal|coupa|ariba|tungsten|basware}",
        "{we have|company has|office has} {moved|relocated}",
        "{name|company name|legal entity|entity} {has|have}? {changed|been changed}",
        f"{_SEND_TO} _8 {{to|at|:|a|au|sur|vers|an|unter|al|en|via}} {{the|our|this|le|la|notre|die|unsere|el|nuestra}}? {{address|email|adresse|email address|mailbox|adresse email|adresse mail|adresse suivante|e mail adresse|direccion|correo|direccion de correo}}? @email",
        "@email {instead|from now on|going forward|in future|henceforth|desormais|dorenavant|a compter|ab sofort|kunftig|zukunftig|en adelante|a partir}",
        "{new|updated|correct|our|nouvelle|neue|nueva} {email|address|email address|contact|adresse|adresse email|e mail adresse|direccion} {is|:|will be|est|ist|es}? @email",
    ),
    rule(
        "contact_update.en.records",
        MEDIUM,
        "{update|amend|change|correct} {your|the|our} {records|record|system|database|contact details|contact list|mailing list|distribution list|address book|details|files|file|contacts}",
    ),
    rule(
        "contact_update.any.platform",
        HINT,
        "{plateforme agreee|plateforme de dematerialisation|pdp|chorus pro|portail fournisseur|portail fournisseurs|adresse de facturation electronique|peppol|coupa|ariba|tungsten|basware|e invoicing|einvoicing|electronic invoicing|supplier portal|xrechnung|zugferd|e rechnung|factura electronica|facturae}",
    ),
    rule(
        "contact_update.en.no_longer",
        STRONG,
        "{is|am|are} {no longer|not longer} {with|at|in|working|employed|responsible|handling|in charge|the contact|part of|dealing}",
        "no longer {works|working|employed|handles|deals|looks after|responsible|in charge|with us|with the company|at|part of}",
        "{wrong|incorrect|not the right|not the correct|not the appropriate} {person|contact|address|email|recipient|department|team|company|entity}",
        "{do not|please do not|no need to|no longer} {send|post|mail} {us}? {paper|hard copy|hard copies|printed|postal|physical}",
        negatable=False,
    ),
    rule(
        "contact_update.fr.contact",
        STRONG,
        "{nouvel|nouvelle|nouveau|nouvelles|nouveaux} {interlocuteur|interlocutrice|contact|adresse|adresses|correspondant|correspondante|responsable|coordonnees|email|mail|boite}",
        "{a|ont} quitte {la|le|nos|notre|ses}? {societe|entreprise|groupe|effectifs|fonctions|service|poste|cabinet|structure}",
        "{remplace|remplacee|remplaces} par",
        "{succede|succedera|reprend|reprendra} {le dossier|vos dossiers|ce dossier|le suivi|la comptabilite|le poste|ses fonctions}",
        "{mettre|mettez|mise} a jour {vos|votre|les|la|le} {coordonnees|fichier|fichiers|base|donnees|contacts|informations|registres}",
        "{changement|modification} {de|des} {adresse|coordonnees|interlocuteur|contact|raison sociale|denomination}",
        "{veuillez|merci de|priere de} {adresser|envoyer|transmettre|diriger|faire parvenir} {vos|les|toutes|tous|desormais|dorenavant|a lavenir|a present|les futures} _3 {factures|relances|courriers|correspondances|mails|emails|demandes|envois} {a|au|aux|sur|par}",
        "{desormais|dorenavant|a present|a compter de} _4 {adresser|envoyer|contacter|ecrire|transmettre|joindre}",
        "{uniquement|exclusivement|seulement} par {email|mail|courriel|voie electronique|le portail}",
    ),
    rule(
        "contact_update.fr.ne_plus",
        STRONG,
        "ne {fait|font} plus partie",
        "ne {travaille|travaillent|gere|gerent|occupe} plus",
        "{se|me} {occupe|occupent} plus",
        "ne est plus {en charge|chez|dans|responsable|le contact|la personne|joignable}",
        "{plus de|pas de} {factures|facture|courrier} papier",
        "ne plus {nous|me} {envoyer|adresser} {les|vos|des|de}? {factures|facture} {par|en} {courrier|papier|la poste|voie postale}",
        negatable=False,
    ),
    rule(
        "contact_update.de.ansprechpartner",
        STRONG,
        "{neue|neuer|neuen|geanderte|geanderter|aktualisierte} {ansprechpartnerin|ansprechpartner|ansprechperson|kontaktperson|adresse|anschrift|rechnungsadresse|e mail adresse|email adresse|e mail|email|kontaktdaten|bankverbindung|zustandigkeit|firmierung}",
        "{ansprechpartner|ansprechpartnerin|kontaktperson|zustandigkeit|adresse|anschrift} {hat sich|haben sich} _2 {geandert|verandert}",
        "{hat|haben} {das unternehmen|unser unternehmen|die firma|uns|unsere firma} verlassen",
        "{aktualisieren|andern|korrigieren|passen} sie _3 {daten|stammdaten|kontaktdaten|unterlagen|adresse|adressdaten|anschrift|verteiler|datensatze|kontakte}",
        "{stammdaten|adressanderung|adressaenderung|firmierungsanderung|umfirmierung}",
        "{senden|schicken|richten|adressieren} sie _4 {kunftig|zukunftig|ab sofort|ab jetzt|bitte nur|nur noch|ausschliesslich} _4 an",
        "{zustandig|verantwortlich} {ist|sind} {jetzt|nun|ab sofort|kunftig|zukunftig|seit}",
        "{ubernimmt|ubernommen|ubernehme|nachfolgerin|nachfolger|vertretung ubernimmt}",
        "{nur noch|ausschliesslich|nur} {per|via|uber} {e mail|email|mail|portal}",
    ),
    rule(
        "contact_update.de.nicht_mehr",
        STRONG,
        "{ist|sind|bin} {nicht mehr|nicht langer} {bei uns|im unternehmen|fur|zustandig|tatig|beschaftigt|in unserem|in der}",
        "{nicht mehr|nicht langer} _4 zustandig",
        "{nicht mehr|nicht langer} {zustandig|tatig|beschaftigt|im hause|im haus}",
        "arbeitet nicht mehr",
        "keine {papierrechnungen|rechnungen per post|post}",
        negatable=False,
    ),
    rule(
        "contact_update.es.contacto",
        STRONG,
        "{nuevo|nueva|nuevos|nuevas} {contacto|persona de contacto|interlocutor|interlocutora|responsable|direccion|correo|email|datos de contacto|domicilio}",
        "{ha dejado|dejo|ha abandonado|abandono|ha salido de|salio de} {la|nuestra} {empresa|compania|sociedad|organizacion}",
        "{actualicen|actualice|actualizar|modifiquen|modificar|cambien} {sus|los|su|nuestros|nuestra}? {datos|registros|base de datos|ficheros|contactos|informacion}",
        "{envien|remitan|dirijan|manden} _2 {las facturas|la correspondencia|las comunicaciones|los recordatorios|toda la correspondencia|sus facturas} _3 {a|al}",
        "{a partir de ahora|en adelante|de ahora en adelante|desde ahora} _4 {envien|dirijan|contacten|escriban|remitan|manden}",
        "{sustituye|sustituira|sustituido|sustituida|reemplaza|reemplazado|reemplazada|en sustitucion de}",
        "cambio de {direccion|domicilio|contacto|razon social|datos}",
        "{solo|unicamente|exclusivamente} por {email|correo|correo electronico|el portal}",
    ),
    rule(
        "contact_update.es.ya_no",
        STRONG,
        "ya no {trabaja|trabajan|esta|estan|forma parte|es responsable|se encarga|lleva|gestiona|pertenece}",
        negatable=False,
    ),
    rule(
        "contact_update.any.bank_change",
        MEDIUM,
        "{bank|banking|account} details {have|has} changed",
        "{new|updated|changed} {bank|banking} {details|account}",
        "{nouvelles|nouveau} {coordonnees bancaires|rib}",
        "{neue|geanderte} bankverbindung",
        "{nueva|nuevos} {cuenta bancaria|datos bancarios}",
    ),
)

AUTO_REPLY: tuple[Rule, ...] = (
    rule(
        "auto_reply.en.explicit",
        STRONG,
        "out of {the}? office",
        "{automatic|automated|auto} {reply|response|message|acknowledgement|acknowledgment}",
        "{autoreply|auto reply|auto response}",
        "{limited|no|intermittent|restricted} access to {my}? {email|emails|mail|mails}",
        "{upon|after} my return",
        "{this is an|this is a} {automated|automatic} {message|response|reply|email|notification}",
        "{do not|please do not} reply to this {email|message|address}",
        "this mailbox is not monitored",
        negatable=False,
    ),
    rule(
        "auto_reply.en.away",
        MEDIUM,
        "{i am|i will be|currently|am} {currently}? {away|on leave|on holiday|on vacation|on annual leave|on maternity leave|on paternity leave|on parental leave|on sick leave|off until|out until|out of the country|travelling until|traveling until|on a business trip}",
        "{back|return|returning|be back} {in the office|to the office|in office|to work}",
        "{i will|will} be back {on|in|from|tomorrow|next|monday|tuesday|wednesday|thursday|friday}",
        "{we have received|thank you for contacting|thanks for contacting|thank you for your email|thank you for your message} _8 {ticket|case number|reference number|within # business|within # working}",
        "{in case of|for} {urgent|urgency|emergencies|emergency|immediate} {matters|enquiries|inquiries|queries|issues|assistance|requests}",
    ),
    rule(
        "auto_reply.fr.explicit",
        STRONG,
        "{absent|absente|absents|absentes} {du bureau|jusqu'|jusqu|jusque}",
        "{reponse|message|accuse de reception} {automatique|automatiquement}",
        "de retour {le|au bureau|lundi|mardi|mercredi|jeudi|vendredi}",
        "{pendant|durant|lors de} mon absence",
        "{je aurai|acces} {un acces}? limite",
        "{je prendrai connaissance|je traiterai|je repondrai} _4 {retour|des que possible}",
        negatable=False,
    ),
    rule(
        "auto_reply.fr.away",
        MEDIUM,
        "{absent|absente|absents|absentes} {du|le|jusqu'au|a partir}",
        "{je suis|actuellement} {en conges|en conge|en vacances|en arret}",
        "{en cas de|pour toute} {urgence|demande urgente}",
        "a mon retour",
    ),
    rule(
        "auto_reply.de.explicit",
        STRONG,
        "{abwesenheitsnotiz|abwesenheitsmeldung|autoreply}",
        "{automatische|automatisch generierte|automatisch erzeugte} {antwort|nachricht|e mail|email|mitteilung|eingangsbestatigung}",
        "{ab dem|ab|bis zum|bis einschliesslich} _3 {wieder} {erreichbar|im buro|da|zuruck}",
        "{wieder erreichbar|wieder im buro|wieder im hause|bin ich wieder|wieder zuruck}",
        "{ihre nachricht|ihre e mail|ihre email} wird {nicht}? {weitergeleitet|nach meiner ruckkehr}",
        "nach meiner ruckkehr",
        negatable=False,
    ),
    rule(
        "auto_reply.de.away",
        MEDIUM,
        "{abwesend|abwesenheit}",
        "{bin|sind} _3 {ausser haus|nicht im buro|im urlaub|in urlaub|im mutterschutz|in elternzeit|auf dienstreise|auf geschaftsreise}",
        "{in dringenden fallen|in eiligen fallen|bei dringenden anliegen|in dringenden angelegenheiten}",
    ),
    rule(
        "auto_reply.es.explicit",
        STRONG,
        "fuera de {la}? oficina",
        "{respuesta|mensaje|contestacion|acuse de recibo} {automatica|automatico|automaticamente}",
        "{estare de vuelta|regresare el|volvere el|me reincorporare|de regreso el|durante mi ausencia}",
        "acceso limitado",
        negatable=False,
    ),
    rule(
        "auto_reply.es.away",
        MEDIUM,
        "{estoy|estare|me encuentro} {ausente|de vacaciones|de baja|de viaje|de permiso}",
        "{a mi regreso|a mi vuelta}",
        "{en caso de|para} {urgencia|urgencias|asuntos urgentes|cualquier urgencia}",
    ),
)

BOUNCE: tuple[Rule, ...] = (
    rule(
        "bounce.en.dsn",
        STRONG,
        "{delivery|message delivery|mail delivery|email delivery} {has}? {failed|failure|status notification|subsystem|incomplete|problem}",
        "{undeliverable|undelivered mail|non delivery|nondelivery|ndr}",
        "{message|email|mail|e mail} {could not|couldn't|cannot|can't|wasn't|was not|couldnt} be delivered",
        "{couldn't|could not|cannot|unable to} deliver {the|this|your}? {message|email|mail}",
        "{address|recipient|user|mailbox|domain} {not found|unknown|unavailable|does not exist|doesn't exist|rejected|disabled|full|is full|over quota|quota exceeded|couldn't be found|could not be found}",
        "{recipient address rejected|user unknown|no such user|mailbox unavailable|550 5.1.1|5.1.1|5.1.0|5.4.1|5.7.1|returned to sender|returned mail|mail delivery failed}",
        "the following message {to|could|was|wasn't}",
        negatable=False,
    ),
    rule(
        "bounce.other.dsn",
        STRONG,
        "{non remis|remise impossible|echec de la remise|echec de remise|nicht zustellbar|unzustellbar|zustellung fehlgeschlagen|konnte nicht zugestellt|no se pudo entregar|no entregado|error de entrega|entrega fallida|fallo en la entrega}",
        "{destinataire|empfanger|destinatario} {inconnu|unbekannt|desconocido}",
        negatable=False,
    ),
)

# Subject prefixes that mail clients put on automatic messages ("Automatic reply:", "Undeliverable:").
SUBJECT_ONLY: tuple[Rule, ...] = (
    rule(
        "auto_reply.subject.prefix",
        CLEAR,
        "{automatic reply|auto reply|autoreply|auto response|automatische antwort|reponse automatique|respuesta automatica|out of office|abwesend|abwesenheitsnotiz|fuera de la oficina|ooo}",
        negatable=False,
    ),
    rule(
        "bounce.subject.prefix",
        CLEAR,
        "{undeliverable|undelivered|delivery status notification|mail delivery failed|returned mail|delivery failure|failure notice|non remis|unzustellbar|no se puede entregar|no entregado|nicht zustellbar}",
        negatable=False,
    ),
)

