"""Rules for the mailbox intents: document_request, contact_update, auto_reply and bounce.

auto_reply and bounce come mainly from header flags (is_auto_reply, is_bounce); these
text rules are the fallback when the headers said nothing.
"""
from __future__ import annotations

from inbox.intent_engine import CLEAR, HINT, MEDIUM, STRONG, WEAK, Rule, rule, with_blockers

_SEND_EN = "{send|resend|re send|forward|provide|share|email|mail|supply|issue|reissue|re issue|give|post|attach|furnish|get}"
_DOC_EN = "{w-9|w-8|w-8ben|coi|certificate of insurance|copy|copies|duplicate|pdf|statement|statements|proof of delivery|pod|delivery note|delivery notes|w 9|w9|w 8ben|w8|invoice|invoices|bank details|banking details|bank account details|iban|remittance details|breakdown|credit note|signed|timesheet|timesheets|purchase order|po|certificate|documentation|documents|backup|back up|supporting|itemised|itemized|detailed|packing list|packing slip|delivery ticket|delivery docket|paperwork}"
# documents asked for without an article ("please send copy of invoice 12"); plural statements and
# invoices without one are a routing instruction ("please send statements, reminders and queries to ...")
_DOC_EN_ONE = "{w-9|w-8|w-8ben|coi|certificate of insurance|copy|copies|duplicate|pdf|statement|proof of delivery|pod|delivery note|w 9|w9|w 8ben|w8|invoice|bank details|banking details|bank account details|iban|remittance details|breakdown|credit note|signed|timesheet|purchase order|po|certificate|backup|back up|supporting|itemised|itemized|detailed|packing list|packing slip|delivery ticket|delivery docket}"
_DOC_FR = "{etat de compte|etat|situation|copie|copies|duplicata|facture|factures|releve|releves|extrait|rib|coordonnees bancaires|bon de livraison|bons de livraison|preuve|attestation|avoir|justificatif|justificatifs|kbis|detail|details|document|documents|pdf|bon de commande|ordre|exemplaire|double|pieces|piece|pv|proces verbal|certificat|certificats|certificat de conformite|rapport de controle|fiche de controle}"
_DOC_DE = "{rechnungskopie|kopie|kopien|duplikat|rechnung|rechnungen|kontoauszug|kontoubersicht|saldenbestatigung|saldenliste|offene posten liste|op liste|lieferschein|lieferscheine|liefernachweis|bankverbindung|bankdaten|gutschrift|nachweis|nachweise|unterlagen|aufstellung|pdf|bestellung|belege|beleg|pod|abliefernachweis|quittung|zahlungsbestatigung|kontoauszugs|rechnungskopien|lieferscheins|arbeitsrapport|arbeitsrapporte|rapport|rapporte|stundenzettel|stundennachweis|stundennachweise|leistungsnachweis|leistungsnachweise|zeitnachweis|zeitnachweise|regiebericht|regieberichte|zertifikat|zertifikate|prufbericht|prufprotokoll|werkszeugnis|abnahmeprotokoll|konformitatserklarung}"
_DE_ADJ = "{aktuelle|aktuellen|aktuelles|aktueller|neue|neuen|neues|vollstandige|vollstandigen|unterschriebene|unterschriebenen|detaillierte|detaillierten}"
_DOC_ES = "{copia|copias|duplicado|factura|facturas|extracto|estado de cuenta|albaran|albaranes|prueba de entrega|certificado|datos bancarios|abono|nota de credito|justificante|documentacion|documento|documentos|pdf|detalle|desglose|orden de compra|pedido|certificados|certificado de conformidad|informe de inspeccion|acta de recepcion}"

DOCUMENT_REQUEST: tuple[Rule, ...] = (
    rule(
        "document_request.en.send",
        CLEAR,
        # with its object or its article: "please send us all open invoices", "can you send the statement";
        # "please send all statements and reminders to ap@..." says where documents go (contact_update)
        f"{{could|can|would|please|kindly|pls|plz}} {{you}}? {{please|kindly|also}}? {_SEND_EN} {{us|me|over|through|across|again}} {{a|an|the|your|another|our|all|any|copies of|a copy of|them|it|updated|an updated|a new|corrected|a corrected}}? _3 {_DOC_EN}",
        f"{{could|can|would|please|kindly|pls|plz}} {{you}}? {{please|kindly|also}}? {_SEND_EN} {{a|an|the|your|another|our|all the|all of the|copies of|a copy of|them|it|updated|an updated|a new|corrected|a corrected}} _3 {_DOC_EN}",
        f"{{could|can|would|please|kindly|pls|plz}} {{you}}? {{please|kindly|also}}? {_SEND_EN} {_DOC_EN_ONE}",
        f"{{need|require|request|requesting|want|missing|ask for|asking for|looking for|waiting for|would like|would appreciate|have not got}} {{a|an|the|your|another|copies of|a copy of|updated|an updated|a new|corrected|a corrected}}? {_DOC_EN} {{of|for}}?",
        "{w 9 form|w9 form|tax form|bank letter|supplier form|vendor form|vendor setup form}",
        "{resend|re send} {the|this|that|these|your|it|them|invoice|invoices|a}?",
        # "reissue" with its object: alone it is as often the writer's own cheque ("I'll put a stop on it and reissue")
        "{re issue|reissue} {the|this|that|these|your|it|them|invoice|invoices|a}",
        # "please resubmit a copy of the invoice", not "resubmit the invoice with the approver's name" (a correction)
        "{resubmit|re submit} {a|the|another}? {copy|copies|duplicate|pdf}",
        "{where can i|where can we|how can i|how can we|how do we} {find|get|download|access}",
        # "would you mind re-sending the October statement", "and send me a statement while you're at it"
        f"would you mind {{sending|resending|re sending|forwarding|emailing|sharing}} {{me|us|over}}? {{a|an|the|your|our|another}}? _3 {_DOC_EN}",
        "{and|also|please|pls} {send|resend|forward|email|share|provide} {me|us}? {a|an|the|our|your}? "
        "{current|updated|up to date|revised|latest|fresh|new|signed}? {statement|statement of account|soa|pod|"
        "proof of delivery|packing list|delivery note|delivery ticket}",
        # plural statements need an object, an article or an adjective: not "please send statements, reminders
        # and queries to ap@..." (where they go)
        "{and|also|please|pls} {send|resend|forward|email|share|provide} {me|us} {a|an|the|our|your}? "
        "{current|updated|up to date|revised|latest|fresh|new|signed}? statements",
        "{and|also|please|pls} {send|resend|forward|email|share|provide} {me|us}? {a|an|the|our|your|current|updated|up to date|"
        "revised|latest|fresh|new|signed} statements",
        f"{{let|letting}} {{me|us}} {{have|see}} {{a|an|the|another|your}}? _3 {_DOC_EN}",
        # the invoice as a pronoun: "please send it over", "can you email them again?"
        "{please|pls|kindly|could you|can you|would you} {please}? {send|resend|re send|forward|email|mail} {it|them|this|that|"
        "one} {over|again|across|through|to us|to me|back|once more}",
        f"{{can|could|may}} {{i|we}} {{please}}? {{get|have|receive|see|obtain}} {{a|an|the|another|your|copies of|a copy of}}? _3 {_DOC_EN}",
        "{send|resend|forward|email|mail} {me|us} _4 {again|once more|one more time}",
        "{send|provide|share|confirm} {us|me}? {your|the} {bank|banking|remittance|account|payment} {details|information|info}",
        # supplier-validation paperwork: "please return the documents", "complete and sign the attached form"
        "{return|complete|fill in|fill out|sign} {and sign}? {the|these|this|our|all}? {attached|enclosed|following}? "
        "{documents|document|form|forms|paperwork|supplier information form|vendor form|questionnaire}",
    ),
    rule(
        # the invoice put on the customer's e-invoicing portal: "please upload it to Coupa",
        # "pourriez-vous la déposer sur Chorus Pro ?", "bitte im Portal einreichen"
        "document_request.any.portal",
        CLEAR,
        "{to be|be|been} {resubmitted|re submitted} {via|through|to|on|into|onto|in} {our|the}? {coupa|ariba|tungsten|basware|"
        "jaggaer|ivalua}? {portal|supplier portal|e invoicing portal|platform|coupa|ariba|tungsten|basware|jaggaer|ivalua}",
        "{upload|submit|resubmit|re submit|load|post} {it|them|the invoice|invoices|your invoice|the invoices|this invoice|a copy}? "
        "{via|through|to|on|into|onto|in} {our|the}? {portal|supplier portal|e invoicing portal|platform|coupa|ariba|tungsten|basware|"
        "jaggaer|ivalua}",
        "{deposer|deposez|redeposer|charger|telecharger|transmettre|soumettre|saisir} {la|le|les|votre|vos|cette}? {facture|factures}? "
        "{sur|via|dans} {la|le|notre|votre}? {plateforme|portail|chorus|chorus pro}",
        "{im|ins|uber das|uber unser|in unser|in unserem} {portal|lieferantenportal|rechnungsportal} {hochladen|einreichen|einstellen|ubermitteln}",
        "{subir|subirla|subirlas|cargar|cargarla|presentar} {la|las|su}? {factura|facturas}? {en|a|al|por} {el|nuestro|la|nuestra}? "
        "{portal|plataforma|face}",
    ),
    rule(
        # "can you send receipts for the two card payments?"
        "document_request.en.receipt",
        CLEAR,
        "{send|email|forward|provide|issue} {me|us}? {a|the|our|paid}? {receipt|receipts|payment receipt|payment receipts|paid invoice|"
        "paid invoices|payment confirmation}",
        "{envoyer|transmettre|adresser|fournir} {nous|me}? {un|le|les|des}? {recu|recus|quittance|quittances|acquit}",
        "{pueden|podrian|puede|podria} {enviarnos|mandarnos|enviarme|mandarme} {el|los|un}? {recibo|recibos|justificante de pago}",
    ),
    rule(
        "document_request.any.doc_word",
        WEAK,
        "{statement of account|account statement|proof of delivery|copy invoice|invoice copy|w 9|w9|w-9|w-8ben|w-8|certificate of insurance}",
        "{copy|copies|duplicate|pdf} of {the|this|that|your|all|these|those|our|invoice|invoices} {invoice|invoices|statement|delivery|pod|signed|order|proof}?",
        "{copie|duplicata|double} {de|du|des} {la|le|les|cette|votre}? {facture|factures|releve|bon|avoir}",
        "{releve|extrait|etat|situation} de compte",
        "{le|un|votre|vos|du|notre|nouveau|nouvel|ce|les|joindre|rappel} rib",
        "rib {de|du|bancaire|a jour|joint|ci joint|signe}",
        "{releve de identite bancaire|releve d identite bancaire|coordonnees bancaires}",
        "{bon|bons|preuve} de livraison",
        "kopie der rechnung",
        # "thanks for the statement", "merci pour l'état de compte": a document received, not asked for
        blockers=("thanks", "thank", "thx", "merci", "remercie", "remercions", "danke", "dank", "gracias", "agradecemos",
                  "received", "receipt", "recu", "erhalten", "recibido", "recibimos"),
    ),
    rule(
        "document_request.any.pronoun",
        CLEAR,
        "{could|can|would|please|kindly} {you}? {please|kindly}? {send|provide|supply|share|forward} {us|me}? :",
        "{pourriez vous|pouvez vous|merci de|veuillez|pourriez|pouvez|pourrais tu|peux tu} {aussi|egalement}? {nous|me}? {la|le|les|l} {renvoyer|reediter|retransmettre|transmettre|refaire|corriger|modifier|envoyer|reemettre|faire parvenir|communiquer|adresser}",
        # "pouvez-vous nous en adresser un exemplaire ?"
        "{pourriez vous|pouvez vous|merci de|veuillez|pourriez|pouvez} {nous|me|m}? en {adresser|envoyer|transmettre|renvoyer|faire parvenir|fournir} {un|une} {exemplaire|copie|duplicata|double}",
    ),
    rule(
        "document_request.fr.envoyer",
        CLEAR,
        # "merci d'adresser vos relances et relevés à Mme Garnier" says where they go: "adresser" needs "nous"/"me"
        f"{{merci de|pourriez vous|pouvez vous|pourrais tu|peux tu|veuillez|je vous prie de|nous vous prions de|serait il possible de|est il possible de|pourriez|pouvez}} {{aussi|egalement}}? {{nous|me|m}} {{renvoyer|transmettre|faire parvenir|communiquer|adresser|envoyer|fournir|reenvoyer|retransmettre|refaire|reediter|faire suivre|joindre|etablir|emettre}} {{une|un|la|le|les|des|votre|vos|de nouveau|a nouveau}}? _2 {_DOC_FR}",
        f"{{merci de|pourriez vous|pouvez vous|pourrais tu|peux tu|veuillez|je vous prie de|nous vous prions de|serait il possible de|est il possible de|pourriez|pouvez}} {{aussi|egalement}}? {{renvoyer|transmettre|faire parvenir|communiquer|envoyer|fournir|reenvoyer|retransmettre|refaire|reediter|faire suivre|joindre|etablir|emettre}} {{une|un|la|le|les|des|votre|vos|de nouveau|a nouveau}}? _2 {_DOC_FR}",
        # "merci de vérifier et de m'envoyer un relevé à jour"
        "de {m|me|nous} {envoyer|transmettre|adresser|faire parvenir|renvoyer|fournir} {un|une|le|la|les|des|votre|vos}? _2 {releve|etat de compte|extrait|copie|duplicata|double}",
        # the imperative: "envoyez-moi le duplicata de la 3795", "renvoyez-nous la facture svp"
        f"{{envoyez|renvoyez|transmettez|adressez|reenvoyez|retransmettez|envoie|renvoie}} {{moi|nous|me}} {{le|la|les|un|une|des|votre|vos}}? _2 {_DOC_FR}",
        "{remercions|remercie|prions|prie} de bien vouloir {nous|me}? {adresser|transmettre|communiquer|envoyer|retourner|faire parvenir|confirmer|renvoyer|fournir}",
        "{merci de|veuillez|pourriez vous|pouvez vous} {nous|me}? {retourner|completer|remplir|renseigner} {le|la|les|ce|cette|ces}? {formulaire|fiche|questionnaire|documents|attestation|attestations}",
        "bien vouloir {nous|me} {adresser|transmettre|communiquer|envoyer|retourner|faire parvenir|renvoyer|fournir}",
        "{besoin|avons besoin|aurions besoin|ai besoin} {de|du|de la|des|de une|de un} _2 {copie|duplicata|facture|releve|rib|justificatif|bon de|bons de|preuve|attestation|document|documents}",
        # the courteous form: "auriez-vous l'amabilité de nous renvoyer les copies", "ayez la gentillesse de me transmettre"
        f"{{auriez vous|auriez|aurais tu|ayez|avoir}} {{le amabilite|la amabilite|l amabilite|la gentillesse|le obligeance|l obligeance|amabilite|obligeance}} {{de|d}} {{nous|me|m}}? {{renvoyer|transmettre|faire parvenir|communiquer|adresser|envoyer|fournir|reenvoyer|retransmettre|faire suivre|joindre}} {{une|un|la|le|les|des|votre|vos|de nouveau|a nouveau}}? _2 {_DOC_FR}",
    ),
    rule(
        "document_request.de.senden",
        CLEAR,
        f"{{senden|schicken|ubermitteln|ubersenden|mailen|zusenden|zuschicken|nachreichen|lassen}} sie {{uns|mir}} _4 {_DOC_DE}",
        f"{{bitte|konnten sie|konnen sie|wurden sie|wir bitten um|ich bitte um|bitten um}} _4 {_DOC_DE} _3 {{zusenden|senden|schicken|ubermitteln|ubersenden|zukommen|mailen|zuschicken|zustellen|erneut|nochmals|noch einmal}}",
        f"{{bitten um|bitte um|um}} {{zusendung|ubersendung|ubermittlung|zustellung}} {{einer|eines|der|des|ihrer|ihres|von}}? _2 {_DOC_DE}",
        "{bitten um|bitte um|um} {zusendung|ubersendung|ubermittlung} {einer|eines|der|des|ihrer|ihres}? {saldenbestatigung|saldenliste|kontoubersicht|kontoauszug|rechnungskopie}",
        "{benotigen|brauchen} {wir|ich} {noch}? {eine|einen|die|den|das|ihre|ihren|erneut}? {rechnungskopie|kopie|duplikat|kontoauszug|kontoubersicht|saldenbestatigung|lieferschein|liefernachweis|abliefernachweis|offene posten liste|op liste|aufstellung|saldenliste}",
        "{um|bitten um|benotigen|brauchen|erbitten|fehlt uns|fehlen uns|wir bitten um} {eine|einen|die|den|das|ihre|ihren|erneute}? {rechnungskopie|kopie|duplikat|kontoauszug|kontoubersicht|saldenbestatigung|lieferschein|liefernachweis|bankverbindung|offene posten liste|op liste|aufstellung}",
        "{erneut|nochmals|noch einmal} {zusenden|zuschicken|senden|schicken|ubermitteln}",
        "zukommen lassen",
        # "könnten Sie uns bitte eine Kopie der Rechnung ... zustellen?", "bitte schicken Sie sie uns zu"
        f"{{konnten sie|konnen sie|wurden sie}} {{uns|mir}} {{bitte}}? {{eine|einen|die|den|das|ihre|ihren}}? {_DE_ADJ}? {_DOC_DE}",
        # the document as a pronoun: "können Sie uns diese bitte zustellen?"
        "{konnten sie|konnen sie|wurden sie} {uns|mir} {diese|diesen|dieses|sie|ihn|es} {bitte}? {noch|nochmals|erneut}? "
        "{zustellen|zusenden|zuschicken|schicken|senden|ubermitteln|mailen|nachreichen|weiterleiten}",
        "{schicken|senden|ubermitteln|mailen|ubersenden} sie {sie|ihn|es|diese|diesen} {uns|mir}",
        "{ersuche|ersuchen|bitte|bitten} {ich|wir}? um {ubermittlung|zusendung|ubersendung|zustellung}",
        "{braucht|benotigt|brauchen|benotigen} _5 {lieferschein|liefernachweis|rechnungskopie|kontoauszug|auftragsbestatigung|saldenbestatigung|abliefernachweis}",
        # vendor master data: "bitten wir Sie, uns bis zum 30.11. folgende Unterlagen zu senden"
        "{bitten|bitte|ersuchen|benotigen|brauchen} _10 {unterlagen|dokumente|nachweise|nachweis|bankbestatigung|"
        "bestatigung|zertifikat|zertifikate|zertifizierung|formular|formulare|stammblatt|lieferantenstammblatt|"
        "bescheinigung|rechnungskopie|kopie|lieferschein|kontoauszug} _4 {zu senden|zuzusenden|zu ubermitteln|"
        "zu ubersenden|zuzuschicken|zu schicken|einzureichen|nachzureichen|zuruckzusenden|zuruckzuschicken}",
    ),
    rule(
        "document_request.es.enviar",
        CLEAR,
        f"{{pueden|podrian|puede|podria|podeis|por favor|les rogamos|le rogamos|rogamos|necesitamos|necesitariamos|solicitamos|agradeceriamos|agradecere|favor de|pido que|les pido que|le pido que}} {{me manden|me envien|me remitan|enviarnos|mandarnos|remitirnos|reenviarnos|facilitarnos|proporcionarnos|hacernos llegar|enviarme|mandarme|remitirme|reenviarme|facilitarme|nos envien|nos manden|nos remitan|nos reenvien|nos faciliten|que nos envien|que nos remitan|envien|manden|remitan|reenvien|faciliten|enviar|recibir|una|un|la|el|copia}} _3 {_DOC_ES}",
        "{envienos|enviennos|mandenos|remitannos|reenvienos|reenviennos|facilitenos|faciliten nos|facilitennos|mandennos|envienme|mandenme}",
        # the invoice by its pronoun: "¿me la pueden reenviar?"
        "{me|nos} {la|las} {pueden|podrian|puede|podria|podeis|podriais|podrias|puedes} {enviar|mandar|reenviar|remitir|hacer llegar}",
        f"{{me|nos}} {{pueden|podrian|puede|podria|podeis|podriais|podrias|puedes}} {{enviar|mandar|remitir|reenviar|facilitar|pasar|hacer llegar}} _3 {_DOC_ES}",
        "{rogamos|les rogamos|solicitamos|necesitamos|le rogamos} _6 {certificado|certificados|formulario|ficha|"
        "documentacion|documentos|justificante|certificado de titularidad}",
    ),
)

_SEND_TO = (
    "{send|address|direct|forward|email|submit|route|copy|cc|use|contact|write to|reach|envoyer|adresser|transmettre|"
    "contacter|ecrire|senden|schicken|richten|kontaktieren|wenden|enviar|envien|dirijan|contacten|escriban|remitan|"
    "mandele|mandeles|enviele|envieles|remitale|remitales|mandenle|envienle|mandenles|envienles}"
)

_SEND_TO_NO_COPY = _SEND_TO.replace("|copy|cc|", "|")
# copies sent to an address are no contact change ("senden Sie uns Kopien ... an ...")
_COPY_WORDS = ("copies", "kopie", "kopien", "rechnungskopie", "rechnungskopien", "duplikat", "copie", "duplicata", "copia",
               "copias", "duplicado", "duplicados", "duplicate", "duplicates")

CONTACT_UPDATE: tuple[Rule, ...] = (
    rule(
        # where to write, with the address: "send all invoices to ap@...", "adresser vos relances à compta@...";
        # not a copy asked for at an address ("senden Sie uns Kopien der Rechnungen 1 und 2 als PDF an ...")
        "contact_update.en.contact",
        STRONG,
        f"{_SEND_TO_NO_COPY} _12 {{to|at|:|(|a|au|sur|vers|an|unter|al|en|via}} {{the|our|this|his|her|their|le|la|notre|son|sa|leur|die|unsere|seine|ihre|el|nuestra|su}}? "
        "{address|email|adresse|email address|mailbox|adresse email|adresse mail|adresse suivante|e mail adresse|direccion|correo|"
        "direccion de correo}? @email",
        blockers=_COPY_WORDS,
    ),
    rule(
        "contact_update.en.contact",
        STRONG,
        "{new|updated|correct|dedicated} {email|address|email address|contact|contact person|point of contact|ap contact|accounts payable contact|mailbox|billing address|invoice address|invoicing address|contact details|ap email|accounts payable email|billing email|invoicing email|"
        "mailing address|postal address|remittance address|remit to address|correspondence address|registered address|office address}",
        # "changed email address", not "we changed email systems"
        "changed {address|email address|contact|contact person|point of contact|ap contact|billing address|invoice address|"
        "invoicing address|contact details|ap email|billing email|invoicing email|mailing address|postal address}",
        "{our|the|my} {email|address|email address|contact|contact details|billing address|invoice address|mailbox|point of contact} {has|have} {changed|moved|been changed|been updated}",
        "change of {address|contact|email|contact details|name|ownership}",
        "{has|have} {left|departed|moved on from} {the|our|this}? {company|business|organisation|organization|firm|group|team|role|us|department|position}",
        "{has|have} retired",
        "{has|have} {moved on|left us|moved to another company|moved to another role}",
        "{now|will now|is now} {looks after|look after|handles|handle|deals with|manages|is responsible for|takes care of|looking after} {supplier|our|the|all|your}? {payments|accounts payable|payables|invoices|the account|your account|supplier accounts|purchase ledger|accounts}",
        "{will be|is now|am now|are now} {handling|managing|looking after|taking care of} {their|our|the|all|his|her}? {payables|accounts payable|invoices|accounts|account|bookkeeping|supplier payments|purchase ledger}",
        "{payables|accounts payable|receivables|invoices|supplier payments} {are|is|will be} {now}? {handled|managed|processed|dealt with|paid} {by|through|via}",
        "{has|have} taken over",
        "{who|she|he} {has}? {replaced|succeeded} {me|him|her|them}",
        "{i|i am|i have|am} {taking|taken|now taking} over",
        "{replaced by|my replacement|her replacement|his replacement|their replacement|successor|who will be handling|who now handles|who is now responsible|now responsible for|will now handle|will be taking over|is now handling|are now handled}",
        "{my|today is my|tomorrow is my|friday is my} last day",
        "{please|kindly} {send|address|direct|forward|copy|cc|email|submit|route} {all|any}? {future|further}? {ap|accounts payable|billing|invoice|payment|supplier|vendor}? {invoices|invoice|statements|reminders|correspondence|queries|emails|communication|communications|remittances} {to|via|through}",
        "{invoices|statements|reminders|correspondence|queries} {should|must|need to|can} {be}? {sent|addressed|directed|submitted|emailed|uploaded} {to|via|through|only}",
        "{invoices|statements|reminders|correspondence|queries|inquiries|enquiries} _8 {should|must|need to|are to|have to} {be}? {sent|addressed|directed|submitted|emailed|uploaded} {to|via|through|only|by|on|in}",
        "{moving|moved|outsourcing|outsourced|transferring|transitioning|migrating|centralising|centralizing} {its|our|the|their}? {accounts payable|ap|payables|invoice processing|accounts payable processing|ap processing} _4 {to}",
        "{by|via|through} email only",
        "{only|exclusively} {by|via|through} {email|our portal|the portal}",
        "{submit|upload|send} {all|your|future}? {invoices|invoice} {via|through|to|on|in} {our|the} {portal|supplier portal|coupa|ariba|tungsten|basware}",
        # "we have moved to 12 High St", not "we've moved banks"
        "{we have|company has|office has|we|we are|we're|we will be|business has} {moved|moving|relocated|relocating} {to|offices|office|premises|address|our offices|our office|our head office|our registered office|site|warehouse|building|location|headquarters|!|.}",
        "{billing address|invoice address|invoicing address|address|postal address|email address|remit to address|registered address|mailing address} {is now|has changed to|changed to|has moved to|will now be|becomes|will change to}",
        "{our|the|my} new {postal|mailing|billing|invoicing|invoice|registered|correspondence|remittance}? address {for|is|will be|:}",
        "{accounts department|accounts team|finance department|finance team|accounts payable|ap department|ap team|office|offices} {has|have} {moved|relocated}",
        # "our office moved on Nov 16", "the practice relocated to ..."
        "{our|the} {office|offices|business|practice|clinic|shop|store|company|premises|warehouse} {has|have}? {moved|relocated} "
        "{on|to|in|last|this|from|across|over}",
        # a new person introduced by role: "Rick here, new hospital manager at Coral Springs"
        "new {hospital|practice|office|finance|accounts|ap|billing|business|clinic|general|store|site}? "
        "{manager|bookkeeper|accountant|controller|administrator|director|owner|owners} {at|for|of|here}",
        # "Please add heather@... to your contacts"
        "{add|save|note|use} @email {to|in|on|as} {your|the} {contacts|contact list|records|address book|system|distribution list|"
        "mailing list|file|vendor file|customer file}",
        # where everything goes now: "all invoices for the Trust should go to x@...", "reminders go to ap@... now",
        # "send anything for Brandon Smiles to their AP department ap@..."
        "{invoices|statements|reminders|correspondence|bills|anything|everything|remittances|billing questions} _6 "
        "{should|must|need to|now|will|can}? {go|goes} {directly|straight}? to _3 @email",
        # a business sold or transferred: "must be invoiced directly to the new operator"
        "{invoiced|billed|addressed|made out|charged} {directly}? to the new {operator|owner|owners|company|entity|management|"
        "tenant|franchisee|legal entity}",
        "{send|address|direct|forward|email|submit|route} {anything|everything|all|any|it|them|billing questions|questions|queries} _8 "
        "to {their|his|her|my|our} _3 @email",
        "update {it|this|that|the address|our address} {on your side|in your system|in your records|on your records|on your system}",
        "{will be|is now|becomes|will become} your {new}? {contact|point of contact|account contact|ap contact|accounts contact|main contact}",
        "{i'm|i am|i've been|i have been} the new {outside|external|interim|acting|part time|freelance|temporary}? {bookkeeper|accountant|controller|finance manager|ap clerk|contact|office manager|finance director|credit controller|accounts assistant|payables clerk|accounts manager|finance officer|purchase ledger clerk}",
        "{please}? use this {address|email|email address|mailbox} {for|from now on|going forward|instead|in future}",
        "{contact|point of contact|person to contact|contact person} for {payments|invoices|accounts|finance|payment queries|invoice queries|remittances} {is|will be|is now}",
        "{name|company name|legal entity|entity} {has|have}? {changed|been changed}",
        "{changed|change|changing|will change} {its|our|the} {name|company name|trading name|legal name|registered name} to",
        # "our new VAT number", not "the correct VAT" (a rate in dispute)
        "{new|updated|changed|correct} {gst|vat|tax|vat registration|company registration|registration} {number|no|id|details|registration number}",
        "{new|updated|changed|correct} {tin|ein|siret|siren|ust id|tax id} {number|no|id|details}?",
        "@email {instead|from now on|going forward|in future|henceforth|desormais|dorenavant|a compter|ab sofort|kunftig|zukunftig|en adelante|a partir}",
        "{new|updated|correct|our|nouvelle|neue|nueva} {email|address|email address|contact|adresse|adresse email|e mail adresse|direccion} {is|:|will be|est|ist|es}? @email",
    ),
    rule(
        "contact_update.en.records",
        MEDIUM,
        "{update|amend|change|correct} {your|the|our} {records|record|system|database|contact details|contact list|mailing list|distribution list|address book|details|files|file|contacts|customer master|vendor master|master data|master file|customer file|customer record}",
        "{update|amend|change|correct|note} _5 {in|on} your {records|system|database|files|master data|books|ledger}",
        "{different|another|alternative} {email|email address|mailbox|contact|contact person|point of contact}",
        "{queries|questions|matters|enquiries|inquiries} _3 {please}? {contact|email|write to|reach} @email",
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
        "no longer {works|working|employed|handles|handle|handling|deals|deal with|dealing with|looks after|look after|looking after|manage|manages|cover|covers|responsible|in charge|with us|with the company|at|part of}",
        "{wrong|incorrect|not the right|not the correct|not the appropriate} {person|contact|address|email|recipient|department|team|company|entity}",
        "{do not|please do not|no need to|no longer} {send|post|mail} {us}? {paper|hard copy|hard copies|printed|postal|physical}",
        "{do not|please do not|no longer} {send|address|email|mail|direct|copy} {invoices|statements|reminders|correspondence|emails|queries|them|these|anything} _4 {to} {individual|individuals|staff|employees|personal|colleagues|team members|named}",
        negatable=False,
    ),
    rule(
        # paper to e-mail: "send invoices by email, not by post", "par mail et non par courrier", "per E-Mail statt
        # per Post"; not "we have no record of it - not by email, not by post"
        "contact_update.any.paper_to_email",
        STRONG,
        "{by|via} {email|e mail} {only}? {,}? {not|rather than|instead of|and not} {by|via|through}? {post|paper|letter|the post|"
        "postal mail|snail mail|mail}",
        "par {mail|email|e mail|courriel} {uniquement|seulement|exclusivement}? {et}? {non|plus|pas} {par|sur|en} {courrier|papier|la poste|voie postale}",
        # the routing sentence itself: "pouvez-vous nous envoyer les factures et relances par mail uniquement ?"
        "{envoyer|adresser|transmettre|envoyez|adressez|transmettez} {nous|me}? {les|vos|nos|toutes les|tous les}? {factures|relances|courriers|"
        "documents} _3 {par mail|par email|par e mail|par courriel} {uniquement|seulement|exclusivement|desormais|dorenavant}",
        "{per|uber|via} {e mail|email|mail} {statt|anstatt|nicht} {per|uber|auf|in}? {post|papier|briefpost}",
        "por {correo|correo electronico|email|e mail} {y}? {no|en vez de|en lugar de} {por|en}? {correo postal|papel|correo ordinario|carta}",
        negatable=False,
        blockers=("not", "nor", "neither", "ni", "nicht", "weder"),
    ),
    rule(
        "contact_update.fr.contact",
        STRONG,
        "{nouvel|nouvelle|nouveau|nouvelles|nouveaux} {interlocuteur|interlocutrice|contact|adresse|adresses|correspondant|correspondante|responsable|coordonnees|email|mail|boite}",
        "{a|ont} quitte {la|le|nos|notre|ses}? {societe|entreprise|groupe|effectifs|fonctions|service|poste|cabinet|structure}",
        "{remplace|remplacee|remplaces} par",
        "{succede|succedera|reprend|reprendra} {le dossier|vos dossiers|ce dossier|le suivi|la comptabilite|le poste|ses fonctions}",
        "{mettre|mettez|mise} a jour {vos|votre|les|la|le|l|notre} {coordonnees|fichier|fichiers|base|donnees|contacts|informations|registres|"
        "adresse de facturation|adresse postale|adresse email|adresse mail|adresse de livraison}",
        "{a change|avons change|ont change|on a change|changeons|changeront|changera|changer} de {siege|siege social|locaux|bureaux|adresse}",
        "{changement|modification} {de|des|du} {adresse|coordonnees|interlocuteur|contact|raison sociale|denomination|siege|siege social}",
        "{sera|devient|est desormais|est dorenavant} votre {nouvel|nouvelle|nouveau}? {interlocuteur|interlocutrice|contact|correspondant|correspondante}",
        "{je suis|nous sommes} {le|la} {nouveau|nouvelle} {comptable|responsable|gestionnaire|assistante|assistant|directeur financier|directrice financiere}",
        "{contact|interlocuteur|interlocutrice|personne a contacter} pour {les paiements|la comptabilite|les factures|les reglements|la facturation} {est|sera|est desormais}",
        "{adresse|coordonnees|interlocuteur|contact|adresse de facturation|raison sociale} _3 {a change|ont change|change|"
        "changera|a ete modifiee|ont ete modifiees|evolue}",
        "{veuillez|merci de|priere de} {adresser|envoyer|transmettre|diriger|faire parvenir} {vos|les|toutes|tous|desormais|dorenavant|a lavenir|a present|les futures} _3 {factures|relances|courriers|correspondances|mails|emails|demandes|envois} {en copie|en cc}? {a|au|aux|sur|par|via}",
        # the adverb after the verb: "merci d'adresser dorénavant vos relances à ..."
        "{adresser|envoyer|transmettre|faire parvenir|diriger} {desormais|dorenavant|a l avenir|a present|a partir de maintenant} "
        "{vos|les|toutes|tous|toute|la} _2 {factures|relances|courriers|correspondance|correspondances|mails|emails|envois}",
        "et non plus par {mail|email|e mail|courriel|courrier|la poste|voie postale|papier}",
        # "toute facture ... doit être transmise exclusivement via Chorus Pro"
        "{doit|doivent|devra|devront} {etre}? {transmise|transmises|transmis|deposee|deposees|depose|deposes|envoyee|envoyees|envoyes|"
        "adressee|adressees|adresses|emise|emises} "
        "{exclusivement|uniquement|obligatoirement|desormais}? {via|par|sur} {chorus|chorus pro|la plateforme|le portail|notre plateforme|notre portail}",
        "{desormais|dorenavant|a present|a compter de} _6 {adresser|envoyer|contacter|ecrire|transmettre|joindre}",
        "{quitte|quitterai|quittera|quitterons|quittons} {mes|ses|nos|la|le|notre|leurs} {fonctions|poste|societe|entreprise|service}",
        "{uniquement|exclusivement|seulement} par {email|mail|courriel|voie electronique|le portail}",
        "{desormais|dorenavant|a partir de maintenant|a lavenir} {les|vos|toutes les}? {factures|relances|courriers} {a|au|chez|pour}",
        "{contactez|contacter|appelez|ecrivez a|adressez vous a|voyez} {plutot|desormais|dorenavant|maintenant} {ma|mon|notre|nos|madame|monsieur|mme|m}",
    ),
    rule(
        "contact_update.fr.ne_plus",
        STRONG,
        "ne {fait|font} plus partie",
        # "le CHUV n'accepte plus les factures papier ni les PDF envoyés par courriel"
        "ne {accepte|acceptons|accepterons|accepteront|acceptera|traite|traitons|traiterons} plus {les|de|aucune}? {factures|facture} "
        "{papier|papiers|pdf|par|sous|au|envoyees|transmises|en}",
        "ne {travaille|travaillent|gere|gerent|occupe} plus",
        "{se|me} {occupe|occupent} plus",
        "ne est plus {en charge|chez|dans|responsable|le contact|la personne|joignable}",
        "{plus de|pas de} {factures|facture|courrier} papier",
        "{envois|factures|courriers} {papier|papiers|postaux|par courrier} ne {seront|sont} plus {traites|acceptes|traitees|acceptees|pris en compte}",
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
        "{ab|ab dem|seit|kunftig|zukunftig|ab sofort|ab jetzt} _6 {ihre|ihr|unsere|unser} {ansprechpartnerin|ansprechpartner|kontaktperson|ansprechperson}",
        "{ich bin|wir sind} {die|der} {neue|neuer} {buchhalterin|buchhalter|ansprechpartnerin|ansprechpartner|sachbearbeiterin|sachbearbeiter}",
        "{ansprechpartner|ansprechpartnerin|kontaktperson} fur {zahlungen|rechnungen|buchhaltung|zahlungsfragen|rechnungsfragen} {ist|wird|ist jetzt|ist ab sofort}",
        "{buchhaltung|firma|unternehmen|buro|verwaltung} {ist|sind|hat} {umgezogen|verlegt}",
        "{ubernimmt|ubernommen|nachfolgerin|nachfolger|vertretung ubernimmt}",
        # "ich übernehme ab sofort ...", not a stand-in's "Herr B. ist abwesend, ich übernehme"
        "ubernehme {ab sofort|ab jetzt|kunftig|zukunftig|ab dem|dauerhaft|die|den|das|ihre|ihren}",
        "{wenden sie sich|wenden sie sich bitte} {bitte}? {neu|kunftig|zukunftig|ab sofort|nun|jetzt|ab jetzt} {direkt}? an",
        "{nur noch|ausschliesslich|nur} {per|via|uber} {e mail|email|mail|portal}",
    ),
    rule(
        "contact_update.de.nicht_mehr",
        STRONG,
        "{ist|sind|bin} {nicht mehr|nicht langer} {bei uns|im unternehmen|fur|zustandig|tatig|beschaftigt|in unserem|in der}",
        "{nicht mehr|nicht langer} _4 zustandig",
        "{nicht mehr|nicht langer} {zustandig|tatig|beschaftigt|im hause|im haus}",
        "arbeitet nicht mehr",
        "{ist|sind|bin} {nicht mehr|nicht langer} {bei|fur|in} _5 {tatig|beschaftigt|angestellt}",
        "{ist|sind} _3 {nicht mehr|nicht langer} {bei uns|im unternehmen|im haus|im hause|fur uns tatig|in der firma|im betrieb|in unserem unternehmen}",
        "keine {papierrechnungen|rechnungen per post|post}",
        negatable=False,
    ),
    rule(
        "contact_update.es.contacto",
        STRONG,
        "{nuevo|nueva|nuevos|nuevas} {contacto|persona de contacto|interlocutor|interlocutora|responsable|direccion|correo|email|datos de contacto|domicilio}",
        # the adjective after the noun: "ya tenemos correo nuevo", "nuestra dirección nueva"
        "{tenemos|tengo|es|nuestro|nuestra|mi|su|el|la} {correo|email|direccion|domicilio|contacto|correo electronico} {nuevo|nueva}",
        "{ha dejado|dejo|ha abandonado|abandono|ha salido de|salio de} {la|nuestra} {empresa|compania|sociedad|organizacion}",
        "{actualicen|actualice|actualizar|modifiquen|modificar|cambien} {sus|los|su|nuestros|nuestra}? {datos|registros|base de datos|ficheros|contactos|informacion}",
        "{actualicen|actualice|actualizar|modifiquen|modifique|cambien|cambie|anoten|tomen nota de} {nuestro|nuestra|el|la|su} {correo|email|direccion|direccion de facturacion|correo de facturacion|contacto|domicilio|razon social}",
        "{envien|remitan|dirijan|manden} _2 {las facturas|la correspondencia|las comunicaciones|los recordatorios|toda la correspondencia|sus facturas} _3 {a|al}",
        # bare plurals to an address: "Por favor manden facturas y estados de cuenta a: facturas@clinica.com"
        "{envien|remitan|dirijan|manden} {facturas|recordatorios|estados de cuenta} _4 {a|al} {:}? @email",
        "{a partir de ahora|en adelante|de ahora en adelante|desde ahora} _4 {envien|dirijan|contacten|escriban|remitan|manden}",
        # verbless: "a partir de ahora las facturas a mi hijo", "désormais les factures à ma fille"
        "{a partir de ahora|en adelante|de ahora en adelante|desde ahora} {las|los|toda|todas|sus}? {facturas|recordatorios|correos|comunicaciones|la correspondencia|reclamaciones} {a|al|para}",
        "{sera|es ahora|pasa a ser} su {nuevo|nueva}? {contacto|interlocutor|interlocutora|persona de contacto}",
        "{soy|somos} {el|la} {nuevo|nueva} {contable|responsable|administrativo|administrativa|encargado|encargada}",
        "{persona de contacto|contacto|interlocutor|interlocutora|responsable} {para|de} {pagos|facturas|facturacion|cobros|contabilidad|administracion} {es|sera|pasa a ser}",
        "{sustituye|sustituira|sustituido|sustituida|reemplaza|reemplazado|reemplazada|en sustitucion de}",
        "cambio de {direccion|domicilio|contacto|razon social|datos}",
        "{direccion|domicilio|datos|correo|contacto|direccion de facturacion|razon social|email|persona de contacto} _3 "
        "{ha cambiado|han cambiado|cambia|cambiara|se ha modificado|ha sido modificada|ha sido modificado}",
        "{solo|unicamente|exclusivamente} por {email|correo|correo electronico|el portal}",
        # "las facturas y recordatorios deben enviarse a cuentasxpagar@..."
        "{facturas|recordatorios|correspondencia|comunicaciones|reclamaciones|notificaciones} _4 {deben|deberan|tienen que|han de} "
        "{enviarse|remitirse|dirigirse|mandarse|presentarse} {a|al|por|mediante|en|exclusivamente|unicamente}",
    ),
    rule(
        # a retired mailbox tells us where not to write: with the auto-answer, a contact change
        "contact_update.any.no_longer",
        MEDIUM,
        "{mailbox|inbox|address|email address|account|email|e mail} {is|has|will} {no longer|not longer|no longer being} "
        "{monitored|read|checked|attended|in use|used|active}",
        "{adresse|boite|messagerie|boite mail|adresse mail|adresse email} ne {est|sera} plus {consultee|surveillee|lue|"
        "relevee|active|utilisee|geree|suivie}",
        "{postfach|adresse|e mail adresse|email adresse|mailbox} {wird|ist} nicht mehr {gelesen|uberwacht|bearbeitet|"
        "genutzt|abgerufen|aktiv}",
        "{buzon|direccion|cuenta|correo} ya no {se}? {consulta|revisa|atiende|monitoriza|utiliza|usa|esta activo|esta activa}",
        # the old mailbox named by its provider, the object before the verb: "El gmail ya no lo vamos a revisar"
        "{buzon|direccion|cuenta|correo|gmail|hotmail|yahoo|outlook|@email} ya no {lo|la|se}? {vamos a|van a|voy a}? "
        "{consultar|revisar|atender|usar|utilizar|consulta|revisa|atiende|usa|utiliza|revisamos|usamos|consultamos}",
        # a new role or department: "I have moved to a new role"
        "{moved|moving|move|changed|changing} {to|into}? {a}? {new|different|another} {role|position|job|department|team|post}",
        # the old address closed down: "the old domain will be shut down", "Wanadoo ferme mon ancienne adresse",
        # "die Adresse buchhaltung@... wird Ende Oktober abgeschaltet", "este buzón lo vamos a cerrar"
        "{old|previous|former} _2 {address|email|email address|mailbox|inbox|domain|account|email account} _4 {will be|is being|has been|"
        "gets|is} {closed|shut down|shut|deactivated|discontinued|decommissioned|retired|switched off|turned off|deleted}",
        "{sent|emails sent|anything sent|mail sent} to the {old|previous|former} {address|mailbox|email|email address|inbox} _6 "
        "{will not|won't|wont} be {picked up|read|seen|received|monitored|answered}",
        "{ancienne|ancien|actuelle|actuel} {adresse|boite|domaine|messagerie|adresse mail|adresse email} _4 {sera|va etre|est|a ete} "
        "{fermee|ferme|supprimee|supprime|desactivee|desactive|close|resiliee}",
        "{ferme|fermera|supprime|supprimera|desactive|resilie} {mon|ma|notre|l} {ancienne|ancien} {adresse|boite|domaine|messagerie}",
        "{adresse|postfach|e mail adresse|email adresse|mailbox|domain|domane} _6 {wird|werden} _4 {abgeschaltet|geschlossen|deaktiviert|"
        "geloscht|aufgelost|stillgelegt|aufgehoben}",
        "{buzon|correo|direccion|cuenta de correo|dominio} {lo|la}? {vamos a|van a|se va a}? {cerrar|cerraremos|cerrara|cerramos|dar de baja|"
        "desactivar|desactivaremos|desactivara}",
        "{deja|dejara|dejaran|dejan} de {estar activa|estar activo|funcionar|estar operativa|estar operativo|usarse|utilizarse}",
        negatable=False,
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
        # the customer's own bank: "your new bank details" are ours, and a change of them is to be verified
        "{our|my} {bank|banking|account} details {have|has} changed",
        "{our|my} {new|updated|changed} {bank|banking} {details|account}",
        "{nos|notre|mes|mon} {nouvelles|nouveau} {coordonnees bancaires|rib}",
        "{unsere|meine} {neue|geanderte} bankverbindung",
        "{nuestra|nuestros|mi|mis} {nueva|nuevos} {cuenta bancaria|datos bancarios}",
        # the customer's own direct-debit account: "actualicen el mandato SEPA con la nueva cuenta"
        "{update|amend|change} {the|your|our} {direct debit|sepa|sepa direct debit}? mandate",
        "{mettre|mettez} a jour {le|votre|notre} mandat {de prelevement|sepa}?",
        "{lastschriftmandat|sepa lastschriftmandat|sepa mandat|mandat} _4 {aktualisieren|anpassen|andern}",
        "{actualicen|actualice|actualizar|modifiquen|modifique|cambien} {el|su|nuestro} {mandato|mandato sepa|mandato de domiciliacion}",
    ),
)

# Who else to write to, how to reach them, and where invoices must now go: "please copy Jenny on all
# emails going forward", "mettre en copie notre expert-comptable", "Mahnungen bitte künftig direkt an
# mich", "new number for me is ...", "we will only accept invoices through our supplier portal".
CONTACT_UPDATE = CONTACT_UPDATE + (
    rule(
        "contact_update.any.copy_in",
        STRONG,
        # a person asked to be copied, not "a copy of the invoice in your email"
        "{please|pls|kindly|could you|can you|would you|also} {please|also|kindly}? {copy|cc|loop in} _10 {on|in|into} "
        "{all|any|future|your|the|our|every}? {emails|email|reminders|correspondence|statements|communications|mails|"
        "payment reminders|chasers|messages|email chains|threads}",
        "{copy|cc|include|loop in|add} _3 @email _2 {on|in|into} {all|any|future|your|the|our|every}? {emails|email|"
        "reminders|correspondence|statements|communications|mails|payment reminders|chasers|messages|email chains|threads}",
        "{add|put|include|keep|have} {me|us|him|her|them|@email} {in|on|as} {copy|cc|the cc|the loop|the distribution}",
        # "keep sending invoices to ap@... but copy payments@..."
        "{please|also|but|and|pls|kindly} {also}? {copy|cc|bcc} {in}? @email",
        "{mettre|mettez|mettre systematiquement|ajouter|ajoutez|inclure|incluez|garder|gardez} _4 en {copie|cc}",
        "{setzen|nehmen} sie _4 {in|ins} {kopie|cc}",
        "{poner|pongan|poned|incluir|incluyan|anadir|anadan} _4 en {copia|cc}",
        negatable=False,
    ),
    rule(
        "contact_update.any.direct_to_me",
        STRONG,
        "{me|nous} {adresser|envoyer|transmettre|faire parvenir} {vos|les|toutes vos|tous vos|desormais|dorenavant}? "
        "{relances|courriers|correspondances|rappels|mails|emails} {directement|desormais|dorenavant|a l avenir}",
        "{mahnungen|zahlungserinnerungen|erinnerungen|rechnungen|korrespondenz|schreiben} _3 {kunftig|zukunftig|ab sofort|"
        "ab jetzt|nur noch|direkt} _2 an {mich|uns|@email|herrn|frau|unsere|unseren}",
        "{a partir de ahora|en adelante|de ahora en adelante|desde ahora} _3 {enviad|envien|enviar|envie|mandad|manden|"
        "remitid|remitan|dirigid|dirijan} {las|los|sus|vuestras|vuestros|toda la}? {facturas|recordatorios|reclamaciones|"
        "correos|comunicaciones|correspondencia} a",
        "{send|address|direct|forward|email} {all|any|future|your}? {reminders|invoices|statements|correspondence|chasers} "
        "{directly|straight} to {me|us|@email}",
        negatable=False,
    ),
    rule(
        "contact_update.any.phone",
        STRONG,
        "{new|updated|changed|correct} {number|phone|phone number|mobile|mobile number|telephone|telephone number|tel|"
        "landline|direct line|contact number|cell|cell number} {for me|for us}? {is|:|will be}",
        "{my|our} {phone|phone number|mobile|mobile number|telephone number|number|contact number|cell} {has|have} changed",
        "{nouveau|nouvel} {numero|telephone|portable|numero de telephone|numero de portable} {est|:}?",
        "{neue|neuer} {telefonnummer|handynummer|mobilnummer|durchwahl|rufnummer}",
        "{nuevo|nueva} {numero|telefono|numero de telefono|movil|linea}",
    ),
    rule(
        # invoices accepted only through a portal or platform from now on
        "contact_update.any.portal_only",
        STRONG,
        "{only|exclusively} {accept|accepts|process|processes|receive|receives|pay|pays} {invoices|invoice|e invoices} _4 "
        "{through|via|on|in|using|uploaded to|submitted to|submitted through|submitted via} {our|the|a}? {portal|"
        "supplier portal|platform|coupa|ariba|tungsten|basware|peppol|e invoicing platform|procurement portal}",
        # every invoice on the portal: "merci de déposer vos factures sur notre portail fournisseurs"
        "{deposer|deposez|transmettre|transmettez|soumettre|soumettez} {desormais|dorenavant|a l avenir}? {vos|toutes vos|toutes les|"
        "les futures|vos futures} factures {desormais|dorenavant}? {sur|via|dans|par} {notre|le|la} {portail|plateforme|portail fournisseurs|"
        "plateforme fournisseurs|chorus|chorus pro}",
        "{traiter|accepter|recevoir|payer|regler} que les factures {deposees|transmises|envoyees|soumises|deposes|"
        "recues} {sur|via|par|dans} {chorus|chorus pro|la plateforme|notre plateforme|le portail|notre portail}",
        "{nur noch|ausschliesslich|nur} {rechnungen|e rechnungen} _4 {uber|via|im|in unserem|auf unserem} {portal|"
        "lieferantenportal|plattform|peppol|coupa|ariba}",
        "{solo|unicamente|exclusivamente} {aceptamos|aceptaremos|admitimos|tramitamos|procesamos} {facturas|las facturas} _4 "
        "{a traves de|por|en|mediante} {el|nuestro|la|nuestra}? {portal|plataforma|face}",
        negatable=False,
    ),
)

AUTO_REPLY: tuple[Rule, ...] = (
    rule(
        "auto_reply.en.explicit",
        STRONG,
        "out of {the}? office",
        "{automatic|automated|auto} {reply|response|acknowledgement|acknowledgment}",
        "{autoreply|auto reply|auto response}",
        "{limited|no|intermittent|restricted} access to {my}? {email|emails|mail|mails}",
        "{upon|after} my return",
        "{dealt with|answered|handled|actioned|processed|read|responded to|replied to} {on|upon|after} {my|our} return",
        "{on|upon|after} our return",
        "{this is an|this is a} {automated|automatic} {response|reply}",
        "this mailbox is {not|no longer} {monitored|read|checked|attended}",
        negatable=False,
    ),
    rule(
        # "cette adresse n'est plus consultée", "dieses Postfach wird nicht mehr gelesen"
        "auto_reply.any.mailbox_retired",
        STRONG,
        "{mailbox|inbox|address|email address|account} {is|has|will} {no longer|not longer|not being|no longer being} "
        "{monitored|read|checked|attended|in use|used|active}",
        "{adresse|boite|messagerie|boite mail|adresse mail|adresse email|boite aux lettres} ne {est|sera} {plus|pas} "
        "{consultee|surveillee|lue|relevee|active|utilisee|geree|suivie}",
        "{postfach|adresse|e mail adresse|email adresse|mailbox} {wird|ist} {nicht mehr|nicht} {gelesen|uberwacht|"
        "bearbeitet|genutzt|abgerufen|aktiv|besetzt}",
        "{buzon|direccion|cuenta|correo} {ya no|no} {se}? {consulta|revisa|atiende|monitoriza|utiliza|usa|esta activo|esta activa}",
        negatable=False,
    ),
    # Marks of any system-sent mail: portal and ticket notifications carry them too, and what
    # they say ("invoice placed on hold", "in the BACS proposal") is the message. Alone they
    # still make an automatic answer.
    rule(
        "auto_reply.en.system",
        WEAK,
        "{automatic|automated|auto} {message|email|notification}",
        "{this is an|this is a} {automated|automatic} {message|email|notification}",
        "{do not|please do not} reply to this {email|message|address|notification}",
        "replies {are|will} not {be}? {read|monitored}",
        negatable=False,
    ),
    rule(
        "auto_reply.en.away",
        MEDIUM,
        "{i am|i will be|currently|am} {currently}? {away|on leave|on holiday|on vacation|on annual leave|on maternity leave|on paternity leave|on parental leave|on sick leave|off until|out until|out of the country|travelling until|traveling until|on a business trip}",
        "{back|return|returning|be back} {in the office|to the office|in office|to work}",
        "{i will|will} be back {on|in|from|tomorrow|next|monday|tuesday|wednesday|thursday|friday}",
        "{we have received|thank you for contacting|thanks for contacting|thank you for your email|thank you for your message} _8 {ticket|case number|reference number|within # business|within # working}",
        "{request|query|enquiry|inquiry|email|message|case|ticket} {has been|was|is} {logged|registered|created|opened|assigned|received} {with|under|as}? {reference|ticket|case|number|ref|the reference|a reference|id}",
        "{respond|reply|get back to you|be in touch|answer} within # {working|business} {days|hours|day|hour}",
        "{votre|ta} {demande|message|requete|ticket} {a ete|est} {enregistree|enregistre|recue|recu|cree|creee} {sous|avec} {le|la}? {numero|reference|ticket}",
        "{repondrons|repondra} {dans|sous} {un delai de}? # {jours|heures}",
        "{ihre|deine} {anfrage|nachricht|meldung|e mail} {wurde|ist} _3 {erfasst|registriert|angelegt|eingegangen} ",
        "{innerhalb|binnen} {von}? # {werktagen|arbeitstagen|stunden}",
        "{su|tu} {solicitud|consulta|mensaje|incidencia} {ha sido|fue|queda} {registrada|registrado|recibida|recibido|creada} {con|bajo} {el|la}? {numero|referencia|ticket}",
        "{responderemos|contestaremos|le responderemos} en {un plazo de}? # {dias|horas} {habiles|laborables}?",
        "{in case of|for} {urgent|urgency|emergencies|emergency|immediate} {matters|enquiries|inquiries|queries|issues|assistance|requests}",
    ),
    rule(
        "auto_reply.fr.explicit",
        STRONG,
        "{absent|absente|absents|absentes} {du bureau|jusqu'|jusqu|jusque}",
        "{reponse|accuse de reception} {automatique|automatiquement}",
        "de retour {le|au bureau|lundi|mardi|mercredi|jeudi|vendredi}",
        "{pendant|durant|lors de} mon absence",
        "{je aurai|acces} {un acces}? limite",
        "{je prendrai connaissance|je traiterai|je repondrai} _4 {retour|des que possible}",
        negatable=False,
    ),
    rule(
        "auto_reply.any.system",
        WEAK,
        "{message|courriel|mail|email} {automatique|automatiquement genere}",
        "{ne pas|merci de ne pas|veuillez ne pas} repondre",
        "{automatisch|automatische|automatisch generierte|automatisch erzeugte} {nachricht|e mail|email|mitteilung|benachrichtigung}",
        "{bitte}? {antworten sie nicht|nicht antworten}",
        "{mensaje|correo} {automatico|generado automaticamente}",
        "no {responda|responder|conteste} {a}? {este|esta}",
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
        "{automatische|automatisch generierte|automatisch erzeugte} {antwort|eingangsbestatigung}",
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
        "{respuesta|contestacion|acuse de recibo} {automatica|automatico|automaticamente}",
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


# Mail that is none of the collection intents, recognised by what it is rather than by the
# absence of a cue: credential phishing and fake mailbox warnings, a request to confirm that a
# bank-detail change is genuine, sales and event mailings. They give the label `other` its own
# evidence so that their incidental words ("do not reply", "new bank account", "remittance")
# do not decide. intent_rules takes its body rules from the tuples above, so they travel with
# AUTO_REPLY.
NOT_FOR_COLLECTION: tuple[Rule, ...] = (
    rule(
        "other.any.phishing",
        STRONG,
        "{validate|verify|confirm|revalidate|re validate|reactivate|re activate|upgrade|unlock} {your}? {mailbox|email "
        "account|mail account|mailbox password|email password|account password|credentials|login details|webmail}",
        "{validate|verify|confirm|enter|provide} {your}? {mailbox|email|account}? password",
        "{storage limit|storage quota|mailbox storage|storage warning|email storage|mailbox quota|storage capacity}",
        "{link|access|this link} {expires|will expire} {in|within|after}",
        "{validez|verifiez|confirmez|reactivez} {votre}? {boite|messagerie|compte de messagerie|mot de passe}",
        "{bestatigen|verifizieren|validieren|reaktivieren} sie {ihr|ihre}? {postfach|passwort|konto|mailbox}",
        "{valide|verifique|confirme|reactive} {su}? {buzon|cuenta de correo|contrasena}",
    ),
    rule(
        "other.any.share_notice",
        MEDIUM,
        "{has been|have been|was|were} shared with you",
        "{a|has|have} shared {a|the|this}? {document|file|folder|pdf} with you",
    ),
    rule(
        "other.any.verify_change",
        STRONG,
        "{is|was} {this|that|the letter|the email|the request|the change|it} {really|genuinely|actually}? {from you|genuine|"
        "legitimate|authentic|yours}",
        "{confirm|verify|check} {that|whether|if}? {this|the|that|your}? {letter|email|request|change|notification|notice} "
        "{is|was|really|came}? {genuine|legitimate|authentic|real|from you|yours}",
        "{est|etait} {elle|il|bien}? {legitime|authentique|de votre part|bien de vous}",
        "{schreiben|brief|mail|anderung|mitteilung|nachricht} _3 {echt|legitim|authentisch|tatsachlich von ihnen}",
        "{es|son} {suya|suyo|suyas|suyos|legitima|legitimo|autentica|autentico}",
        "{carta|correo|comunicacion|cambio|solicitud} {es|era}? {legitima|legitimo|autentica|autentico|suya|suyo}",
        # "pouvez-vous confirmer que cette demande émane bien de vous ?", "qu'il s'agit bien d'une fraude"
        "{confirmer|verifier|confirm|check|verify} _6 {emane|emanait|provient|provenait|vient|venait} {bien}? {de|d} {vous|votre|vos}",
        "{se|s} agit {bien}? {de|d} une {fraude|tentative de fraude|arnaque|escroquerie|usurpation|tentative}",
        "{is|was} {this|it|that} {a|an}? {scam|fraud|phishing|phishing attempt|fraud attempt|fraudulent}",
        # a customer asking whether OUR bank details really changed: "have your bank details changed?"
        "{est ce que|est ce qu} {vos|votre} {coordonnees bancaires|rib|iban|compte bancaire|banque|domiciliation bancaire} {ont|a} {change|changees|ete modifie|ete modifiees|ete modifies}",
        "avez vous {change|modifie} {de|vos|votre} {banque|rib|iban|compte bancaire|coordonnees bancaires|domiciliation bancaire}",
        "{have|did} you {changed|change} {your|banks|bank} {bank details|banking details|bank account|account details|bank}?",
        "{have|has} your {bank details|banking details|bank account|account details} {changed|been changed|really changed}",
        "{hat sich|haben sich} ihre {bankverbindung|bankdaten|kontoverbindung|iban} {geandert|wirklich geandert}",
        "haben sie ihre {bankverbindung|bankdaten|kontoverbindung|iban|bank} {geandert|gewechselt}",
        "{han|habeis|ha} {cambiado} {de}? {sus|vuestros|vuestra|su|vuestras|los} {datos bancarios|cuenta bancaria|cuenta|banco|iban}",
    ),
    rule(
        # a reminder sent to someone who was never a customer
        "other.any.wrong_recipient",
        STRONG,
        "{sent|send|sending|addressed} {this|it|these|them|the reminder|your reminder} to the wrong {place|person|company|address|customer|business}",
        "{never|not ever} {bought|purchased|ordered} anything {from|with} {you|your company|your firm|your business}",
        "{we are|we're|i am|i'm} not {a|one of your} {customer|customers|client|clients}",
        "{nunca|jamas} {hemos|he} {comprado|pedido} nada {a|de} {ustedes|su empresa|vuestra empresa}",
        "{jamais|rien} {achete|commande} {chez vous|a votre societe|aupres de vous}",
        negatable=False,
    ),
    rule(
        "other.any.sales_enquiry",
        CLEAR,
        # a buyer asking for a catalogue or price list: a sales lead, not a collection matter
        "{teneis|tienen|tiene|have you got|do you have|do you still have|avez vous|auriez vous|haben sie} {un|una|a|an|the|votre|vuestro|su|ihren|einen}? {catalogo|catalogue|catalog|katalog|tarifa|price list|tarif|preisliste}",
        "{send|envoyer|envoyez|adresser|transmettre|enviar|enviarnos|enviadnos|envienme|mandar|mandarnos|schicken|zusenden|senden} {me|us|nous|moi}? {your|a|the|votre|vos|un|le|vuestro|su|el|ihren|einen}? {latest|current|updated|new|dernier|nouveau|actualizado|aktuellen}? {catalogue|catalog|catalogo|katalog|product catalogue|price list|preisliste|lista de precios|grille tarifaire}",
    ),
    rule(
        # a customer's yearly supplier assessment or compliance questionnaire to fill in: no
        # collection matter ("Lieferantenselbstauskunft ausgefüllt zurücksenden")
        "other.any.supplier_survey",
        CLEAR,
        "{lieferantenbewertung|lieferantenselbstauskunft|lieferantenfragebogen|lieferantenbeurteilung|lieferantenauskunft}",
        "{supplier|vendor} {evaluation|assessment|self assessment|questionnaire|survey|qualification|appraisal|rating} {form|questionnaire|process}?",
        "{evaluation|auto evaluation|questionnaire|enquete|qualification|homologation} {des|de nos|annuelle des|fournisseur|fournisseurs} {fournisseurs}?",
        "{evaluacion|cuestionario|encuesta|homologacion|autoevaluacion} {de|anual de} {proveedores|proveedor}",
        "{avaliacao|questionario|qualificacao|inquerito} {de|anual de|dos} {fornecedores|fornecedor}",
    ),
    rule(
        "other.any.marketing",
        MEDIUM,
        "{special|exclusive|limited time|seasonal} {offer|offers|promotion|discount}",
        "{book|schedule|request} a {demo|free trial|free consultation}",
        "{register|sign up|join us} {now|today|free|for our webinar|for the webinar|for our event}",
        "{open to|up for|fancy} a {quick|short|# minute}? _2 {call|chat}",
        "{we are|we're} {pleased|delighted|excited|happy} to invite you",
        "{nous serions ravis|nous avons le plaisir} de vous {accueillir|inviter}",
        "{laden|freuen uns} _3 {herzlich}? {ein|einzuladen}",
        "{invitation|einladung|invitacion} {to|a|au|zur|zum|al}",
    ),
)
AUTO_REPLY = AUTO_REPLY + NOT_FOR_COLLECTION

# A document asked for with the object as a pronoun or through a third party (dev24, dev26):
# "kannst du mir die Rechnung 4514 nochmal als PDF schicken?", "¿nos lo podéis mandar esta
# semana?", "nuestro asesor nos pide el certificado de retenciones", "pourriez-vous nous le transmettre ?".
DOCUMENT_REQUEST = DOCUMENT_REQUEST + (
    rule(
        "document_request.any.pronoun_send",
        CLEAR,
        f"{{mir|uns}} {{die|den|das|eine|einen|ein|nochmal|noch mal|bitte}} _3 {_DOC_DE} _5 "
        "{schicken|senden|zuschicken|zusenden|mailen|ubermitteln|weiterleiten|zukommen}",
        # the masculine pronoun (es.enviar has the invoice as "la"): "¿nos lo podéis pasar?"
        "{nos|me} {lo|los} {podeis|pueden|puede|podrias|podria|podrian|puedes|podrais|podriais} "
        "{mandar|enviar|pasar|remitir|reenviar|hacer llegar}",
        f"{{nos|me}} {{pide|piden|pidio|solicita|solicitan|exige|exigen|requiere|requieren}} _3 {_DOC_ES}",
        "{pourriez|pouvez|pourrais|peux|merci de} {vous|tu}? {nous|me|m'} {le|la|les|l'} "
        "{transmettre|envoyer|renvoyer|faire parvenir|adresser|faire suivre}",
    ),
)

# A document the customer waits for before anything else: "don't chase this one until you can show us a
# signed POD", "until you provide the proof of delivery".
DOCUMENT_REQUEST = DOCUMENT_REQUEST + (
    rule(
        "document_request.any.until_shown",
        CLEAR,
        "{until|unless|till|once} you {can}? {show|send|provide|produce|give|forward} {us|me} {a|the|your|some|any}? {signed}? "
        "{pod|proof of delivery|delivery note|signed delivery note|delivery ticket|signed pod|timesheet|timesheets|proof}",
        negatable=False,
    ),
)

# Where to write from now on, said to a stranger (dev19, dev22): "take me off your reminders and use
# accounts@… instead", "de ahora en adelante las facturas me las manden a mí a este correo".
CONTACT_UPDATE = CONTACT_UPDATE + (
    rule(
        "contact_update.any.write_here_instead",
        CLEAR,
        "{use|contact|email|write to|send them to|send it to|copy} _8 instead",
        "{me los|me las|me lo|me la|nos los|nos las} {manden|envien|mandeis|envieis|remitan|dirijan|mandes|envies|"
        "mandan|envian|remiten}",
        "{manden|envien|mandeis|envieis|remitan|dirijan} {a mi|a este correo|a esta direccion|a mi correo|"
        "a este mail|a esta cuenta}",
        blockers=("if", "si"),
    ),
)

# A document asked for by an enclitic pronoun (Spanish): "¿podéis reenviárnosla en PDF?",
# "¿me la podríais reenviar?" is es.enviar's; the verb carrying "nos/me" + "la/las/lo/los" is this.
DOCUMENT_REQUEST = DOCUMENT_REQUEST + (
    rule(
        "document_request.es.enclitic",
        CLEAR,
        "{reenviarnosl*|enviarnosl*|mandarnosl*|remitirnosl*|pasarnosl*|facilitarnosl*|reenviarmel*|enviarmel*|"
        "mandarmel*|remitirmel*|pasarmel*|facilitarmel*|reenviadnosl*|enviadnosl*|mandadnosl*|pasadnosl*|"
        "envienosl*|enviennosl*|mandenosl*|mandennosl*|reenvienosl*|reenviennosl*|envienmel*|mandenmel*|reenvienmel*}",
    ),
)

# Where invoices go now, said with the address first or the adverb inside the verb ("please use
# ap@... for all invoices from now on", "should from then on be sent to ..."); a new person asking
# to be the contact ("add me as the main contact for statements", "keep ap@... copied in"); an old
# mailbox closed; invoices accepted only on a portal or no longer by post.
CONTACT_UPDATE = CONTACT_UPDATE + (
    rule(
        "contact_update.any.route_here",
        STRONG,
        "{please|kindly|pls}? use @email {for|from now on|going forward|in future|henceforth|instead} "
        "{all|any|future|your|our|the}? {future}? _2 {invoices|invoice|statements|reminders|correspondence|queries|emails|"
        "remittances|billing|accounts|payment}",
        "{invoices|statements|reminders|correspondence|queries|inquiries|enquiries|remittances} _8 {should|must|need to|are to|"
        "have to|will need to} {from then on|from now on|going forward|in future|in the future|henceforth|from that date|"
        "thereafter|from this date|now|instead} {be}? {sent|addressed|directed|submitted|emailed|uploaded} {to|via|through|only|by|on|in}",
        "{utilisez|utiliser} {desormais|dorenavant|plutot}? @email {pour} {les|vos|toutes|tous}? _2 {factures|relances|courriers|correspondances}",
        "{verwenden|nutzen} sie {bitte}? {kunftig|ab sofort|zukunftig|nur noch}? @email {fur} {alle|ihre|die|samtliche}? _2 "
        "{rechnungen|mahnungen|zahlungserinnerungen|korrespondenz}",
        "{utilicen|usen|utilizad|usad} {a partir de ahora|en adelante}? @email {para} {las|los|todas|todos|sus}? _2 "
        "{facturas|recordatorios|reclamaciones|comunicaciones}",
        # invoices on the customer's portal from a date: "toutes vos factures devront être déposées sur notre portail",
        # "Rechnungen müssen künftig über unser Lieferantenportal eingereicht werden"
        "{rechnungen|gutschriften} _6 {mussen|sind} _4 {uber|via|im|in unserem|auf unserem|uber unser} {portal|lieferantenportal|"
        "plattform|rechnungsportal} {eingereicht|hochgeladen|einzureichen|hochzuladen|ubermittelt|zu ubermitteln|einzustellen}",
        "{facturas|abonos} _6 {deberan|deben|tendran que|tienen que|habran de|han de} {ser}? {presentarse|subirse|cargarse|"
        "enviarse|remitirse|presentadas|subidas|cargadas|enviadas|remitidas} {a traves de|en|mediante|por|a} {el|nuestro|la|nuestra} "
        "{portal|plataforma}",
        # paper or e-mail refused from now on: "les factures envoyées par courrier ne pourront plus être traitées"
        "{factures|invoices|rechnungen|facturas} {envoyees|recues|adressees|transmises|sent|received|posted|emailed|"
        "gesendete|eingereichte|enviadas|recibidas} {par|by|per|por|via} _4 {ne pourront plus|ne seront plus|will no longer|"
        "can no longer|will not be|nicht mehr|ya no}",
        negatable=False,
    ),
    rule(
        "contact_update.any.copy_in",
        STRONG,
        "{add|set up|register|list|put|save|record|enter} {me|us|him|her|them|@email} as {the|your|a|our}? {main|primary|new|"
        "billing|accounts|finance|sole|first|principal}? {contact|point of contact|contact person|recipient|addressee}",
        "{keep|leave|have} {@email|me|us|him|her|them} {copied|cc|ccd|cced|in copy|on copy|in cc|on cc}",
        "{ajouter|ajoutez|enregistrer|enregistrez|inscrire|inscrivez|indiquer|indiquez|noter|notez} {moi|nous|m|me|@email}? "
        "comme {nouveau|nouvelle|principal|principale}? {contact|interlocuteur|interlocutrice|destinataire|correspondant|correspondante}",
        "{mich|uns|@email} als {neue|neuen|neuer|zustandige|zustandigen|haupt}? {ansprechpartnerin|ansprechpartner|kontakt|"
        "kontaktperson|empfanger|empfangerin|hauptkontakt} {hinterlegen|eintragen|erfassen|aufnehmen|vermerken|speichern|fuhren}",
        "{anadirme|agregarme|registrarme|darme de alta|incluirme|anadirnos|agregarnos|registrarnos|darnos de alta} como "
        "{nuevo|nueva|principal}? {contacto|persona de contacto|interlocutor|interlocutora|destinatario|destinataria}",
        negatable=False,
    ),
    rule(
        "contact_update.any.no_longer",
        MEDIUM,
        "{old|previous|former} _3 {mailbox|inbox|address|email address|email account|account|domain} _8 {closed|shut down|"
        "deactivated|decommissioned|deleted|discontinued|retired|switched off}",
        negatable=False,
    ),
)

# Mail that is not for collection: a "document shared with you" lure and a sign-in to "verify
# your identity"; a mass mailing's own footer ("you are receiving this email because ...") and
# its call to book ("book before 15 October and save 15%"); a customer doubting a letter that
# says OUR bank details changed ("cela nous paraît suspect", "can you confirm your bank details
# remain unchanged?").
AUTO_REPLY = AUTO_REPLY + (
    rule(
        "other.any.phishing_lure",
        STRONG,
        "{document|file|folder|pdf|invoice|remittance advice|remittance|payment advice|statement|fax|voicemail} shared with you",
        "{sign in|log in|login|signin} with your {email|email account|email address|microsoft account|office 365 account|"
        "mailbox|outlook account|work account} {to} {verify|view|access|confirm|download|open|unlock}",
        "to {verify|confirm|validate} your identity",
    ),
    rule(
        "other.any.mass_mailing",
        STRONG,
        "{you are receiving|you're receiving|you receive|you received|you have received} this {email|e mail|message|newsletter|"
        "mailing} because",
        "{vous recevez|vous avez recu} ce {message|mail|e mail|courriel|courrier|email} {car|parce que|parce qu}",
        "sie {erhalten|bekommen} diese {e mail|email|nachricht|mail|mitteilung|newsletter} {weil|da}",
        "{recibe|recibes|ha recibido|has recibido} este {correo|mensaje|email|e mail|boletin} {porque|ya que}",
        "{book|order|register|sign up|reserve} {now|today|before|by} _6 save #",
    ),
    rule(
        "other.any.verify_change_doubt",
        STRONG,
        "{confirm|verify|check} _6 {your} {bank details|banking details|bank account|account details|iban} {remain|are still|"
        "have not|haven't|are unchanged|stay}",
        "{confirmer|verifier} _6 {vos|votre} {coordonnees bancaires|rib|iban|compte bancaire|domiciliation bancaire} "
        "{restent|reste|sont toujours|n ont pas|ne ont pas|sont inchangees|demeurent}",
        "{bestatigen|prufen} _6 {ihre} {bankverbindung|bankdaten|kontoverbindung|iban} _3 {unverandert|gleich|weiterhin}",
        "{confirmar|confirmen|confirme|verificar} _6 {sus|su|vuestros|vuestra} {datos bancarios|cuenta bancaria|iban} {siguen|sigue|"
        "no han|no ha|son los mismos}",
        "{seems|looks|appears} {suspicious|fraudulent|like a scam|like fraud|like phishing}",
        "{nous}? {parait|semble|paraissent|semblent} {suspect|suspecte|suspects|suspectes|louche|frauduleux|frauduleuse}",
        "{kommt|kommen|erscheint|scheint} {uns|mir} {verdachtig|merkwurdig|betrugerisch|seltsam}",
        "{nos|me} {parece|parecen|resulta} {sospechoso|sospechosa|sospechosos|sospechosas|fraudulento|fraudulenta|raro|rara}",
        negatable=False,
    ),
)

# Requests and routing written with the second-person plural or an indirect object (dev35, dev37):
# "a partir de ahora enviad facturas y recordatorios a ...", "please send all invoices and statements
# to me", "pouvez-vous lui renvoyer les factures ouvertes ?", "¿podéis mandarles una copia?",
# "les agradeceríamos que nos enviaran una relación de las facturas pendientes"; a departure said in
# the simple past ("João left the company") and a current address announced as closing ("l'adresse
# actuelle sera fermée fin novembre").
CONTACT_UPDATE = CONTACT_UPDATE + (
    rule(
        "contact_update.any.direct_to_me",
        STRONG,
        "{a partir de ahora|en adelante|de ahora en adelante|desde ahora} {por favor}? {enviad|mandad|remitid|dirigid} {las|los|sus|"
        "vuestras|vuestros|toda la}? {facturas|recordatorios|reclamaciones|correos|comunicaciones|correspondencia}",
        "{por favor|os rogamos|os pedimos que}? {enviad|mandad|remitid|dirigid} {las|los|vuestras|vuestros|toda la}? {facturas|"
        "recordatorios|reclamaciones|comunicaciones|correspondencia} {y|e|,} {las|los|la}? {facturas|recordatorios|reclamaciones|"
        "comunicaciones|correspondencia} _3 {a|al}",
        "{please|kindly|pls} {send|address|direct|forward|email} {all|any}? {future}? {invoices|statements|reminders|correspondence|"
        "queries|remittances} {and|&|,|or} {all|any}? {invoices|statements|reminders|correspondence|queries|remittances} {to|directly to} "
        "{me|us|@email|my|our|the new}",
        negatable=False,
    ),
    rule(
        "contact_update.en.contact",
        STRONG,
        "{left|departed} {the|our} {company|business|firm|organisation|organization|practice}",
        "{utilisera|utiliserons|utiliseront|utilise desormais|utilisons desormais|utilisera desormais} _6 {le|l|la|cette}? {adresse|"
        "adresse mail|adresse email|adresse electronique} @email",
    ),
    rule(
        "contact_update.any.no_longer",
        MEDIUM,
        "{adresse|boite|messagerie|adresse mail|adresse email} {actuelle|actuel} _2 {sera|va etre} {fermee|ferme|supprimee|supprime|"
        "desactivee|desactive|close|resiliee}",
        negatable=False,
    ),
)

DOCUMENT_REQUEST = DOCUMENT_REQUEST + (
    rule(
        "document_request.es.enviar",
        CLEAR,
        f"{{pueden|podrian|puede|podria|podeis|podriais|podrias|puedes|por favor}} {{mandarles|enviarles|remitirles|reenviarles|"
        f"facilitarles|pasarles|hacerles llegar|mandarle|enviarle|remitirle|reenviarle|facilitarle|pasarle}} _3 {_DOC_ES}",
        f"{{que nos enviaran|que nos enviasen|que nos remitieran|que nos remitiesen|que nos mandaran|que nos mandasen|"
        f"que nos hicieran llegar|que nos facilitaran|que nos facilitasen|que me enviaran|que me remitieran|que me mandaran}} "
        f"{{una|un|la|el|las|los}}? _2 {{{_DOC_ES[1:-1]}|relacion|listado|lista}}",
    ),
    rule(
        "document_request.fr.envoyer",
        CLEAR,
        f"{{merci de|pourriez vous|pouvez vous|pourrais tu|peux tu|veuillez|serait il possible de|est il possible de}} {{aussi|egalement}}? "
        f"{{lui|leur}} {{renvoyer|transmettre|faire parvenir|communiquer|envoyer|fournir|reenvoyer|retransmettre|faire suivre}} "
        f"{{directement|aussi|egalement|a nouveau|de nouveau}}? {{une|un|la|le|les|des|votre|vos}}? _2 {_DOC_FR}",
        blockers=("desormais", "dorenavant", "avenir", "futures", "toutes", "systematiquement"),
    ),
    rule(
        "document_request.de.senden",
        CLEAR,
        "{bitten|bitte|ersuchen|benotigen|brauchen} _10 {aufstellung|ubersicht|liste|saldenliste|kontoubersicht} {aller|der|samtlicher|"
        "ihrer|unserer}? {offenen|offener|ausstehenden|falligen|unbezahlten} {rechnungen|posten|betrage} _4 {zu senden|zuzusenden|"
        "zu ubermitteln|zu ubersenden|zuzuschicken|zu schicken|zukommen zu lassen}",
    ),
    # a list of the open items is a statement: "a list of all open invoices", "une liste des factures en cours"
    rule(
        "document_request.any.doc_word",
        WEAK,
        "{list|listing|schedule|breakdown|overview|summary} of {all}? {the|our|your}? {open|outstanding|unpaid|overdue|due} "
        "{invoices|items|balances|positions}",
        "{liste|releve|etat|recapitulatif} {des|de toutes les|de nos|de vos} factures {ouvertes|en cours|impayees|echues|non reglees|"
        "en attente|dues}",
        "{aufstellung|liste|ubersicht} {aller|der|samtlicher|unserer|ihrer}? {offenen|offener|ausstehenden|unbezahlten} {rechnungen|posten}",
        "{relacion|listado|lista} de {las|todas las|nuestras|sus}? facturas {pendientes|abiertas|vencidas|impagadas|por pagar}",
        blockers=("thanks", "thank", "thx", "merci", "remercie", "remercions", "danke", "dank", "gracias", "agradecemos",
                  "received", "receipt", "recu", "erhalten", "recibido", "recibimos", "attached", "enclosed", "ci joint",
                  "anbei", "beiliegend", "adjunto", "adjuntamos"),
    ),
)

# A request with an aside between the modal and the verb ("pouvez-vous par ailleurs nous adresser un
# relevé", "können Sie mir bei der Gelegenheit einen Kontoauszug senden?"), the document as "en"
# ("pouvez-vous m'en envoyer un ?"), and a list of the open items asked for ("send us an overview of
# all your open items").
DOCUMENT_REQUEST = DOCUMENT_REQUEST + (
    rule(
        "document_request.fr.envoyer",
        CLEAR,
        f"{{merci de|pourriez vous|pouvez vous|pourrais tu|peux tu|veuillez|serait il possible de|est il possible de}} "
        f"{{par ailleurs|en outre|au passage|de plus|dans la foulee|si possible|egalement|aussi|a cette occasion|en meme temps}} "
        f"{{nous|me|m}} {{renvoyer|transmettre|faire parvenir|communiquer|adresser|envoyer|fournir|reenvoyer|retransmettre|faire suivre}} "
        f"{{une|un|la|le|les|des|votre|vos}}? _2 {_DOC_FR}",
        "{pourriez vous|pouvez vous|merci de|veuillez|pourriez|pouvez|pourrais tu|peux tu} {nous|me|m} en {adresser|envoyer|"
        "transmettre|faire parvenir|fournir|renvoyer|communiquer} {un|une|deux|une copie|un exemplaire}? {?|svp|s il vous plait|merci|.}",
    ),
    rule(
        "document_request.de.senden",
        CLEAR,
        f"{{konnten sie|konnen sie|wurden sie}} {{uns|mir}} _5 {_DOC_DE} _2 {{senden|zusenden|schicken|zuschicken|ubermitteln|"
        "ubersenden|mailen|zustellen|zukommen|nachreichen}",
    ),
    rule(
        "document_request.en.send",
        CLEAR,
        "{send|provide|email|forward|share|give} {us|me}? {a|an|the|your}? {overview|list|listing|summary|schedule|breakdown} of _3 "
        "{open|outstanding|unpaid|overdue} {items|invoices|balances|positions}",
    ),
)

# Who pays, told as where the account is handled (FR/DE/ES; EN is contact_update.en.contact's
# "invoices are paid by"): "toutes nos factures fournisseurs sont payées par la comptabilité centrale du
# groupe", "Rechnungen werden von unserer Konzernbuchhaltung beglichen", "las facturas se pagan desde la central".
CONTACT_UPDATE = CONTACT_UPDATE + (
    rule(
        "contact_update.any.handled_by",
        STRONG,
        "{factures|reglements|paiements} {fournisseurs}? {sont|seront} {desormais|dorenavant|toutes|tous}? {payees|reglees|traitees|"
        "gerees|centralisees|payes|regles|traites|geres|centralises} {par|au niveau de|via} {la|le|notre|nos|l} _2 {comptabilite|service|"
        "siege|groupe|maison mere|centrale|direction financiere|cabinet|expert comptable|holding}",
        "{rechnungen|zahlungen|lieferantenrechnungen} {werden} {kunftig|ab sofort|zentral|nur noch|ausschliesslich}? {von|uber|durch} "
        "{unsere|unserer|unseren|die|der|den} _2 {buchhaltung|konzernbuchhaltung|zentrale|muttergesellschaft|holding|treuhand|"
        "kreditorenbuchhaltung|finanzabteilung} {in _1|aus _1|am _1|im _1}? {bezahlt|beglichen|bearbeitet|abgewickelt|verbucht}",
        "{facturas|pagos} {se pagan|se gestionan|se tramitan|son pagadas|son gestionadas|se abonan} {desde|por|a traves de} "
        "{la|nuestra|el|nuestro} _2 {central|sede|gestoria|administracion central|matriz|departamento|contabilidad}",
        negatable=False,
    ),
)

# A colleague or relative taking over the accounts, said as what they will do rather than as a new
# contact: "from 1 March my colleague will handle all supplier invoices, please address everything to
# her", "desde ahora mi hermana se va a encargar de las cuentas", "c'est désormais mon fils qui
# s'occupera des factures", "ab sofort kümmert sich meine Tochter um die Buchhaltung". A payment run
# handled this week ("we will take care of the invoices by Friday") names no one and stays out.
CONTACT_UPDATE = CONTACT_UPDATE + (
    rule(
        "contact_update.any.takes_over",
        STRONG,
        "{will|shall|is going to} {handle|manage|look after|take care of|deal with|take over} all {supplier|vendor|incoming|"
        "our supplier|our vendor} {invoices|payments|payables|accounts|invoicing|bills}",
        "{se va a encargar|se encargara|se van a encargar|se encargaran|se hara cargo|se va a hacer cargo|va a llevar|llevara|"
        "ahora se encarga|ahora lleva} de {las|los|la|el|toda la|todas las|todos los} {cuentas|pagos|contabilidad|facturas|"
        "cobros|administracion|facturacion|proveedores}",
        "{se occupera|se occuperont|se occupe desormais|se occupe dorenavant|va se occuper|prendra en charge|prend desormais en charge|gerera|"
        "va gerer} {des|de la|du|de|les|la|le} {factures|paiements|reglements|comptabilite|comptes|facturation|fournisseurs}",
        "{kummert sich|kummern sich|wird sich} {ab sofort|kunftig|zukunftig|ab jetzt|nun|jetzt|ab dem _2} _3 um {die|unsere|alle} "
        "{rechnungen|zahlungen|buchhaltung|finanzen|kreditoren|lieferantenrechnungen}",
        "{ab sofort|kunftig|zukunftig|ab jetzt} {kummert|kummern} sich _3 um {die|unsere|alle|ihre} {rechnungen|zahlungen|"
        "buchhaltung|finanzen|kreditoren|lieferantenrechnungen}",
    ),
)

# "please address everything to her": who "her" is comes from the sentence before (a successor, or an
# administrator whose notice leads), so alone it is only suggestive.
CONTACT_UPDATE = CONTACT_UPDATE + (
    rule(
        "contact_update.any.everything_to",
        WEAK,
        "{please}? {address|send|direct|forward|refer} {everything|all correspondence|all queries|all reminders|anything} "
        "{else}? {to|directly to} {him|her|them} {directly}? {from now on|going forward|instead|.|,|!}?",
    ),
)

# A supplier of ours telling us its receivables now go to a factor ("nos créances sont cédées à notre
# société d'affacturage, merci de régler directement au factor"): a payment instruction to us, not
# a customer's reply about what it owes. Not a customer paying through its own reverse-factoring
# programme ("dans le cadre du programme d'affacturage inversé ... nous avons réglé"), which stays
# an advice.
AUTO_REPLY = AUTO_REPLY + (
    rule(
        "other.any.factored_receivables",
        STRONG,
        "{nos|notre|toutes nos} {creances|factures} {clients}? {sont|ont ete|seront|sont desormais} {cedees|transferees|"
        "confiees} {a|au|a notre|a la}",
        "{regler|payer|verser|reglez|payez|virer} _8 {directement}? {au factor|a notre factor|a la societe d affacturage|"
        "a notre societe d affacturage|aupres du factor|aupres de notre factor}",
        "{our} {receivables|invoices|accounts receivable} {have been|are|will be|are now} {assigned|sold|factored|transferred} to",
        "{pay|remit|send payment|make payment} _6 {directly}? to {the|our} {factor|factoring company|factoring agent}",
        "{unsere|samtliche|alle} {forderungen|rechnungen} {wurden|werden|sind} _3 {abgetreten|verkauft|zediert}",
        "{zahlen|uberweisen|leisten} sie _6 {an|auf das konto} {die|unsere|der|unserer} {factoring gesellschaft|factoringgesellschaft|"
        "factoring bank|factor}",
        "{nuestros|nuestras} {creditos|facturas|derechos de cobro} {han sido|son|seran|estan} {cedidos|cedidas} a",
        "{pagar|abonar|paguen|abonen} _6 {directamente}? a {la|nuestra} {sociedad de factoring|entidad de factoring|empresa de factoring|"
        "entidad factor}",
    ),
)

# Where to write instead, said to the reader with the address: "pour la compta vous m'écrivez ici, à
# x@...", "schriftliche Mitteilungen bitte nur an x@...", "write to me at x@... instead".
CONTACT_UPDATE = CONTACT_UPDATE + (
    rule(
        "contact_update.any.write_here",
        STRONG,
        "{me|nous} {ecrivez|ecrire} _4 @email",
        "{m|me|nous} {ecrire|ecrivez} {ici|a cette adresse|sur cette adresse|sur ce mail|a ce mail}",
        "{ecrivez moi|ecrivez nous} {ici|a cette adresse|sur cette adresse}",
        # "any communication about invoices must be in writing to accounts@..."
        "{any|all} {further}? {communication|communications|correspondence|contact} _6 {must|should|is to|are to|needs to|need to} be "
        "{made|sent|directed}? {in writing|by email|by e mail|in writing only} {only}? {,}? {to|at|via} _3 @email",
        "{any|all} {further}? {collection|billing|account|payment|invoice}? {matter|matters|communication|communications|correspondence|queries} _6 {goes|go|must go|"
        "should go|is to go|are to go} {in writing|by email|by e mail}? {only}? {to|at|via} _3 @email",
        "{you can|you may|please|kindly} {write|email|e mail|send anything|send everything} {to} @email",
        # "veuillez me contacter par écrit uniquement, par courrier postal au cabinet (adresse)"
        "{me|nous} {contacter|ecrire|joindre} {uniquement|seulement|exclusivement}? par {ecrit|courrier|courrier postal|email|mail|"
        "courriel} {uniquement|seulement|exclusivement}? {,}? {par courrier|par courrier postal|par email|par mail|par courriel}? "
        "{a|au|a l|sur|chez|a le} {cabinet|bureau|siege|magasin|adresse|adresse suivante|@email}",
        "{ecrivez moi|ecrivez nous|ecrivez} {plutot|desormais|dorenavant|uniquement|seulement}? {ici}? {a|sur}? {l adresse}? @email",
        "{mitteilungen|nachrichten|post|korrespondenz|schreiben|mails|e mails|rechnungen|mahnungen|zahlungserinnerungen|anfragen} "
        "{bitte}? {nur|ausschliesslich|nur noch|kunftig|ab sofort|bitte nur} {noch}? an @email",
        "{write|email|mail} {to}? {me|us} {instead|only|directly}? {at|on|via} @email",
        "{escribame|escribanme|escribanos|escribidme|escribeme} {solo|unicamente|mejor|directamente}? {a|al}? _2 @email",
    ),
)

# Mail for someone away or gone, to the writer: "until she's back, please send invoices, reminders
# and anything AP-related to me, x@...", "adressez les relances à moi, x@..."; and the channel
# changed: "could you email our invoices instead of mailing paper copies?", "par mail plutôt que par
# courrier", "per E-Mail statt per Post", "por correo electrónico en lugar de en papel".
CONTACT_UPDATE = CONTACT_UPDATE + (
    rule(
        "contact_update.any.to_me_at",
        STRONG,
        f"{_SEND_TO_NO_COPY} _12 {{to|at|a|an|al}} {{me|us|myself|moi|nous|mich|uns|mi|nosotros}} {{,|:|-|at|on|via|(|a|unter|en}}? @email",
        blockers=_COPY_WORDS,
    ),
    rule(
        "contact_update.any.channel",
        STRONG,
        "{email|e mail|emailed|e mailed|electronically|by email|by e mail|as pdf|as pdfs|pdf} _4 {instead of|rather than} "
        "{mailing|posting|post|mail|paper|by post|by mail|sending paper|printed|snail mail|the post|mailed|posted|paper copies}",
        "{instead of|rather than} {mailing|posting|sending}? {paper|post|by post|by mail|printed} _6 {email|e mail|electronically|pdf}",
        "{no more|stop sending|stop mailing|no longer send} {paper|printed|hard copy|hard copies} {invoices|statements|copies|bills}?",
        "{par mail|par email|par e mail|par courriel|en pdf|par voie electronique} {plutot que|au lieu de|et non} {par}? {courrier|la poste|papier|voie postale|postal}",
        "{plus de|arretez les} {factures|courriers|envois} papier",
        "{per e mail|per email|per mail|elektronisch|als pdf} {statt|anstatt|anstelle|nicht} {per|auf|mit der}? {post|papier|postweg|briefpost}",
        "{keine|nicht mehr} {papierrechnungen|rechnungen per post|post rechnungen}",
        "{por correo electronico|por email|por e mail|en pdf|por mail|electronicamente} {en lugar de|en vez de|y no} {por}? {correo postal|papel|correo ordinario|correo}",
    ),
)

# Asked as "can I get": "kann ich bitte von der 41225 noch einmal eine Kopie bekommen?", "could we
# get a copy of 4471 again?", "est-ce que je peux avoir un duplicata de la 88?", "¿me podrían dar
# una copia de la 3301?". Not a copy already got ("wir haben die Kopie bekommen, danke").
DOCUMENT_REQUEST = DOCUMENT_REQUEST + (
    rule(
        "document_request.any.can_i_get",
        CLEAR,
        f"{{kann|konnte|konnten|kannst|durfte|darf}} {{ich|wir}} _10 {{eine|die|ein|das|nochmal|noch einmal|erneut}}? "
        f"{{{_DOC_DE[1:-1]}}} {{bekommen|erhalten|haben}}",
        f"{{can|could|may}} {{i|we}} {{please}}? {{get|have|receive|grab}} {{a|another|a new|the|fresh}}? "
        f"{{copy|copies|duplicate|pdf|statement|reprint}} {{of}}?",
        f"{{puis je|pourrais je|pouvons nous|pourrions nous|est ce que je peux|est ce que nous pouvons|est ce qu on peut}} "
        f"{{avoir|recevoir|obtenir}} {{une|un|la|le|les|des|nouveau|nouvelle}}? {{copie|copies|duplicata|double|exemplaire|releve}}",
        f"{{me|nos}} {{podrian|podria|pueden|puede|podeis}} {{dar|pasar|facilitar}} {{una|un|la|el|otra}}? "
        f"{{copia|copias|duplicado|extracto}}",
        blockers=("thanks", "thank", "danke", "merci", "gracias", "received", "erhalten haben", "bekommen haben"),
    ),
)

# The urgent lure: "Your account has been temporarily SUSPENDED due to an unpaid invoice ... log in and
# update your payment details within 24 hours ... Failure to comply will result in ...". Named
# other.any.phishing* so that two of them make classify discount the payment words they borrow.
AUTO_REPLY = AUTO_REPLY + (
    rule(
        "other.any.phishing_urgent",
        STRONG,
        "{log in|login|sign in|signin|click here|click the link|click below|click} {and|to} {update|verify|confirm|validate|"
        "re enter|reenter|restore} your {payment|billing|account|card|bank|banking|login} {details|information|info|data|method}",
        "your account {has been|is|was|will be|has} {temporarily|now|been}? {suspended|locked|deactivated|restricted|limited|"
        "disabled|frozen} {due to|because|pending|until}",
        "failure to {comply|do so|respond|verify|update|act} {will|may|shall|could} result in",
        "votre compte {a ete|est|sera} {temporairement}? {suspendu|bloque|desactive|restreint|gele} {en raison|suite|pour|jusqu}",
        "{connectez vous|cliquez ici|cliquez} {et|pour} {mettre a jour|verifier|confirmer|valider} vos {coordonnees|informations|donnees} "
        "{bancaires|de paiement|de facturation}",
        "ihr konto {wurde|ist|wird} {vorubergehend}? {gesperrt|deaktiviert|eingeschrankt} {wegen|aufgrund|bis}",
        "{melden sie sich an|klicken sie hier|klicken sie} {und|um} _3 {zahlungsdaten|bankdaten|kontodaten|zahlungsinformationen} "
        "{zu}? {aktualisieren|bestatigen|verifizieren}",
        "su cuenta {ha sido|esta|sera} {temporalmente}? {suspendida|bloqueada|desactivada|restringida} {debido|por|hasta}",
        "{inicie sesion|haga clic|pulse} {y|para} {actualizar|verificar|confirmar} sus {datos|detalles} {de pago|bancarios|de facturacion}",
    ),
)

# "Please update our mailing address for invoices and statements: PO Box 1188 ...", "merci de mettre à jour
# notre adresse de facturation", "bitte aktualisieren Sie unsere Rechnungsadresse", "bitte ab sofort an
# x@... schreiben". Not "update your bank details" (theirs) nor "update the PO on the invoice".
CONTACT_UPDATE = CONTACT_UPDATE + (
    rule(
        "contact_update.any.update_ours",
        STRONG,
        "{update|change|amend|correct} {our|my} {mailing|billing|postal|invoice|invoicing|remittance|remit to|email|e mail|"
        "correspondence|office|company}? {address|addresses|contact details|contact information|email address}",
        "{mettre a jour|modifier|changer|corriger} {notre|nos|mon|ma} {adresse|adresses|coordonnees|adresse email|adresse mail|"
        "adresse de facturation|adresse postale}",
        "{aktualisieren|andern|korrigieren} sie {bitte}? {unsere|meine} {adresse|rechnungsadresse|postanschrift|anschrift|"
        "e mail adresse|kontaktdaten}",
        "{unsere|meine} {adresse|rechnungsadresse|postanschrift|anschrift|kontaktdaten} {bitte}? {aktualisieren|andern|korrigieren}",
        "{actualizar|actualicen|cambiar|cambien|modificar|modifiquen} {nuestra|nuestros|mi|nuestras} {direccion|datos de contacto|"
        "direccion de facturacion|direccion postal|correo}",
        "{bitte}? {ab sofort|kunftig|in zukunft|ab jetzt|nur noch|ab heute} {nur}? an @email {schreiben|senden|schicken|richten}",
        blockers=("your", "ihre", "votre", "vos", "su", "sus", "if", "wenn", "si"),
    ),
)

# A qualifier between "accept" and "invoices" ("we will only accept supplier invoices through
# Coupa", "n'acceptons plus que les factures fournisseurs déposées sur ..."); the named mailbox
# itself closing ("the invoices@... mailbox will be closed at the end of July", "cette boîte sera
# fermée"); where to write now without a verb of sending ("escribidme a este correo a partir de
# ahora", "ab jetzt bitte alles an diese Adresse"). Not "the office will be closed on Monday".
CONTACT_UPDATE = CONTACT_UPDATE + (
    rule(
        "contact_update.any.portal_only_qualified",
        STRONG,
        "{only|exclusively} {accept|accepts|process|processes|receive|receives|pay|pays} {supplier|vendor|all|electronic|pdf|"
        "purchase|po} {invoices|invoice|e invoices} _4 {through|via|on|in|using|uploaded to|submitted to|submitted through|"
        "submitted via} {our|the|a}? {portal|supplier portal|platform|coupa|ariba|tungsten|basware|peppol|e invoicing platform|"
        "procurement portal}",
        negatable=False,
    ),
    rule(
        "contact_update.any.mailbox_closing",
        STRONG,
        "{the|this|that|our}? @email {mailbox|inbox|address|email address|account}? {will be|is being|is going to be|will soon be|"
        "has been|is} {closed|shut down|deactivated|discontinued|decommissioned|retired|switched off|turned off|deleted}",
        "{this|that|our|the} {shared|generic|old|current}? {mailbox|inbox|email address|email account} {will be|is being|is going to be|"
        "will soon be} {closed|shut down|deactivated|discontinued|decommissioned|retired|switched off|turned off|deleted}",
        "{cette|la|notre} {boite mail|boite email|boite e mail|boite aux lettres electronique|adresse|adresse mail|adresse email|messagerie} {sera|va etre} {fermee|supprimee|desactivee|"
        "close|resiliee}",
        "{dieses|das|unser} {postfach|e mail postfach|mailpostfach} {wird} _4 {geschlossen|abgeschaltet|deaktiviert|geloscht|stillgelegt}",
        "{este|el|nuestro} {buzon|correo|buzon de correo} {sera|va a ser|se va a} {cerrado|dado de baja|desactivado|cerrar|dar de baja|desactivar}",
        negatable=False,
    ),
    rule(
        "contact_update.any.write_here_now",
        STRONG,
        "{escribidme|escribanme|escribame|escribeme|escribidnos|escribannos|escribenos|mandadme|enviadme} {a|en} {este|esta|mi|mi nuevo|"
        "mi nueva} {correo|direccion|email|mail|cuenta}",
        "{ab jetzt|ab sofort|kunftig|in zukunft|ab heute} {bitte}? {alles|alle mails|alle e mails|alles weitere|die post|die rechnungen} "
        "an {diese|die neue|meine neue|unsere neue} {adresse|mailadresse|mail adresse|e mail adresse|email adresse}",
        "{ecrivez moi|ecrivez nous|ecris moi|ecrivez} {desormais|dorenavant|maintenant|a partir de maintenant}? {a|sur} {cette|ma nouvelle|"
        "notre nouvelle} {adresse|adresse mail|adresse email|boite}",
        "{write to me|email me|write to us|email us|contact me|contact us} {at|on} {this|my new|our new} {address|email|email address|"
        "account} {from now on|going forward|in future|from today}",
        negatable=False,
    ),
)

# Portuguese requests for a document ("Podem enviar-nos o extrato de conta corrente?", "poderiam
# reenviar a fatura 12?"); not "enviamos a fatura" (we sent it).
DOCUMENT_REQUEST = DOCUMENT_REQUEST + (
    rule(
        "document_request.pt.send",
        CLEAR,
        "{podem|podiam|poderiam|pode|podia|poderia|por favor|favor} {enviar nos|enviar me|mandar nos|mandar me|enviar|mandar|reenviar|"
        "reenviar nos|remeter nos|remeter} {o|a|os|as|um|uma|novamente}? _3 {extrato|extrato de conta|extrato de conta corrente|fatura|"
        "faturas|copia|copias|segunda via|nota de credito|comprovativo|comprovativos|guia de remessa|guias de remessa|documentos}",
    ),
)

# The writer unsure of having the right place ("sorry if this is the wrong department", "not sure
# whether I'm the right contact") says nothing about us writing to the wrong person.
CONTACT_UPDATE = with_blockers(CONTACT_UPDATE, ("contact_update.en.no_longer",), ("if", "whether"))

# "renvoyer une copie" with no one asking: a request unless the writer offers it ("je peux vous envoyer
# une copie du certificat au besoin", "nous pourrions vous transmettre le duplicata").
DOCUMENT_REQUEST = DOCUMENT_REQUEST + (
    rule(
        "document_request.fr.envoyer_copie",
        CLEAR,
        "{renvoyer|transmettre|faire parvenir|communiquer|envoyer|fournir|reenvoyer|retransmettre|reediter} {nous|me}? {une|un|la|le|les|des|votre|vos}? {copie|duplicata}",
        # the writer offering a copy; "voulez-vous bien me renvoyer une copie" is still a request
        blockers=("peux", "pouvons", "pourrais", "pourrions", "vais", "allons"),
    ),
)

# Italian, Dutch (and Afrikaans, read with the Dutch words), Portuguese and Catalan requests for a
# document: "potreste inviarci copia della fattura 757?", "ci servirebbe l'estratto conto", "kunt u ons
# een kopie bezorgen?", "graag ontvangen wij een creditnota", "kan julle vir ons 'n staat stuur?",
# "podem enviar-nos a segunda via?", "ens podríeu enviar un extracte del compte?". Not the writer
# offering one ("ik kan u een kopie sturen", "posso inviarvi copia") nor invoices routed somewhere
# ("gelieve facturen voortaan naar ... te sturen": contact_update).
_DOC_IT = ("{copia|copie|duplicato|duplicati|fattura|fatture|estratto|estratto conto|estratti conto|ddt|documento di trasporto|"
           "bolla|bolle|bolla di consegna|nota di credito|note di credito|nota credito|certificato|certificati|pdf|documentazione|"
           "documenti|coordinate bancarie|prova di consegna|rapportino|rapportini|partitario|situazione contabile|"
           "elenco delle fatture|ricevuta|quietanza}")
_DOC_NL = ("{kopie|kopij|kopieen|afschrift|duplicaat|factuur|creditnota|creditnota's|kredietnota|krediet nota|rekeninguittreksel|"
           "uittreksel|rekeningoverzicht|overzicht|saldo overzicht|saldolijst|openstaande posten|leveringsbon|leverbon|afleverbon|"
           "pakbon|bewijs van levering|afleveringsbewijs|attest|certificaat|pdf|bankgegevens|staat|state|staat van rekening|"
           "rekeningstaat|faktuur|kwitansie|afskrif|leweringsbewys|aflewernota|bewys van aflewering}")
_DOC_PT = ("{extrato|extrato de conta|extrato de conta corrente|conta corrente|fatura|copia|copias|segunda via|duplicado|"
           "nota de credito|notas de credito|comprovativo|comprovativos|guia de remessa|guias de remessa|documentos|documento|pdf|"
           "certificado|recibo|recibos|dados bancarios|boleto|boletos|boleto atualizado|xml|danfe|nota fiscal|notas fiscais|"
           "nfe|nf e}")
_DOC_CA = ("{extracte|extracte de compte|copia|copies|duplicat|factura|abonament|nota de credit|albara|albarans|certificat|"
           "justificant|document|documents|documentacio|pdf|rebut|rebuts|dades bancaries}")

DOCUMENT_REQUEST = DOCUMENT_REQUEST + (
    rule(
        "document_request.it.send",
        CLEAR,
        f"{{potreste|potete|potresti|puoi|potrebbe|puo|vorreste|vorrebbe|prego|gentilmente|cortesemente|chiediamo di|chiedo di|"
        f"preghiamo di|pregherei di|pregheremmo di|chiederei di|chiederemmo di|per favore}} {{gentilmente|cortesemente}}? "
        f"{{inviarci|inviarmi|mandarci|mandarmi|trasmetterci|trasmettermi|inoltrarci|inoltrarmi|rimandarci|rimandarmi|reinviarci|"
        f"reinviarmi|fornirci|fornirmi|girarci|girarmi|farci avere|farmi avere|spedirci|spedirmi|emettere|inviare|mandare|"
        f"trasmettere|inoltrare|rinviare}} _3 {_DOC_IT}",
        f"{{inviateci|mandateci|trasmetteteci|inoltrateci|rimandateci|inviatemi|mandatemi|trasmettetemi|fateci avere|"
        f"fatemi avere|speditemi|mandami|inviami|girateci}} _3 {_DOC_IT}",
        f"{{ci|mi}} {{potreste|potete|potresti|puoi|potrebbe|puo}} {{inviare|mandare|trasmettere|inoltrare|rimandare|reinviare|"
        f"fornire|girare|far avere|spedire}} _3 {_DOC_IT}",
        f"{{abbiamo bisogno|avremmo bisogno|ho bisogno|avrei bisogno|ci serve|ci servirebbe|ci servono|ci servirebbero|mi serve|"
        f"mi servirebbe|necessitiamo|necessiteremmo}} {{di|del|della|dei|delle|dell'|dello|degli|il|la|lo|l'|le|i|una|un|uno|copia}}? _2 {_DOC_IT}",
        # "chiediamo copia del DDT", not "chiediamo la correzione della fattura"
        "{chiediamo|vi chiediamo|richiediamo|vi chiedo|chiedo} {una|la|il|l'|lo|le|gli|i|cortesemente}? {copia|copie|duplicato|duplicati|"
        "estratto conto|estratto|ddt|documento di trasporto|bolla di consegna|prova di consegna|coordinate bancarie|documentazione}",
        blockers=("ricevuto", "ricevuta", "ricevuti", "grazie", "allegato", "allegata", "allegati", "alleghiamo"),
    ),
    rule(
        "document_request.nl.send",
        CLEAR,
        # the verb last: "kunt u ons een kopie bezorgen?", "kan julle asseblief vir ons 'n staat stuur?"
        f"{{kunt|kan|kunnen|zou|zoudt|wilt|wil|gelieve|graag|mag}} {{u|je|jij|jullie|julle|jy}}? _5 {_DOC_NL} _4 "
        "{sturen|toesturen|opsturen|bezorgen|mailen|doorsturen|doormailen|overmaken|opmaken|stuur|aanstuur|e pos|"
        "epos|deurstuur|toestuur|bezorgd}",
        f"{{stuur|stuurt|bezorg|mail|zend|stuur asseblief}} {{ons|mij|me|my|vir ons|vir my|asseblief|aub|a.u.b.}} _4 {_DOC_NL}",
        blockers=("ik", "wij", "we", "ek", "voortaan", "vanaf", "naar", "via", "na", "bijgevoegd", "bijlage", "ingesloten", "aangeheg"),
    ),
    rule(
        # "graag ontvangen wij een creditnota", "we hebben een kopie nodig", "kunnen wij een afschrift krijgen?"
        "document_request.nl.receive",
        CLEAR,
        f"{{ontvangen|ontvang}} {{wij|we|ik|ons|graag}} {{graag|nog}}? {{een|de|het|'n|alle|nog}}? _2 {_DOC_NL}",
        f"{{wij|we|ik|ons|ek}} {{ontvangen|ontvang|kry}} {{graag|nog graag|asseblief}} {{een|de|het|'n|alle}}? _2 {_DOC_NL}",
        # "graag een kopie", not "wij betalen graag de factuur"
        f"{{graag|gaarne}} {{een|'n}} _2 {_DOC_NL}",
        f"{{wij|we|ik|ek|ons}} {{hebben|heb|het}} {{dringend|graag|nog}}? {{een|de|het|'n}} _2 {_DOC_NL} _4 nodig",
        f"{{kunnen|kan|mogen|mag}} {{wij|we|ik|ons|ek}} {{een|de|het|'n}}? _2 {_DOC_NL} {{krijgen|ontvangen|bekomen|kry|ontvang}}",
        blockers=("bedankt", "dank", "dankie", "bijgevoegd", "bijlage", "ingesloten", "aangeheg", "als", "indien", "as"),
    ),
    rule(
        "document_request.pt.send",
        CLEAR,
        f"{{podem|podiam|poderiam|pode|podia|poderia|por favor|favor|solicitamos|solicito|pedimos|peco|agradecemos|agradecia|"
        f"agradeciamos|queiram|queira}} {{que}}? {{nos|me}}? {{enviar|mandar|reenviar|remeter|enviem|mandem|reenviem|remetam|enviassem|"
        f"mandassem|facultar|facultem|disponibilizar|emitir|emitam}} {{nos|me}}? {{o|a|os|as|um|uma|novamente|de novo}}? _3 {_DOC_PT}",
        f"{{enviem|mandem|reenviem|remetam|envie|mande|reenvie}} {{nos|me}} {{o|a|os|as|um|uma}}? _3 {_DOC_PT}",
        f"{{precisamos|precisava|precisavamos|necessitamos|preciso}} {{de|do|da|dos|das|de um|de uma}} _2 {_DOC_PT}",
        blockers=("recebemos", "recebido", "recebida", "obrigado", "obrigada", "anexo", "anexamos", "segue", "seguem"),
    ),
    rule(
        "document_request.ca.send",
        CLEAR,
        f"{{ens|em|me}} {{podrieu|podeu|pot|podria|podrien|poden|pots|podries}} {{enviar|reenviar|fer arribar|trametre|passar|"
        f"facilitar|remetre|adrecar|emetre}} _3 {_DOC_CA}",
        f"{{podrieu|podeu|pot|podria|podrien|poden|pots|podries|us agrairem que|us agrairiem que|si us plau}} {{enviar|reenviar|"
        f"trametre|facilitar|remetre|fer arribar|envieu|reenvieu}} {{nos|ens|me}}? _3 {_DOC_CA}",
        f"{{envieu|reenvieu|feu|passeu|envia|reenvia}} {{nos|me}} {{arribar}}? _3 {_DOC_CA}",
        f"{{necessitem|necessitariem|ens cal|ens caldria|necessito}} {{un|una|el|la|els|les}}? _2 {_DOC_CA}",
        blockers=("rebut", "rebuda", "gracies", "adjunt", "adjuntem"),
    ),
    # a document word alone, so that a request in these languages also stands beside a dispute
    rule(
        "document_request.any.doc_word",
        WEAK,
        "{kopie|kopij|afschrift|duplicaat|copia|copie|duplicato|segunda via|duplicat} {van|de|der|di|della|del|dell'|da|do|dos|das} "
        "{de|het|la|le|il|a|o|les|uw|onze|vostra|nostra}? {factuur|facturen|fattura|fatture|fatura|faturas|factura|factures}",
        # not a credit note: "aspettiamo sempre la nota di credito" waits on a correction (a dispute's)
        "{estratto conto|rekeninguittreksel|rekeningoverzicht|extrato de conta|extrato de conta corrente|extracte de compte|"
        "rekeningstaat|staat van rekening}",
        # (a copy or statement sent: "in bijlage het rekeninguittreksel", "adjunto copia de la factura")
        blockers=("grazie", "ricevuto", "ricevuta", "allegato", "allegata", "bedankt", "dank", "dankie", "ontvangen", "bijgevoegd",
                  "obrigado", "obrigada", "recebemos", "anexo", "gracies", "rebut", "adjunt", "bijlage", "bijgaand", "hierbij",
                  "aangeheg", "alleghiamo", "allego", "segue", "seguem", "anexamos", "adjuntem", "adjunto", "adjuntamos",
                  "joint", "jointe", "attached"),
    ),
)

# Italian, Dutch/Afrikaans, Portuguese and Catalan contact changes: a new address or person ("il nuovo
# indirizzo è", "ons nieuwe adres", "nova morada", "la nova adreça"), a move ("ci siamo trasferiti",
# "wij zijn verhuisd", "mudámos de morada", "hem canviat de seu"), someone gone ("non lavora più da noi",
# "werkt niet meer bij ons", "já não trabalha connosco", "ja no treballa aquí") or taking over ("ek het
# by Koos oorgeneem"), records to update ("aggiornate l'anagrafica", "pas uw gegevens aan"), and where
# to write from now on, with the address ("stuur asseblief voortaan alle fakture na x@...", "inviate
# d'ora in poi le fatture a x@..."). Not "il nostro indirizzo non è cambiato".
CONTACT_UPDATE = CONTACT_UPDATE + (
    rule(
        "contact_update.it.contact",
        STRONG,
        # (not "vi mando una nuova mail": a new message)
        "{nuovo|nuova|nuovi|nuove} {indirizzo|indirizzo email|indirizzo e mail|indirizzo di fatturazione|indirizzo mail|pec|"
        "referente|referenti|contatto|contatti|recapito|recapiti|sede|sede legale|responsabile amministrativo|interlocutore|"
        "ragione sociale|numero di telefono}",
        "{abbiamo cambiato|cambiato|cambio di|cambio} {sede|indirizzo|indirizzo email|ragione sociale|referente|recapito|recapiti}",
        "{ci siamo trasferiti|ci siamo spostati|abbiamo traslocato|ci trasferiamo|trasferito la sede|spostato la sede}",
        "{aggiornare|aggiornate|aggiornino|aggiorni|modificare|modificate} {i vostri|la vostra|le vostre|il vostro|l'|le|la|il|i|nei vostri}? "
        "{anagrafica|anagrafiche|dati|indirizzo|recapiti|archivi|sistemi|contatti|registri|dati anagrafici}",
        "{ha lasciato|hanno lasciato|lascia|lascera} {la|l'|le|il|nostra|nostro}? {societa|azienda|ditta|ufficio|studio|incarico}",
        # (not "il pezzo va sostituito", "questa fattura sostituisce la 12": a person replaced)
        "{subentra|subentrato|subentrata} {da|a}?",
        "{sostituito|sostituita} {dal|dalla} {collega|signor|signora|sig|sig.|sig.ra|dott|dott.|dott.ssa|nuovo|nuova}",
        "{d'ora in poi|d'ora in avanti|da ora in poi|da adesso|d ora in poi|d ora in avanti|de ora in poi|de ora in avanti|da ora} _8 "
        "{a|all'|al|presso|all|alla|le} {indirizzo}? @email",
        "{inviare|inviate|mandare|mandate|indirizzare|indirizzate|scrivere|scrivete|trasmettere|trasmettete} _8 {a|all'|al|alla|le|presso} "
        "{indirizzo|seguente indirizzo|nostro indirizzo}? @email",
    ),
    rule(
        "contact_update.nl.contact",
        STRONG,
        "{nieuw|nieuwe|nuwe} {adres|e mailadres|mailadres|emailadres|e pos adres|epos adres|e posadres|facturatieadres|factuuradres|"
        "contactpersoon|kontakpersoon|aanspreekpunt|telefoonnummer|nummer|bedrijfsnaam|rekeningadres|posadres|contactgegevens|"
        "kontakbesonderhede|boekhouder|boekhoudster|verantwoordelijke}",
        "{wij zijn|we zijn|ons het|ons is|zijn wij|zijn we} {verhuisd|verhuis|verhuizen|getrek}",
        # the firm named as the one moving, and the new address to put on invoices: "Vonk Events verhuist op
        # 1 december naar Noorderlaan 133", "gelieve vanaf dan dit adres op de facturen te vermelden"
        "{verhuist|verhuizen|verhuisd|verhuizen we|verhuizen wij|trekt|trek} _6 naar",
        "{dit|het nieuwe|ons nieuwe|het|ons|nieuwe} adres _3 {op|in} {de|uw|alle|onze|jullie}? {facturen|factuur} {te}? "
        "{vermelden|zetten|gebruiken|vermeld}",
        "{adres|e mailadres|mailadres|contactpersoon|facturatieadres|adresse} {is|word|wordt|het} {gewijzigd|veranderd|verander}",
        "{heeft|het} {het bedrijf|ons bedrijf|die maatskappy|ons|de firma|de onderneming} verlaten",
        "{ek|ik|hij|zij|sy|hy|ons|wij|we} {heeft|het|heb|hebben} _4 {overgenomen|oorgeneem}",
        "{pas|passen|werk|wijzig} {uw|jullie|u|julle} _3 {gegevens|bestand|systeem|adresgegevens|rekords|stelsel} {aan|by|bij}",
        "{gelieve|graag|kunt u|wilt u|mogen wij vragen} _6 {gegevens|adres|e mailadres|contactgegevens} _3 {aan te passen|bij te werken|te wijzigen}",
        "{voortaan|vanaf nu|vanaf vandag|van nou af|in de toekomst|enkel nog|alleen nog|uitsluitend|enkel|slegs} _10 {naar|na|aan|op|via} "
        "{het adres|het e mailadres|ons|mijn|my}? @email",
        "{stuur|stuurt|sturen|zend|mail|richt|rig|stuur asseblief} _10 {naar|na|aan|op} {het adres|het e mailadres|ons|mijn|my}? @email "
        "{voortaan|vanaf nu|a.u.b.|aub|asseblief|.|!|,}?",
        blockers=("kopie", "afschrift", "afskrif", "duplicaat"),
    ),
    rule(
        "contact_update.pt.contact",
        STRONG,
        # (not "envio novo email com o anexo", "aguardamos novo contacto": a new message, a call back)
        "{novo|nova|novos|novas} {endereco|morada|contacto|contato|contactos|contatos|responsavel|interlocutor|sede|"
        "endereco de faturacao|morada de faturacao|endereco de email|numero de telefone|telefone|designacao social}",
        "{mudamos|mudaram|alteramos|alterou se|alterou|mudou se|mudou} {de|a|o}? {morada|endereco|sede|instalacoes|email|contacto|"
        "designacao|nome}",
        "{atualizem|atualize|atualizar|actualizem|actualizar|corrijam} {os|a|o|as|nos}? {vossos|seus|vossa|sua}? {registos|registros|"
        "dados|morada|endereco|ficha|ficheiro|contactos|sistema}",
        "{deixou|saiu} {a|da}? {empresa|sociedade|firma}",
        "{a partir de agora|doravante|de agora em diante|daqui em diante|futuramente} _8 {para|a|ao|pelo|via} {o|a}? {endereco|email}? @email",
        "{enviar|enviem|envie|mandem|dirijam|remetam|enviar as} _8 {para|a|ao} {o|a}? {endereco|email|seguinte endereco}? @email",
        blockers=("copia", "copias", "segunda via", "aguardamos", "aguardo", "aguardando", "esperamos"),
    ),
    rule(
        "contact_update.ca.contact",
        STRONG,
        "{nou|nova|nous|noves} {adreca|correu electronic|adreca electronica|contacte|persona de contacte|"
        "responsable|interlocutor|seu|domicili|adreca de facturacio|telefon|numero de telefon|rao social}",
        "{hem canviat|ha canviat|canvi} {de|d'|la|el|l'}? {adreca|seu|domicili|correu|contacte|rao social}",
        "{ens hem traslladat|ens traslladem|hem traslladat}",
        "{actualitzeu|actualitzin|actualitzar|modifiqueu} {les|la|el|els}? {vostres|seves|vostra|seva}? {dades|adreca|fitxa|registres|"
        "contactes}",
        "{a partir d'ara|a partir de ara|d'ara endavant|de ara endavant|des d'avui|des de avui} _8 {a|al|a l'|a le|per} {adreca}? @email",
        "{envieu|adreceu|escriviu|envieu nos|feu arribar} _8 {a|al|a l'|a le} {adreca|correu}? @email",
        blockers=("copia", "copies", "duplicat"),
    ),
)

AUTO_REPLY = AUTO_REPLY + (
    rule(
        "auto_reply.it.explicit",
        STRONG,
        "{fuori|fuori dall'} {ufficio|sede}",
        "{risposta|messaggio} {automatica|automatico|generato automaticamente}",
        "{rientrero|saro di ritorno|tornero|rientro previsto|saro nuovamente in ufficio|saro nuovamente disponibile} {il|in|lunedi|"
        "martedi|mercoledi|giovedi|venerdi|a|dal|dopo|#day|#}",
        "{durante la mia assenza|al mio rientro|al mio ritorno|al nostro rientro|al nostro ritorno|dopo il mio rientro}",
        "{accesso limitato} {alla|alle|a}? {posta|email|e mail}",
        negatable=False,
    ),
    rule(
        "auto_reply.it.away",
        MEDIUM,
        "{sono|saro|saremo|siamo} {assente|assenti|in ferie|fuori|in vacanza|in malattia|in congedo|in trasferta}",
        "{in caso di|per} {urgenze|urgenza|questioni urgenti|richieste urgenti}",
        "{l'ufficio|ufficio|gli uffici|uffici} {e|sara|sono|saranno|resta|resteranno|rimarra|rimarranno} {chiuso|chiusi}",
    ),
    rule(
        "auto_reply.nl.explicit",
        STRONG,
        "{automatisch|automatiese|automatische} {antwoord|bericht|antwoordbericht|afwezigheidsbericht|antwoord|e pos|boodskap|reaksie}",
        "{afwezigheidsbericht|afwesigheidsboodskap}",
        "{ben|is|zijn|sal} {terug|weer terug|weer op kantoor|weer bereikbaar|terug op kantoor|weer beschikbaar|terug in die kantoor|"
        "terug wees|weer terug wees|weer op kantoor wees} {op|vanaf|na|maandag|dinsdag|woensdag|donderdag|vrijdag|vrydag|#day|#}",
        "{tijdens mijn afwezigheid|na mijn terugkeer|bij mijn terugkeer|by my terugkeer|na my terugkeer|tydens my afwesigheid}",
        negatable=False,
    ),
    rule(
        "auto_reply.nl.away",
        MEDIUM,
        "{ben|is|zijn|sal|is tans|ben momenteel|is momenteel} {afwezig|afwesig|met vakantie|met verlof|op verlof|met verlof|niet op kantoor|"
        "nie op kantoor|op vakansie|buite kantoor}",
        "{voor dringende|vir dringende|in dringende|bij dringende} {zaken|vragen|gevallen|sake|navrae|aangelegenheden}",
    ),
    rule(
        "auto_reply.pt.explicit",
        STRONG,
        "fora do escritorio",
        "{resposta|mensagem} {automatica}",
        "{regresso|regressarei|estarei de volta|voltarei|retomarei} {a|no|na|em|dia|segunda|terca|quarta|quinta|sexta|#day|#}",
        "{durante a minha ausencia|apos o meu regresso|no meu regresso|quando regressar}",
        negatable=False,
    ),
    rule(
        "auto_reply.pt.away",
        MEDIUM,
        "{estou|estarei|encontro me|estaremos|estamos} {ausente|ausentes|de ferias|fora|de baixa|de licenca}",
        "{em caso de|para} {urgencia|urgencias|assuntos urgentes}",
    ),
    rule(
        "auto_reply.ca.explicit",
        STRONG,
        "fora de {la|le}? oficina",
        "{resposta|missatge} {automatica|automatic}",
        "{tornare|tornarem|estare de tornada|em reincorporare|tornare a ser} {el|a|dilluns|dimarts|dimecres|dijous|divendres|#day|#}",
        "{durant la meva absencia|al meu retorn|a la meva tornada|quan torni}",
        negatable=False,
    ),
    rule(
        "auto_reply.ca.away",
        MEDIUM,
        "{estic|estare|som|serem|estem} {absent|absents|de vacances|fora|de baixa|de viatge}",
        "{en cas de|per a} {urgencia|urgencies|temes urgents|assumptes urgents}",
    ),
    rule(
        # "votre message sera traité dès notre retour"
        "auto_reply.fr.explicit",
        STRONG,
        "{des|a|apres|lors de} notre retour",
        "{votre|vos} {message|mail|e mail|email|courriel|demande|messages|mails} {sera|seront} {traite|traitee|traites|traitees|lu|lus|lue} "
        "{des|a|apres|lors de} {mon|notre} retour",
        negatable=False,
    ),
)

# Someone gone, said with the language's own negation ("non lavora più da noi", "werkt niet meer bij
# ons", "werk nie meer hier nie", "já não trabalha connosco", "ja no treballa aquí"); and where written
# mail goes now ("eventuali comunicazioni vanno inviate esclusivamente per iscritto all'indirizzo della
# sede", "alle correspondentie voortaan uitsluitend naar ...").
CONTACT_UPDATE = CONTACT_UPDATE + (
    # Each language with its own "if": Italian "si" is the impersonal ("si comunica che ... non lavora più"),
    # Catalan "si" is "if"
    rule(
        "contact_update.any.no_longer",
        STRONG,
        "non {lavora|fa|e|si occupa|collabora} piu {presso|da noi|parte|con noi|nella|della|in|dell'|il|la|responsabile|di|per}",
        negatable=False,
        blockers=("se", "qualora"),
    ),
    rule(
        "contact_update.any.no_longer",
        STRONG,
        "{werkt|werk|is} {niet meer|nie meer|nie langer nie|niet langer} {bij|hier|voor|werkzaam|in dienst|verantwoordelijk|by|vir|"
        "verantwoordelik}",
        negatable=False,
        blockers=("als", "indien", "as"),
    ),
    rule(
        "contact_update.any.no_longer",
        STRONG,
        "{ja nao|deixou de} {trabalha|esta|e responsavel|faz parte|trabalhar|estar|ser responsavel|fazer parte}",
        # the reflexive "se" of a verb just before is no "if": "reformou-se e já não trabalha connosco"
        "{reformou|aposentou|demitiu|despediu|desvinculou|mudou} se {e}? {ja nao|deixou de} {trabalha|esta|e responsavel|"
        "faz parte|trabalhar|estar|ser responsavel|fazer parte}",
        negatable=False,
        blockers=("caso", "se"),
    ),
    rule(
        "contact_update.any.no_longer",
        STRONG,
        "ja no {treballa|es el responsable|es la responsable|porta|forma part|esta}",
        negatable=False,
        blockers=("si",),
    ),
    rule(
        "contact_update.it.write_here",
        STRONG,
        "{comunicazioni|corrispondenza|solleciti|fatture|lettere|richieste} {vanno|devono essere|dovranno essere|andranno} "
        "{inviate|inviati|indirizzate|indirizzati|spedite|spediti|trasmesse|trasmessi} _8 {all'|al|alla|presso|a} "
        "{indirizzo|seguente indirizzo|sede|nostra sede|nostro indirizzo|@email}",
        "{correspondentie|communicatie|herinneringen|aanmaningen|facturen|brieven} _6 {voortaan|uitsluitend|enkel|alleen} _4 "
        "{naar|aan|op} {het adres|ons adres|onze maatschappelijke zetel|de zetel|ons kantoor}",
    ),
)

# dev65-dev72. A mailbox named by its first half only and retired ("the kreditoren@ mailbox will be
# closed", "o endereço contas.pagar@ deixará de ser monitorizado", "l'adresse comptabilite@ n'existe
# plus", "non più all'indirizzo amm@", "no enviéis más facturas a cuentas@"); invoices received at one
# address from a date ("a receção de faturas passa a ser centralizada no endereço x@...", "toda la
# facturación debe remitirse a x@..."); where to write, with the reader's verb ("escribid a x@...",
# "any queries need to come in writing to x@..."); someone gone said in the first person ("já não
# trabalho na empresa", "non lavoro più lì", "ik werk hier niet meer"); reminders to me ("mandate i
# solleciti direttamente a me, x@..."); invoices only through a portal, the qualifier after the noun
# ("will accept invoices only through the vendor portal", "paper and emailed invoices will be
# returned", "ne peuvent plus accepter que les factures dématérialisées via Chorus Pro"); a move of
# the registered office ("verlegen wir unseren Firmensitz", "Rechnungen an folgende Anschrift").
CONTACT_UPDATE = CONTACT_UPDATE + (
    rule(
        "contact_update.any.no_longer",
        STRONG,
        "*@ {mailbox|inbox|address|email address|account|postfach}? {will be|is being|is going to be|will soon be|has been|wird} "
        "{closed|shut down|deactivated|discontinued|decommissioned|retired|no longer monitored|geschlossen|abgeschaltet|deaktiviert}",
        "*@ {deixara|deixa|vai deixar|ira deixar} de ser {monitorizado|monitorizada|monitorado|utilizado|usado|lido|consultado|"
        "acompanhado}",
        "*@ {sera|vai ser} {desativado|desativada|encerrado|encerrada|fechado|fechada|desactivado|cerrado|dado de baja}",
        "*@ {ne|n} existe plus",
        "*@ {non e piu|non sara piu|non viene piu} {attivo|attiva|letto|letta|controllato|controllata|monitorato|utilizzato}",
        "*@ {wordt|is} {niet meer|niet langer} {gelezen|gebruikt|opgevolgd|actief}",
        "*@ {ya no|no} {se}? {consulta|revisa|utiliza|usa|existe|esta activo|esta activa}",
        "{e|and|et|y|ma|mas|maar} {non piu|no longer|plus|ya no|nao mais|niet meer|not} {a|al|all'|all|alla|to|at|a l|en|naar|para o|para} "
        "{indirizzo|address|adresse|direccion|adres|endereco}? *@",
        "no {envieis|envien|envies|mandeis|manden|remitais|remitan|dirijais|dirijan} mas {facturas|recordatorios|correos|"
        "reclamaciones|comunicaciones} {a|al} *@",
        negatable=False,
    ),
    rule(
        "contact_update.any.route_here",
        STRONG,
        "{rececao|recepcao|recepcion|reception|receipt|envio|ricezione|ontvangst} de {faturas|facturas|factures|fatture|facturen|invoices} "
        "_6 {centralizada|centralizado|centralizzata|centralisee|centralised|centralized} {no|en el|nel|dans|at|in|op} {endereco|"
        "direccion|indirizzo|adresse|address|adres|correo|email|e mail}? @email",
        "{facturacion|faturacao|fatturazione|facturatie} _4 {debe|deberan|deve|devera|dovra|deve essere|moet|tiene que|ha de} "
        "{enviarse|remitirse|dirigirse|ser enviada|ser remetida|essere inviata|worden verstuurd|worden gestuurd} {a|al|para|ao|naar|all'|a l} "
        "{la|o|a|el}? {direccion|endereco|indirizzo|adres}? @email",
        "{invoices|statements|reminders|correspondence} _8 {should|must|need to|are to|have to|will need to} be {sent|emailed|submitted|"
        "addressed} {as pdf|as pdfs|by email|electronically|in pdf|as pdf files|only|exclusively} {only}? {to|at|via} _3 @email",
        negatable=False,
    ),
    rule(
        "contact_update.any.write_here",
        STRONG,
        "{escribid|escriban|escribir|escriba|escribe|dirigios|dirijanse|diriganse} {directamente|solo|unicamente|siempre}? {a|al} _2 @email",
        "{queries|questions|correspondence|communication|communications|matters|enquiries|inquiries|reminders} _6 {need to|needs to|must|"
        "should|are to|is to|have to|has to} {come|be sent|be made|be directed|be addressed|be emailed|go} {in writing|by email|by e mail}? "
        "{only}? {to|at|via} _3 @email",
        # a letter naming where to write from now on: "qualsiasi comunicazione dovrà essere inviata esclusivamente per
        # iscritto allo scrivente Studio", "toute correspondance devra désormais être adressée à notre conseil"
        "{comunicazione|comunicazioni|corrispondenza} _14 {essere}? {inviata|inviate|indirizzata|indirizzate|trasmessa|trasmesse} "
        "{esclusivamente|unicamente|solo|soltanto}? {per iscritto|via pec|per email|a mezzo pec}? {allo|al|alla|all'|all|a|presso} "
        "{scrivente|nostro|nostra|mio|mia|seguente|indirizzo|studio}",
        "{toute|toutes|la|votre|vos} {correspondance|correspondances|communication|communications|relance|relances} {devra|doit|devront|"
        "doivent} {desormais|dorenavant|a l avenir|a present}? {etre}? {adressee|adressees|envoyee|envoyees|transmise|transmises} "
        "{exclusivement|uniquement}? {a|au|aux|chez} {notre|mon|ma|nos|l adresse|cette adresse|l adresse suivante|@email}",
        "{toute|toutes} {relance|relances|correspondance|communication} _6 {par ecrit|par mail|par courriel} _4 {a|au|sur} {l adresse|"
        "cette adresse|@email}",
        "{todas|toda|cualquier} {comunicacion|comunicaciones|correspondencia|reclamacion|reclamaciones} _12 {exclusivamente|unicamente|solo}? "
        "{a|al} {este despacho|esta direccion|la direccion|nuestro despacho|nuestra direccion|@email}",
        "{all|any} {further}? {communications|communication|correspondence|queries} _6 {to} {the undersigned|this office|this firm|us} "
        "{at|by} {this email address|this address|the address below|the email address below|@email}",
        negatable=False,
    ),
    rule(
        "contact_update.any.no_longer",
        STRONG,
        "{ja nao|deixei de} {trabalho|estou|sou responsavel|faco parte|trabalhar|estar|ser responsavel|fazer parte}",
        "non {lavoro|sono|faccio|mi occupo|collaboro} piu {presso|da|con|nella|della|in|dell'|per|di|parte|responsabile|li|qui}",
        "{ik|wij|we} {werk|werken|ben|zijn} {hier}? {niet meer|niet langer|nie meer nie} {bij|hier|voor|werkzaam|in dienst|verantwoordelijk}",
        "ja no {treballo|soc|porto|formo part|estic}",
        "ya no {trabajo|soy|llevo|formo parte|estoy}",
        negatable=False,
        blockers=("se", "si", "caso", "qualora", "als", "indien"),
    ),
    rule(
        "contact_update.any.direct_to_me",
        STRONG,
        "{mandate|inviate|indirizzate|girate|mandare|inviare|indirizzare} {i|le|tutti i|tutte le}? {solleciti|fatture|comunicazioni|"
        "estratti conto|email|mail} {direttamente|solo|soltanto|unicamente}? {a me|a noi|a mio nome|al mio indirizzo}",
        "{enviem|mandem|dirijam|enviar|mandar} {os|as|todos os|todas as}? {avisos|lembretes|faturas|comunicacoes|emails} {diretamente|"
        "apenas|so}? {para mim|a mim|para o meu email|para o meu endereco}",
        "{stuur|stuurt|sturen|richt} {de|alle|uw}? {herinneringen|aanmaningen|facturen|mails} {voortaan|rechtstreeks|direct}? {naar mij|aan mij|"
        "naar ons|naar mijn adres}",
        "{envieu|envieu nos|adreceu} {els|les|tots els|totes les}? {recordatoris|factures|reclamacions|correus} {directament}? {a mi|a nosaltres}",
        negatable=False,
    ),
    rule(
        "contact_update.any.portal_only",
        STRONG,
        "{accept|accepts|process|processes|receive|receives|pay|pays} {supplier|vendor|all|electronic}? {invoices|invoice|e invoices} "
        "{only|exclusively|solely} {through|via|on|in|using|submitted via|submitted through} _5 {portal|platform|coupa|ariba|tungsten|"
        "basware|peppol|self service}",
        "{only|exclusively} {accept|accepts|process|processes|receive|receives} {supplier|vendor|all|electronic}? {invoices|invoice} _2 "
        "{through|via|on|in|using|submitted via|submitted through|uploaded to} _6 {portal|platform|coupa|ariba|tungsten|basware|peppol}",
        "{paper|emailed|posted|mailed|pdf|hard copy} {and|or|&}? {paper|emailed|email|posted|mailed|pdf}? invoices _5 {will be|are|shall be} "
        "{returned|rejected|returned unpaid|not processed|not accepted|no longer accepted}",
        "{ne|n} {peuvent|pouvons|peut|pourront|pourrons|pourra} plus {accepter|recevoir|traiter} que {les}? factures _3 {via|sur|par|dans} "
        "{chorus|chorus pro|la plateforme|le portail|notre plateforme|notre portail}",
        negatable=False,
    ),
    rule(
        "contact_update.de.ansprechpartner",
        STRONG,
        "{verlegen|verlegt|verlegten|verlagern|verlagert} _3 {firmensitz|geschaftssitz|sitz|standort|buro|verwaltung|buchhaltung}",
        "{rechnungen|rechnung} _6 an {folgende|die folgende|unsere neue|die neue|unsere geanderte} {anschrift|adresse|rechnungsanschrift|"
        "rechnungsadresse}",
        "{anderung|aenderung|neue} {der|unserer}? {rechnungsanschrift|rechnungsadresse|firmenanschrift|postanschrift}",
        "{rechnungen|mahnungen|zahlungserinnerungen} {bitte}? {ausschliesslich|nur noch|nur|kunftig nur} {elektronisch|digital|per e mail|"
        "per email|per mail|als pdf}",
    ),
    rule(
        "contact_update.es.contacto",
        STRONG,
        "{facturacion} _4 {deben|deberan|debe|debera|tienen que|han de|tiene que|ha de} "
        "{enviarse|remitirse|dirigirse|mandarse|presentarse} {a|al|por|mediante|en|exclusivamente|unicamente}",
        "{la|lo} {lleva|llevara|gestiona|gestionara} {ahora|desde entonces|a partir de entonces}? {nuestra|nuestro|la|el|una|un} "
        "{asesoria|gestoria|contable|empresa|departamento|central|matriz|oficina|despacho}",
    ),
)

# Documents asked for in the new sets' words: the invoice as a pronoun ("Kunnen jullie hem nog een keer
# sturen?", "potete rimandarla in PDF?", "conseguem enviar?", "podeu reenviar-la?"), delivery paperwork
# ("guia de transporte / CMR assinada"), a payment reference (Portuguese "referência multibanco"), and
# a contractor's lien waiver ("please send an unconditional waiver and release").
DOCUMENT_REQUEST = DOCUMENT_REQUEST + (
    rule(
        "document_request.any.pronoun_send",
        CLEAR,
        "{kunnen|kunt|kan|zou|zouden|wilt|willen|kon|konden} {jullie|u|je|julle|jy} {hem|het|die|deze|ze|dat|dit} {nog een keer|nogmaals|"
        "opnieuw|nog eens|nog|even|asseblief|weer}? {naar ons|naar mij|aan ons|vir ons|vir my}? _2 {sturen|toesturen|opsturen|doorsturen|"
        "mailen|bezorgen|zenden|stuur|toestuur|aanstuur|deurstuur|e pos|epos}",
        "{potete|potreste|puoi|potresti|potrebbe|puo|potrebbero|riuscite a|riuscireste a|vi chiedo di|vi chiediamo di|vi prego di|"
        "per favore|cortesemente|gentilmente} {gentilmente|cortesemente}? {rimandarl*|reinviarl*|inviarl*|mandarl*|inoltrarl*|trasmetterl*|"
        "girarl*|rimandarcel*|rimandarmel*|inviarcel*|inviarmel*|mandarcel*|mandarmel*|inoltrarcel*|trasmettercel*|rispedirl*|spedirl*}",
        "{conseguem|conseguiam|conseguiriam|consegue} {enviar|reenviar|mandar|remeter} {nos|me|la|lo|"
        "las|los|a|o|as|os}? {novamente|de novo|outra vez|em pdf|por email|por e mail}? ?",
        "{podeu|podrieu|pots|podries|pot|podria} {enviar|reenviar|trametre|fer arribar} {nos|me|la|les|lo|los|ens la|ens les|me la} "
        "{de nou|altra vegada|un altre cop|en pdf|per correu}?",
    ),
    rule(
        "document_request.pt.send",
        CLEAR,
        # "me manda a referência multibanco da fatura 980", "nos envia o extrato?"
        f"{{me|nos}} {{manda|mande|mandem|envia|envie|enviem|passa|passe|passem|reenvia|reenvie|reenviem}} {{a|o|as|os|um|uma}}? "
        f"{{referencia|referencias|referencia multibanco|referencia mb|{_DOC_PT[1:-1]}}}",
        blockers=("recebemos", "recebido", "recebida", "obrigado", "obrigada", "anexo", "anexamos", "segue", "seguem"),
    ),
    rule(
        "document_request.it.send",
        CLEAR,
        # "mi mandate un estratto conto aggiornato?", "ci inviate copia del DDT?"
        f"{{mi|ci}} {{mandate|inviate|trasmettete|girate|inoltrate|rimandate|mandereste|invierete|inviereste|spedite}} _3 {_DOC_IT}",
        blockers=("ricevuto", "ricevuta", "ricevuti", "grazie", "allegato", "allegata", "allegati", "alleghiamo"),
    ),
    rule(
        "document_request.pt.send",
        CLEAR,
        "{precisamos|precisava|precisavamos|necessitamos|preciso} {de|do|da|dos|das|de um|de uma} {guia|guias|guia de transporte|"
        "guias de transporte|cmr|comprovativo de entrega|declaracao|certidao|referencia|referencias|referencia multibanco|"
        "referencias multibanco|referencia mb|nib|iban}",
        "{enviem|mandem|enviar|mandar|indiquem|indicar|facultem|facultar|reenviem|reenviar|emitam|emitir|gerar|gerem} {nos|me}? "
        "{a|as|uma|umas|nova|novas|os|o}? {referencia|referencias|nova referencia|novas referencias|dados} {multibanco|mb|de pagamento|"
        "para pagamento}",
    ),
    rule(
        "document_request.en.send",
        CLEAR,
        "{send|provide|email|forward|issue|sign|furnish|execute} {us|me}? {a|an|the|your|our|signed|all}? {conditional|unconditional|"
        "partial|final|progress}? {lien waiver|lien waivers|lien release|lien releases|waiver|waivers|release of lien|waiver and release|"
        "waivers and releases|conditional waiver|unconditional waiver}",
    ),
)

# Mail that is not for collection in the new sets' languages: a mass mailing's footer ("Recebeu esta
# mensagem porque está inscrito na newsletter", "Ricevi questa email perché sei iscritto", "U ontvangt
# deze e-mail omdat", "Rep aquest correu perquè"), and a buyer asking for the price list or the
# collection dates ("Ik wil graag de prijslijst voor 2027 ontvangen", "avete il listino prezzi
# aggiornato?").
AUTO_REPLY = AUTO_REPLY + (
    rule(
        "other.any.mass_mailing",
        STRONG,
        "{recebeu|recebe|esta a receber|esta receber} {esta|este} {mensagem|email|e mail|newsletter|comunicacao} {porque|por}",
        "{ricevi|riceve|ha ricevuto|hai ricevuto|state ricevendo|sta ricevendo} {questa|questo} {email|e mail|mail|messaggio|newsletter|"
        "comunicazione} {perche|in quanto|poiche}",
        "{u ontvangt|je ontvangt|jij ontvangt|u hebt|u heeft} {deze|dit} {e mail|email|mail|bericht|nieuwsbrief} {omdat|ontvangen omdat}",
        "{rep|reps|ha rebut|has rebut} {aquest|aquesta} {correu|missatge|email|e mail|butlleti} {perque|ja que}",
    ),
    rule(
        "other.any.sales_enquiry",
        CLEAR,
        "{prijslijst|prijslijsten|catalogus|brochure|listino|listino prezzi|catalogo|tabela de precos|tabela de preco|lista de precos|"
        "llista de preus|cataleg|tarifari} {voor|per|para|de|del|van|2025|2026|2027|2028|aggiornato|atualizada|nuovo|nova|nieuwe}? _3 "
        "{ontvangen|krijgen|toesturen|opsturen|sturen|inviare|inviarci|mandarci|ricevere|receber|enviar|enviarnos|rebre|enviar nos}",
        "{graag|gaarne|vorrei|vorremmo|gostaria|gostariamos|voldria|voldriem} _3 {de|het|il|la|i|le|o|a|os|as|el|els}? {prijslijst|catalogus|listino|"
        "listino prezzi|catalogo|tabela de precos|llista de preus|cataleg|campionario|campionari|collezione}",
    ),
)

# Round 13 (the arrival of dev80-dev83): a Brazilian customer asking for the boleto again or a
# missing document without naming it after the verb ("Falta-nos a nota de crédito NC26/0087 ...
# Podem reenviar?"), and an Italian customer telling us whom invoices must now be made out to
# ("Dalla stessa data le fatture dovranno essere intestate a: ...", a merger by incorporation).
DOCUMENT_REQUEST = DOCUMENT_REQUEST + (
    rule(
        "document_request.pt.missing_resend",
        CLEAR,
        # the document we lack ("falta-nos a nota de crédito"; "falta" alone is as often missing goods)
        f"{{falta nos|faltam nos|falta me|faltam me}} {{o|a|os|as|um|uma}}? _1 {_DOC_PT}",
        # "Podem reenviar?": the resend asked as a question, its object in the sentence before
        "{podem|podiam|poderiam|pode|podia|poderia|consegue|conseguem|conseguiam} {reenviar|reenviar nos|reenviar me|"
        "voltar a enviar|enviar novamente|enviar de novo|mandar de novo|mandar novamente} {por favor}? ?",
        blockers=("recebemos", "obrigado", "obrigada", "anexo", "segue"),
    ),
)
CONTACT_UPDATE = CONTACT_UPDATE + (
    rule(
        "contact_update.it.invoice_to",
        STRONG,
        "{le fatture|fatture|la fatturazione|le fatture elettroniche} {dovranno|devono|andranno|vanno|dovrete} {essere}? "
        "{intestate|intestati|emesse|indirizzate|inviate} {a|al|alla|all'|verso|con}",
        "{fusione per incorporazione|atto di fusione|sara incorporata|sara incorporato|verra incorporata|incorporata in|"
        "incorporato in|nuovo codice destinatario|nuova partita iva|nuovo codice sdi}",
    ),
)

# Round 14 (the arrival of dev88-dev91): a customer asking what we sell rather than about what it
# owes: a quote for more goods ("Could you send me a quote for 4 more laptops", "pouvez-vous nous
# faire une soumission pour deux postes", "¿nos puede mandar una cotización para 10 cajas?"), or
# whether a service is included ("Est-ce que vos services de gestion incluent l'accompagnement pour
# la Loi 25?", "does your plan cover after-hours support?"). A sales lead, not a collection matter.
AUTO_REPLY = AUTO_REPLY + (
    rule(
        "other.any.sales_enquiry",
        CLEAR,
        "{send|give|email|prepare|do|get} {me|us}? {a|an} {quote|quotation|estimate|price quote} {for|on}",
        "{faire|envoyer|transmettre|preparer|soumettre} {nous|moi}? {un|une} {devis|soumission|estimation|offre de prix} "
        "{pour|de}",
        "{enviar|mandar|enviarme|enviarnos|mandarme|mandarnos|hacer|hacernos|preparar|prepararnos} {una|un} {cotizacion|"
        "presupuesto} {para|de|por}",
        "{schicken|senden|erstellen|machen|zusenden} _3 {ein|einen} {angebot|kostenvoranschlag} {fur|uber}",
        "{stuur|sturen|bezorgen|maken|opmaken|bezorg} _3 {een} offerte {voor|van}",
        "{do|does} {your|the} {services|service|plans|plan|contract|managed services|package|packages|support} {include|cover|offer}",
        "{vos|votre} {services|service|forfaits|forfait|contrat|offres|offre} _4 {incluent|comprennent|couvrent|inclut|comprend|"
        "couvre|offrent|offre}",
        "{sus|su|vuestros|vuestro} {servicios|servicio|planes|plan|contrato} {incluyen|cubren|incluye|cubre|ofrecen|ofrece}",
    ),
)

# Round 17 (the arrival of dev104-dev107): a document needed, said with "it takes" / "is needed" and often a list
# after a colon ("il me faut :\n- l'attestation de fin de travaux", "le comptable public nous demande :\n- le
# procès-verbal de réception", "mi servirebbero le bolle di consegna firmate", "ci occorre il DDT", "we need:\n-
# the signed delivery notes", "wir benötigen:\n- den Lieferschein", "necesitamos:\n- el albarán firmado").
DOCUMENT_REQUEST = DOCUMENT_REQUEST + (
    rule(
        # what is needed announced with a colon, the documents listed on the lines below (a gap never crosses a line)
        "document_request.any.needed_list",
        CLEAR,
        "il {me|nous} {faut|faudrait|faudra} :",
        "{nous|me} {demande|demandent|reclame|reclament|exige|exigent} :",
        "{mi|ci} {serve|servono|servirebbe|servirebbero|occorre|occorrono|occorrerebbe|occorrerebbero} :",
        "{we|i} {need|require|would need|'d need|will need} {from you}? :",
        "{wir|ich} {benotigen|brauchen|bräuchten|benotigten} {von ihnen|noch}? :",
        "{benotigen|brauchen|bräuchten|benotigten} {wir|ich} {von ihnen|noch}? :",
        "{necesitamos|necesitariamos|necesito} {de ustedes|de vosotros}? :",
        "{precisamos|precisariamos|preciso} {de}? :",
        blockers=("ci joint", "joint", "allegato", "allegata", "attached", "anbei", "adjunto"),
    ),
    rule(
        # "mi servirebbero le bolle di consegna firmate", "ci occorre copia del DDT"
        "document_request.it.needed",
        CLEAR,
        f"{{mi|ci}} {{servono|servirebbero|occorre|occorrono|occorrerebbe|occorrerebbero}} {{il|la|lo|le|i|gli|una|un|uno|copia|"
        f"di|del|della|dei|delle}}? _1 {_DOC_IT}",
        blockers=("ricevuto", "ricevuta", "ricevuti", "grazie per", "allegato", "allegata", "allegati", "alleghiamo"),
    ),
)

# Invoices no longer wanted by e-mail (or by post), another channel given: "Could you please stop sending me the
# invoice PDFs by email? ... upload them to our supplier portal", "Merci de ne plus m'envoyer les factures en PDF
# par mail", "Bitte keine Rechnungen mehr per E-Mail", "no nos envíen más las facturas por correo", "non inviateci
# più le fatture via mail", "geen facturen meer per mail", "deixem de enviar as faturas por e-mail". The address
# for invoices changes (contact_update), not a document asked for.
CONTACT_UPDATE = CONTACT_UPDATE + (
    rule(
        "contact_update.any.invoices_not_by_mail",
        STRONG,
        "{stop|no longer|not} {sending|send|emailing|email|mailing|posting} {me|us}? {the|your|any}? {invoice|invoices|"
        "invoice pdfs|pdfs|pdf invoices|paper invoices} _2 {by|via|per} {email|e mail|mail|post}",
        "plus {me|nous}? {envoyer|adresser|transmettre|envoyez|adressez|transmettez} {les|vos|de|des}? {factures|facture} _3 "
        "{par|via|en} {mail|email|e mail|courriel|courrier|la poste}",
        "{keine|nicht} _1 {rechnungen|rechnung|pdf rechnungen} {mehr} {per|via|als} {e mail|email|mail|post|pdf}",
        "{rechnungen} {nicht mehr} {per|via|als} {e mail|email|mail|post}",
        "{no|dejen de|dejad de} {nos|me}? {envien|enviar|mandar|manden|envies} {mas}? {las|sus}? {facturas} _2 {por|via} {correo|"
        "email|e mail|mail|correo electronico}",
        "{non} {ci|mi}? {inviate|inviare|mandate|mandare|inviateci|mandateci} {piu} {le}? {fatture} _2 {via|per|tramite} {mail|"
        "email|e mail|posta}",
        "{geen} {facturen|pdf facturen} {meer} {per|via} {mail|e mail|email|post}",
        "{facturen} {niet meer} {per|via} {mail|e mail|email|post}",
        "{deixem de|nao} {nos|me}? {enviar|enviem|mandar|mandem} {mais}? {as}? {faturas} _2 {por|via} {email|e mail|mail|correio}",
        negatable=False,
    ),
)

# Round 17: the date of return without a verb, after the absence: "Sono in ferie, di ritorno il 28/10", "de vuelta
# el lunes 3", "de volta no dia 28" (the French "de retour le" is in auto_reply.fr, the Dutch "ben terug op" in
# auto_reply.nl). A day must follow: "enviamos de vuelta el pedido" is goods sent back.
AUTO_REPLY = AUTO_REPLY + (
    rule(
        "auto_reply.any.explicit_back",
        STRONG,
        "di ritorno {il|dal|lunedi|martedi|mercoledi|giovedi|venerdi}? {lunedi|martedi|mercoledi|giovedi|venerdi|#day}",
        "de vuelta {el}? {lunes|martes|miercoles|jueves|viernes|#day}",
        "de volta {no dia|dia|na}? {segunda|terca|quarta|quinta|sexta|#day}",
        negatable=False,
    ),
)

# Round 18 (the arrival of dev108-dev111): Polish requests for documents: "prosimy o przesłanie
# potwierdzenia salda", "proszę o duplikat faktury FV/26/0655", "prośba o kopię faktury", "czy mogą
# Państwo przesłać ponownie fakturę?". A corrected invoice asked for ("faktura korygująca", "korekta")
# is the dispute's (disputes: dispute.other.pl_withheld), not a copy.
_DOC_PL = ("{faktury|faktur|fakturę|faktura|kopii|kopię|kopia|duplikatu|duplikat|duplikaty|potwierdzenia salda|potwierdzenie "
           "salda|zestawienia|zestawienie|wyciągu|wyciąg|dowodu dostawy|dowód dostawy|dokumentu|dokumentów|dokumenty|wz|cmr|"
           "specyfikacji|specyfikację|listy|listę|rozliczenia|rozliczenie|salda|certyfikatu|certyfikat|atestu|atest|"
           "protokołu|protokół|pdf|danych bankowych|numeru konta}")
DOCUMENT_REQUEST = DOCUMENT_REQUEST + (
    rule(
        "document_request.pl.send",
        CLEAR,
        "{prosimy|proszę|prośba|uprzejmie prosimy|zwracamy się z prośbą} o {przesłanie|ponowne przesłanie|wysłanie|"
        "ponowne wysłanie|przekazanie|dostarczenie|udostępnienie|wystawienie duplikatu} _4 " + _DOC_PL,
        "{prosimy|proszę|prośba} o {duplikat|duplikaty|kopię|kopia|potwierdzenie salda|zestawienie|wyciąg|dowód dostawy|"
        "specyfikację}",
        "{przesłać|prześlijcie|prześlij|wysłać|wyślijcie|wyślij|przekazać|dostarczyć} {nam|mi}? {ponownie}? _3 " + _DOC_PL,
        "{duplikat|duplikatu|kopia|kopii|kopię} {faktury|faktur|dokumentu}",
        blockers=("nie", "otrzymaliśmy", "dziękujemy", "dziękuję", "załączeniu", "załączamy", "przesyłamy", "przesyłam",
                  "korygującej", "korygującą", "korekty", "korektę"),
    ),
)


# Round 19 (the arrival of dev112-dev115): Danish and Swedish requests for documents ("kan I sende en
# kopi af fakturaen", "kan ni skicka ett kontoutdrag") and changes of address or contact ("send
# fremover fakturaer til ...@...", "ny kontaktperson", "skicka dem istället som PDF till ...").
_DOC_NORDIC = ("{kopi|kopia|kopier|kopior|fakturakopi|fakturakopia|fakturakopier|fakturakopior|kontoudtog|kontoutdrag|"
               "kontoudskrift|saldobekræftelse|saldobekraeftelse|saldobekräftelse|saldobekraftelse|saldoudskrift|"
               "kundekort|kundkort|reskontra|reskontraudskrift|følgeseddel|følgesedlen|foljesedel|följesedel|följesedeln|"
               "leveranssedel|leveranssedeln|posteringsoversigt|oversigt over|översikt över|specifikation}")
DOCUMENT_REQUEST = DOCUMENT_REQUEST + (
    rule(
        "document_request.nordic.send",
        CLEAR,
        "{send|sende|fremsend|fremsende|skicka|skikke|maile|mail|mejla|e maile} {os|oss|mig|mej}? {venligst|vänligen|"
        "vanligen|gerne|gärna|garna|lige|igen}? {en|et|ett|ny|nyt|nytt|et nyt|ett nytt|en ny}? " + _DOC_NORDIC,
        "{kan|kunne|kunna|vil|vill} {i|ni|du} _3 {sende|fremsende|skicka|maile|mejla|give|ge} _4 " + _DOC_NORDIC,
        "{vi|jeg|jag} {beder om|ber om|ønsker|onsker|önskar|onskar|vil gerne have|vill gärna ha|vill garna ha|"
        "har brug for|behöver|behover|mangler|saknar} {en|et|ett}? " + _DOC_NORDIC,
        "{kopi|kopia|kopier|kopior} {af|av|på|pa} {fakturaen|fakturan|faktura|fakturaerne|fakturorna|fakturaer|fakturor|"
        "kreditnotaen|kreditnotan|følgesedlen|följesedeln}",
        blockers=("vedhæftet", "vedhaeftet", "bifogar", "bifogat", "bifogad", "vedlagt", "hermed",
                  "härmed", "tak", "tack"),
    ),
)
_NEW_CONTACT_NORDIC = ("{kontaktperson|kontakt|fakturaadresse|fakturaadress|faktureringsadresse|faktureringsadress|"
                       "adresse|adress|mailadresse|mailadress|mejladress|e mailadresse|e postadress|epostadress|"
                       "bogholder|bokförare|bokforare|ekonomiansvarlig|økonomiansvarlig|okonomiansvarlig|"
                       "kreditorbogholder|ean nummer|ean nr|bankkonto|kontonummer}")
CONTACT_UPDATE = CONTACT_UPDATE + (
    rule(
        "contact_update.nordic.new",
        STRONG,
        # "ny kontaktperson", "ny fakturaadresse pr. 1. november", "vores nye mailadresse"
        "{ny|nyt|nye|nya} " + _NEW_CONTACT_NORDIC,
        "{kontaktperson|kontakt|kontaktpersonen} {er|är|ar|bliver|blir} {fremover|framöver|nu|hädanefter}? "
        "{undertegnede|undertecknad|undertegnad|mig|jeg|jag}",
        # "send venligst fakturaer ... til x@y.dk fremover", "skicka dem istället som PDF till x@y.se",
        # "spørgsmål om betalinger sendes fremover til kreditor@..."
        "{send|sende|sendes|skicka|skickas|fremsend|fremsendes|rettes|riktas|stilles|ställas|stallas} _6 {til|till} "
        "{*@*}",
        "{fremover|fremadrettet|framöver|framover|hädanefter|hadanefter|fra nu af|från och med nu|istället|i stedet} _6 "
        "{til|till|på|pa} {*@*}",
        # the bankruptcy estate's office holder: "henvendelser vedrørende boet bedes rettet til undertegnede"
        "{henvendelser|henvendelse|förfrågningar|forfragningar|frågor|fragor|spørgsmål|sporgsmal|korrespondance|"
        "korrespondens} _6 {rettes|rettet|riktas|ställas|stallas|stilles|sendes|skickas} {til|till} {undertegnede|"
        "undertecknad|undertegnad|mig|kurator|kuratoren|konkursförvaltaren|konkursforvaltaren|rekonstruktören|"
        "rekonstruktoren|rekonstruktøren}",
        "{gået|gaet|gått|gatt} {på|pa|i} pension",
        "{er|har|är|ar} {stoppet|sluttet|fratrådt|fratradt|slutat|fratrådt} {hos|i|på|pa} {os|oss|firmaet|virksomheden|"
        "företaget|foretaget|bolaget|selskabet}",
        blockers=("hvis", "om", "ifall"),
    ),
)


# Round 20 (dev116): Norwegian bokmål requests for documents ("kan dere sende en kopi av fakturaen",
# "send oss en kontoutskrift", "kan dere sende den på nytt") and changes of contact ("ny
# kontaktperson", "send fakturaer heretter til ...@..."). Danish shares "kopi", "send"; Norwegian has
# "dere", "av", "kontoutskrift", "på nytt".
_DOC_NB = ("{kopi|kopier|fakturakopi|fakturakopien|fakturakopier|kontoutskrift|kontoutskriften|kontoutdrag|"
           "saldobekreftelse|saldobekreftelsen|saldoliste|kundekort|reskontro|reskontroutskrift|følgeseddel|folgeseddel|"
           "følgeseddelen|pakkseddel|pakkseddelen|kreditnota|kreditnotaen|oversikt over|spesifikasjon}")
DOCUMENT_REQUEST = DOCUMENT_REQUEST + (
    rule(
        "document_request.nb.send",
        CLEAR,
        "{send|sende|oversend|oversende|maile|mail|e poste} {oss|meg}? {gjerne|vennligst|igjen}? {en|et|ny|nytt|"
        "en ny|et nytt}? " + _DOC_NB,
        "{kan|kunne|vil} dere _3 {sende|oversende|maile|gi} _4 " + _DOC_NB,
        # "kan dere sende den på nytt", "kan dere sende fakturaen en gang til"
        "{kan|kunne|vil} dere _3 {sende|oversende|maile} {den|dem|fakturaen|fakturaene|faktura|#} _3 {på nytt|pa nytt|"
        "en gang til|igjen}",
        "{vi|jeg|revisor|revisoren|revisjonen} {vår|var}? {ber om|trenger|ønsker|onsker|mangler|savner|etterspør|"
        "etterspor} _3 " + _DOC_NB,
        "{kopi|kopier} {av|på|pa} {fakturaen|faktura|fakturaene|fakturaer|kreditnotaen|følgeseddelen|folgeseddelen}",
        blockers=("vedlagt", "vedlegger", "hermed", "takk for", "ikke"),
    ),
)
CONTACT_UPDATE = CONTACT_UPDATE + (
    rule(
        "contact_update.nb.new",
        STRONG,
        "{ny|nytt|nye} {kontaktperson|fakturaadresse|faktureringsadresse|e postadresse|epostadresse|adresse|"
        "regnskapsfører|regnskapsforer|økonomiansvarlig|okonomiansvarlig|bankkonto|kontonummer|kontakt}",
        "{heretter|fremover|fra nå av|fra na av|i stedet} _6 {til|på|pa} {*@*}",
        "{har} {sluttet|gått av|gatt av} {hos|i} {oss|firmaet|selskapet|bedriften}",
        "{gått|gatt} {av med} pensjon",
        blockers=("hvis", "dersom"),
    ),
)


# Round 20 (the arrival of dev116-dev119): Czech requests for documents ("pošlete prosím kopii faktury",
# "prosím o zaslání výpisu otevřených položek", "potřebujeme dodací list"). A document already sent
# ("v příloze zasíláme") or never received (the dispute's) is no request.
_DOC_CS = ("{kopii|kopie|duplikát|duplikat|fakturu|faktury|výpis|výpisu|dodací|dodacího|dodacích|potvrzení zůstatku|"
           "potvrzení salda|saldokonto|přehled|přehledu|dobropis|certifikát|atest|protokol|pdf|doklad|doklady}")
_CS_SENT = ("ne", "neobdrzeli", "dekujeme", "dekuji", "priloze", "prilohou", "zasilame", "posilame", "opravny",
            "opravnou", "opravneho")  # folded, as blockers are compared
DOCUMENT_REQUEST = DOCUMENT_REQUEST + (
    rule(
        "document_request.cs.send",
        CLEAR,
        "{prosím|prosíme|žádám|žádáme} {o} {zaslání|opětovné zaslání|poslání|zaslani|vystavení duplikátu|kopii|kopie|"
        "duplikát|výpis|potvrzení} _4 " + _DOC_CS,
        "{prosím o|prosíme o} {kopii|duplikát|výpis|potvrzení zůstatku|potvrzení salda|dodací list}",
        "{pošlete|zašlete|pošli|zašli|přepošlete|poslat|zaslat} {nám|mi}? {prosím|znovu|ještě|opět}? _3 " + _DOC_CS,
        "{potřebujeme|potřebuji|potřeboval|potřebovala|potřebovali} _3 {kopii|duplikát|výpis|dodací list|potvrzení zůstatku}",
        blockers=_CS_SENT,
    ),
)
# Polish and Czech share "kopii faktury": the Polish request is not one when a Czech customer sends the copy.
DOCUMENT_REQUEST = with_blockers(DOCUMENT_REQUEST, ("document_request.pl.send",), _CS_SENT)
