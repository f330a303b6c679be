"""Recall of the two legal intents (insolvency_notice, cease_contact) over phrase families in
EN/FR/DE/ES, and the near misses that must stay clear of them.

Every sentence here was written for this file, as a collections lawyer would list the ways
customers, their lawyers, administrators, trustees and liquidators say it; none is copied
from the labelled sets. Conventions (inbox/intent_legal.py): an office holder asking us to
stop dunning the debtor, or to write to them instead of the debtor, gets both labels; a
third party's insolvency ("our customer went into administration") gets neither.
"""
from __future__ import annotations

import time

import pytest

from inbox.autoreplies import detect_auto_reply
from inbox.bounces import detect_bounce
from inbox.classify import classify_intents
from inbox.quotes import split_reply
from tests.inbox.test_mime_corpus import corpus_message, corpus_rows, needs_corpus

INS = "insolvency_notice"
CEASE = "cease_contact"


def labels_of(text: str, language: str, subject: str = "Re: Payment reminder", **flags: bool) -> set[str]:
    return {score.label for score in classify_intents(text, subject, language, **flags)}


# --- insolvency_notice ------------------------------------------------------------------
INSOLVENCY_POSITIVES: list[tuple[str, str]] = [
    # England & Wales, Scotland, Ireland
    ("en", "Please be advised that Marlowe Joinery Limited went into administration on Tuesday."),
    ("en", "Tom Fisher and Ann Baird of Baird Fisher LLP were appointed joint administrators of the company."),
    ("en", "The company is now subject to an administration order made by the High Court."),
    ("en", "An administrative receiver has been appointed over the assets of the business."),
    ("en", "A winding-up petition was presented against us and the hearing is next week."),
    ("en", "The court made a winding up order against Cresswell Foods Ltd on 4 March."),
    ("en", "The members resolved to place the company into creditors' voluntary liquidation."),
    ("en", "Our directors have proposed a company voluntary arrangement to all creditors."),
    ("en", "The Official Receiver is now dealing with the affairs of the company."),
    ("en", "A provisional liquidator was appointed this morning."),
    ("en", "The company has entered a Part A1 moratorium and payments of pre-moratorium debts are suspended."),
    ("en", "Please send your proof of debt form to the liquidators by the end of the month."),
    ("en", "I have been made bankrupt and a trustee in bankruptcy will contact you."),
    ("en", "The estate has been sequestrated and the trustee will write to all creditors."),
    ("en", "An examiner has been appointed to the company by the High Court in Dublin."),
    # United States, Canada, Australia
    ("en", "Hartwell Logistics Inc. filed a voluntary petition for relief under Chapter 11 on May 2."),
    ("en", "We filed for Chapter 7 last Friday; a trustee will be assigned to the case."),
    ("en", "The automatic stay under section 362 is now in effect."),
    ("en", "Claims arising before the petition date must be filed by the claims bar date."),
    ("en", "The debtors in possession continue to operate their business."),
    ("en", "Please file your proofs of claim with the claims agent before the deadline."),
    ("en", "The company obtained protection under the CCAA and a monitor was appointed."),
    ("en", "We filed a notice of intention to make a proposal under the Bankruptcy and Insolvency Act."),
    ("en", "Voluntary administrators were appointed to Sandstone Builders Pty Ltd yesterday."),
    ("en", "The company is under a deed of company arrangement until next year."),
    ("en", "We have ceased trading and the business is being wound up."),
    # France, Belgium, Switzerland, Québec
    ("fr", "Le tribunal a prononcé l'ouverture d'une procédure de sauvegarde à notre profit."),
    ("fr", "Notre société a été placée en redressement judiciaire le 12 mars."),
    ("fr", "Par jugement du 5 avril, la liquidation judiciaire de l'entreprise a été prononcée."),
    ("fr", "Maître Lenoir, mandataire judiciaire, a été désigné pour recevoir les déclarations de créances."),
    ("fr", "L'administrateur judiciaire assiste la société dans sa gestion pendant la période d'observation."),
    ("fr", "Nous vous invitons à déclarer votre créance dans les deux mois de la publication au BODACC."),
    ("fr", "Nous avons déposé le bilan et sommes en cessation des paiements."),
    ("fr", "Toute poursuite individuelle est désormais suspendue à l'égard de la société."),
    ("fr", "Le juge-commissaire a autorisé la poursuite de l'activité."),
    ("fr", "J'ai déposé un dossier de surendettement auprès de la Banque de France."),
    ("fr", "La société a été déclarée en faillite par le tribunal de l'entreprise de Mons."),
    ("fr", "Une procédure de réorganisation judiciaire a été ouverte en notre faveur."),
    ("fr", "Un mandataire ad hoc a été nommé par le président du tribunal de commerce."),
    ("fr", "Le syndic autorisé en insolvabilité vous fera parvenir la preuve de réclamation."),
    # Germany, Austria, Switzerland
    ("de", "Über unser Vermögen wurde heute das Insolvenzverfahren eröffnet."),
    ("de", "Wir haben beim Amtsgericht einen Insolvenzantrag gestellt."),
    ("de", "Das Gericht hat einen vorläufigen Insolvenzverwalter mit Zustimmungsvorbehalt bestellt."),
    ("de", "Bitte melden Sie Ihre Forderungen zur Insolvenztabelle an."),
    ("de", "Den Eröffnungsbeschluss finden Sie in der Anlage."),
    ("de", "Die Gesellschaft befindet sich im Schutzschirmverfahren in Eigenverwaltung."),
    ("de", "Wir sind leider zahlungsunfähig und überschuldet."),
    ("de", "Das Konkursverfahren über die Firma wurde vom Landesgericht eröffnet."),
    ("de", "Die Muster GmbH i. L. wird derzeit abgewickelt."),
    ("de", "Die Forderungsanmeldung ist bis zum 30. Juni beim Verwalter einzureichen."),
    ("de", "Der Sanierungsplan wurde von der Gläubigerversammlung angenommen."),
    ("de", "Verfügungen der Schuldnerin sind nur mit Zustimmung des vorläufigen Verwalters wirksam."),
    # Spain
    ("es", "El juzgado ha declarado a nuestra empresa en concurso de acreedores."),
    ("es", "Hemos comunicado al juzgado el inicio de negociaciones (preconcurso)."),
    ("es", "El administrador concursal les remitirá la lista de acreedores."),
    ("es", "Les rogamos la comunicación de créditos a la administración concursal en el plazo de un mes."),
    ("es", "La sociedad se encuentra en fase de liquidación."),
    ("es", "El Juzgado de lo Mercantil número 3 ha dictado auto de declaración de concurso."),
    ("es", "La concursada no puede atender pagos anteriores a la declaración."),
    ("es", "Me he acogido a la Ley de Segunda Oportunidad para la exoneración del pasivo insatisfecho."),
]

# --- cease_contact ----------------------------------------------------------------------
CEASE_POSITIVES: list[tuple[str, str]] = [
    # stop / do not / never again
    ("en", "Stop phoning our shop during opening hours."),
    ("en", "Please stop ringing my mobile, it is a personal number."),
    ("en", "Do not contact me again about this account."),
    ("en", "Don't call our staff any more."),
    ("en", "You must not contact any of our employees directly."),
    ("en", "Please do not telephone or visit our premises."),
    ("en", "Never call this number again."),
    ("en", "Kindly refrain from contacting our finance team."),
    ("en", "I want no further phone calls from your company."),
    ("en", "I no longer wish to be contacted by your collections department."),
    ("en", "We do not consent to being contacted by telephone."),
    ("en", "I revoke my consent for you to call my cell phone."),
    ("en", "Please cease all collection activity on this account."),
    ("en", "Any further calls will be considered harassment and reported."),
    ("en", "Take us off your call list, please."),
    ("en", "Remove me from your calling list immediately."),
    ("en", "Leave us alone."),
    ("en", "This letter is a formal request that you cease and desist all communication."),
    # in writing only
    ("en", "From now on, communicate with us in writing only."),
    ("en", "All communication about this debt must be in writing."),
    ("en", "Correspondence is to be sent by post to our head office; no phone calls please."),
    ("en", "Contact us by letter only."),
    ("en", "Anything further to me in writing, please."),
    # through a lawyer
    ("en", "Direct all correspondence to our attorneys, Hale & Finch LLP."),
    ("en", "We are represented by counsel in this matter; please deal with them."),
    ("en", "All future contact regarding this account should go through our solicitors."),
    ("en", "This firm represents Grange Dairy Ltd; please address all communications to the undersigned."),
    ("en", "We have been instructed by Pell Motors Ltd in connection with your invoices."),
    ("en", "Please communicate only with the undersigned and not with our client."),
    ("en", "Our legal counsel will handle all further communications."),
    # French
    ("fr", "Cessez de téléphoner au magasin."),
    ("fr", "Je vous prie de ne plus appeler sur mon portable."),
    ("fr", "Ne m'appelez plus."),
    ("fr", "Ne contactez plus nos salariés."),
    ("fr", "Je vous demande de ne pas me contacter sur mon lieu de travail."),
    ("fr", "Veuillez cesser toute relance téléphonique."),
    ("fr", "Je vous mets en demeure de cesser ces appels."),
    ("fr", "Je vous interdis de me rappeler."),
    ("fr", "Nous vous prions de vous abstenir de tout contact avec notre personnel."),
    ("fr", "Toute communication devra se faire exclusivement par écrit."),
    ("fr", "Merci de nous écrire uniquement par lettre recommandée."),
    ("fr", "Adressez-vous exclusivement à notre conseil, Maître Dubreuil."),
    ("fr", "Toute correspondance sera désormais adressée à notre avocat."),
    ("fr", "Nous avons confié ce dossier à notre avocate."),
    ("fr", "Je souhaite ne plus être contacté par votre service de recouvrement."),
    ("fr", "Plus aucun appel, s'il vous plaît."),
    # German
    ("de", "Rufen Sie uns bitte nicht mehr an."),
    ("de", "Kontaktieren Sie mich nicht mehr."),
    ("de", "Bitte rufen Sie nicht mehr im Laden an."),
    ("de", "Wir fordern Sie auf, jegliche Kontaktaufnahme mit unseren Mitarbeitern zu unterlassen."),
    ("de", "Unterlassen Sie künftig alle Anrufe bei meiner Familie."),
    ("de", "Sehen Sie bitte von weiteren Anrufen ab; wir bitten Sie, von Kontaktversuchen abzusehen."),
    ("de", "Wir untersagen Ihnen jede weitere Kontaktaufnahme."),
    ("de", "Bitte kommunizieren Sie mit uns nur noch schriftlich."),
    ("de", "Die Korrespondenz bitte ausschließlich über unseren Rechtsanwalt."),
    ("de", "Wenden Sie sich bitte ab sofort an unsere Kanzlei."),
    ("de", "Wir sind anwaltlich vertreten."),
    ("de", "Namens und in Vollmacht unserer Mandantin teilen wir mit, dass Anrufe zu unterlassen sind."),
    ("de", "Keine weiteren Anrufe bitte."),
    ("de", "Lassen Sie mich in Ruhe."),
    # Spanish
    ("es", "Dejen de llamar a la tienda."),
    ("es", "No vuelvan a llamar a este número."),
    ("es", "No nos contacten más por teléfono."),
    ("es", "Les ruego que se abstengan de contactar con nuestros empleados."),
    ("es", "Absténganse de realizar nuevas reclamaciones directamente a la empresa."),
    ("es", "Cualquier comunicación deberá realizarse únicamente por escrito."),
    ("es", "Toda la correspondencia a través de nuestro abogado, por favor."),
    ("es", "Diríjanse a nuestro despacho de abogados para cualquier gestión."),
    ("es", "Cesen de inmediato toda comunicación con nuestra empresa."),
    ("es", "No deseamos recibir más llamadas de su empresa."),
    ("es", "Hemos contratado a un abogado para este asunto."),
]

# An office holder, or a debtor's lawyer, asks us to stop pursuing the debtor: both labels.
BOTH_POSITIVES: list[tuple[str, str]] = [
    ("en", "Acme Ltd is in administration. Please cease all collection action against the company and "
           "send any query to the administrators instead of the company."),
    ("en", "As counsel to the debtors, we remind you that reminder calls and emails violate the automatic stay."),
    ("en", "The company filed for Chapter 11. Do not contact the debtors' employees; all communications "
           "must be directed to the undersigned counsel."),
    ("en", "We were appointed liquidators of Pike Ltd. Please stop sending reminders to the directors and "
           "refrain from contacting the company."),
    ("fr", "La société est en liquidation judiciaire ; veuillez cesser toute relance à son encontre et "
           "vous adresser exclusivement au liquidateur soussigné."),
    ("fr", "En ma qualité d'administrateur judiciaire, je vous demande de ne plus contacter la société "
           "directement."),
    ("de", "Als vorläufiger Insolvenzverwalter bitte ich Sie, Mahnungen an die Schuldnerin zu unterlassen."),
    ("de", "Das Insolvenzverfahren ist eröffnet. Sehen Sie von weiteren Zahlungsaufforderungen gegenüber "
           "der Gesellschaft ab und richten Sie Ihre Korrespondenz nicht mehr an die Schuldnerin."),
    ("es", "Como administrador concursal, les ruego que se abstengan de reclamar a la concursada."),
    ("es", "La empresa está en concurso de acreedores: cesen toda gestión de cobro y diríjanse a esta "
           "administración concursal."),
]

LEGAL_NEGATIVES: list[tuple[str, str]] = [
    # someone else's insolvency
    ("en", "Our customer went into administration last month, so can we pay in three instalments?"),
    ("en", "One of our largest clients, a builder in Leeds, filed for Chapter 11 and owes us a fortune."),
    ("en", "A major customer of ours was placed into liquidation; we need another 30 days."),
    ("fr", "Un de nos clients a été placé en liquidation judiciaire, nous demandons un échéancier."),
    ("fr", "Notre plus gros client est en redressement judiciaire, d'où ce retard."),
    ("de", "Einer unserer größten Kunden hat Insolvenz angemeldet, daher bitten wir um Ratenzahlung."),
    ("es", "Uno de nuestros principales clientes ha entrado en concurso de acreedores y nos debe mucho."),
    # denials
    ("en", "We are not insolvent; the payment will go out on Friday."),
    ("en", "Contrary to what your rep heard, we are not in administration."),
    ("fr", "Nous ne sommes pas en redressement judiciaire, le virement part demain."),
    ("de", "Wir sind nicht insolvent, die Zahlung folgt."),
    ("es", "No estamos en concurso, pagaremos la semana próxima."),
    # ordinary words that look legal
    ("en", "Our administration team will process the invoice this week."),
    ("en", "The liquidity position is fine; expect payment on Monday."),
    ("en", "To unsubscribe from our newsletter, click here."),
    ("en", "Please stop the direct debit for invoice 4471, we will pay by transfer."),
    ("en", "Please stop sending paper invoices, email only from now on."),
    ("en", "Please send invoices by post only to our new address."),
    ("en", "Don't hesitate to call us if you have any questions."),
    ("en", "Can you put that in writing so I can get it approved?"),
    ("en", "Please do not email the invoice again, we already have it."),
    ("en", "Stop sending reminders, we already paid this on 3 November."),
    ("en", "We paid INV-2231 last week, please stop chasing us."),
    ("en", "I will stop by your office tomorrow to drop off the cheque."),
    ("en", "We are not filing for bankruptcy, this is just a timing issue."),
    ("en", "Please contact our accounts team on 0161 555 0100 for any queries."),
    ("fr", "Merci de ne plus envoyer les factures par courrier, uniquement par e-mail."),
    ("fr", "N'hésitez pas à nous appeler pour toute question."),
    ("fr", "Nous avons réglé la facture, merci de ne plus nous relancer."),
    ("fr", "Si vous avez des questions, écrivez-nous à compta@exemple.fr."),
    ("fr", "Merci d'adresser désormais vos relances exclusivement à comptabilite@exemple.fr."),
    ("fr", "Notre plan de trésorerie prévoit le paiement fin du mois."),
    ("de", "Zögern Sie nicht, uns anzurufen."),
    ("de", "Schreiben Sie uns gerne, falls noch etwas fehlt."),
    ("de", "Wir haben bereits bezahlt, bitte keine weiteren Mahnungen."),
    ("de", "Ich bin telefonisch nicht erreichbar, bitte schreiben Sie mir eine E-Mail."),
    ("de", "Bitte senden Sie Rechnungen künftig nur noch per E-Mail."),
    ("es", "No dude en llamarnos si necesita algo."),
    ("es", "La liquidación de la factura se hará el lunes."),
    ("es", "Les rogamos envíen las facturas únicamente por correo electrónico a facturas@ejemplo.es."),
    ("es", "Ya pagamos la factura, dejen de enviar recordatorios."),
]


# (expected legal labels, language, text): more phrasings per family, also written for this file.
MORE_CASES: list[tuple[str, str, str]] = [
    ("cease", "en", "Please direct any further communication to our counsel, Ms. Ruiz."),
    ("cease", "en", "We have retained counsel; please route all future communications through her office."),
    ("cease", "en", "I am writing on behalf of my client, Lakeside Bistro LLC. Please do not contact my client directly."),
    ("cease", "en", "You are hereby notified to cease all communication with my client."),
    ("cease", "en", "Please note that my client disputes this debt and requests that you cease communication."),
    ("cease", "en", "Pursuant to 15 U.S.C. 1692c(c), I request that you cease further communication with me."),
    ("cease", "en", "Do NOT contact us again."),
    ("cease", "en", "Don't ring the office again."),
    ("cease", "en", "Stop harassing my staff."),
    ("cease", "en", "I'm asking you for the last time to stop calling."),
    ("cease", "en", "Please stop with the phone calls."),
    ("cease", "en", "No more calls please."),
    ("cease", "en", "We will not accept any further calls about this."),
    ("cease", "en", "Any future contact should be made through our legal representatives only."),
    ("cease", "en", "Please put all further correspondence in writing."),
    ("cease", "en", "I would ask that you only contact me in writing from now on."),
    ("cease", "en", "Contact in writing only please."),
    ("cease", "en", "Please only write to us; phone calls to the site are not acceptable."),
    ("cease", "en", "Please remove this number from your records and do not call it again."),
    ("cease", "en", "Remove my details from your database."),
    ("cease", "en", "I do not want to receive any more emails from you."),
    ("cease", "en", "We ask that your collectors stop visiting our premises."),
    ("cease", "en", "This matter has been referred to our solicitors, Brook & Co, to whom all correspondence should be addressed."),
    ("cease", "en", "Our attorney, Jane Park, will be in touch. Do not contact us directly."),
    ("cease", "en", "We require that all contact be through our legal department."),
    ("cease", "en", "Kindly address all future correspondence to our legal department."),
    ("cease", "en", "Your continued calls amount to harassment."),
    ("cease", "en", "I have asked you repeatedly to stop contacting me."),
    ("cease", "en", "Please take us off your dunning list."),
    ("cease", "en", "Please remove us from your automated reminder list."),
    ("cease", "en", "Please stop contacting us by phone."),
    ("cease", "en", "We ask that you refrain from any further direct contact with our employees."),
    ("cease", "en", "Communications should henceforth be addressed to our solicitors."),
    ("cease", "en", "We act for Bramble Homes Ltd. Please correspond with us rather than our client."),
    ("cease", "en", "Please be advised this office now represents Mr. Grant regarding the above account."),
    ("cease", "en", "Further calls to my home will be reported to the regulator."),
    ("cease", "en", "Please deal with our accountant from now on; do not phone me."),
    ("both", "en", "Ridgeway Ltd (in liquidation): creditors must not take any action against the company; please direct all correspondence to the liquidator and not to the former directors."),
    ("both", "en", "The automatic stay prohibits further collection calls; please stop contacting the debtor."),
    ("both", "en", "We are the administrators of Hollow Ltd. Please do not contact the company's staff about pre-appointment debts."),
    ("both", "en", "Under the moratorium, please refrain from chasing the company for payment."),
    ("ins", "en", "We regret to inform you that the company has appointed administrators."),
    ("ins", "en", "Notice is given that a resolution to wind up the company was passed."),
    ("ins", "en", "The business has been placed into administrative receivership."),
    ("ins", "en", "The company entered into a CVA which was approved by creditors."),
    ("ins", "en", "Our company has been dissolved and struck off."),
    ("ins", "en", "I've entered an IVA and my insolvency practitioner will be in touch."),
    ("ins", "en", "Unfortunately the firm has gone bust and closed its doors."),
    ("ins", "en", "We are filing for bankruptcy protection next week."),
    ("ins", "en", "The company is in receivership."),
    ("ins", "en", "Claims must be submitted by the bar date."),
    ("ins", "en", "Please submit a claim in the Chapter 11 case using Official Form 410."),
    ("ins", "en", "The meeting of creditors under section 341 will be held on June 3."),
    ("ins", "en", "The company is being liquidated."),
    ("ins", "en", "We have been placed into special administration."),
    ("ins", "en", "A restructuring plan under Part 26A has been sanctioned by the court."),
    ("ins", "en", "The Debtor has sought protection from its creditors."),
    ("ins", "en", "The company went into liquidation."),
    ("ins", "en", "We are winding down the business and a liquidator will be appointed."),
    ("none", "en", "Please stop sending reminders for INV-2231 since we paid on 4 March."),
    ("none", "en", "We will pay next week, stop worrying."),
    ("none", "en", "Please call me back about the credit note."),
    ("none", "en", "Please contact me on my mobile, not the office line."),
    ("none", "en", "Our new administrator for accounts payable is Jill."),
    ("none", "en", "We have appointed a new finance director."),
    ("none", "en", "The trustee of our pension scheme asked for the invoice."),
    ("none", "en", "One of our customers filed for bankruptcy and hasn't paid us, so we are short this month."),
    ("none", "en", "Our biggest client went bust, please give us until the end of the month."),
    ("none", "en", "Please don't send any more paper copies."),
    ("none", "en", "We don't want to receive paper invoices anymore, please email them."),
    ("none", "en", "Write to us at our new address from now on."),
    ("none", "en", "Please send all correspondence to our new office at 12 High Street."),
    ("none", "en", "In writing: we confirm payment of INV-12 on Friday."),
    ("none", "en", "Stop press: payment made today."),
    ("none", "en", "We stopped trading with that supplier."),
    ("none", "en", "Please remove the late fee from the statement."),
    ("none", "en", "We do not want to receive invoices by email anymore, please post them."),
    ("cease", "en", "I do not want you to call me at work."),
    ("cease", "en", "We no longer wish to receive calls from your company."),
    ("cease", "fr", "Je ne veux plus que vous m'appeliez."),
    ("cease", "fr", "Merci de cesser de harceler mes employés."),
    ("cease", "fr", "Arrêtez d'appeler le restaurant."),
    ("cease", "fr", "Stop aux appels, merci."),
    ("cease", "fr", "Vos appels incessants relèvent du harcèlement."),
    ("cease", "fr", "Je vous demande de ne plus téléphoner chez moi."),
    ("cease", "fr", "Je vous demande de ne plus prendre contact avec mes salariés."),
    ("cease", "fr", "Nous vous demandons de ne plus démarcher nos équipes."),
    ("cease", "fr", "À compter de ce jour, toute relance devra être adressée par écrit à notre avocat."),
    ("cease", "fr", "Veuillez prendre contact exclusivement avec notre conseil."),
    ("cease", "fr", "Je suis le conseil de la société Dumas ; merci de ne plus contacter directement ma cliente."),
    ("cease", "fr", "En qualité d'avocat de la société Morel, je vous prie de m'adresser toute correspondance."),
    ("cease", "fr", "Je vous prie de ne plus solliciter nos collaborateurs."),
    ("cease", "fr", "Je vous demande de ne pas appeler à la boutique."),
    ("cease", "fr", "Merci de communiquer uniquement par écrit."),
    ("cease", "fr", "Vous pouvez m'écrire, mais plus d'appels."),
    ("cease", "fr", "Je ne répondrai plus au téléphone ; écrivez-moi si nécessaire."),
    ("cease", "fr", "Je vous prie de cesser immédiatement vos agissements."),
    ("cease", "fr", "Nous vous mettons en demeure de cesser tout contact avec notre personnel."),
    ("cease", "fr", "Ne nous importunez plus."),
    ("cease", "fr", "Je m'oppose à toute nouvelle prise de contact."),
    ("cease", "fr", "Nous vous demandons d'arrêter de contacter notre personnel."),
    ("both", "fr", "En ma qualité de mandataire judiciaire, je vous demande de cesser toute relance auprès de la société."),
    ("both", "fr", "La société étant en redressement judiciaire, merci de ne plus lui adresser de relances."),
    ("both", "fr", "Le liquidateur vous demande de ne plus contacter l'ancien gérant."),
    ("ins", "fr", "Nous avons fait l'objet d'un jugement d'ouverture de liquidation judiciaire."),
    ("ins", "fr", "La société est en procédure collective."),
    ("ins", "fr", "Une procédure de sauvegarde accélérée a été ouverte."),
    ("ins", "fr", "Merci de déclarer votre créance auprès du mandataire."),
    ("ins", "fr", "Nous sommes en dépôt de bilan."),
    ("ins", "fr", "Le tribunal a arrêté un plan de cession."),
    ("ins", "fr", "L'entreprise a été radiée du registre du commerce à la suite de sa liquidation."),
    ("ins", "fr", "La société est en liquidation amiable."),
    ("ins", "fr", "Le curateur à la faillite vous contactera."),
    ("ins", "fr", "Nous avons sollicité l'ouverture d'une conciliation."),
    ("ins", "fr", "Nous sommes en cessation d'activité et en liquidation."),
    ("ins", "fr", "Veuillez adresser votre déclaration de créance à Maître Roy."),
    ("none", "fr", "Nous avons changé de cabinet comptable ; merci d'adresser les relances à notre nouveau cabinet."),
    ("none", "fr", "Notre conseil d'administration a validé le paiement."),
    ("none", "fr", "Merci de ne plus appeler Paul, il a quitté la société ; contactez Marie."),
    ("none", "fr", "Merci de ne plus nous relancer, la facture a été réglée le 3 mars."),
    ("none", "fr", "Un de nos clients est en liquidation, nous vous demandons un délai."),
    ("none", "fr", "La liquidation de cette facture interviendra lundi."),
    ("cease", "de", "Bitte stellen Sie Ihre Anrufe ein."),
    ("cease", "de", "Hören Sie auf, uns anzurufen."),
    ("cease", "de", "Ich verbitte mir weitere Anrufe."),
    ("cease", "de", "Wir verbitten uns jede weitere Kontaktaufnahme."),
    ("cease", "de", "Bitte kontaktieren Sie ausschließlich unseren Anwalt."),
    ("cease", "de", "Bitte wenden Sie sich künftig nur noch an unsere Rechtsabteilung."),
    ("cease", "de", "Die weitere Kommunikation erfolgt ausschließlich über unsere Anwälte."),
    ("cease", "de", "Wir haben unseren Anwalt eingeschaltet."),
    ("cease", "de", "Bitte richten Sie jegliche Korrespondenz an unsere Prozessbevollmächtigten."),
    ("cease", "de", "Wir vertreten die Firma Huber GmbH. Bitte nehmen Sie keinen direkten Kontakt mehr mit unserer Mandantin auf."),
    ("cease", "de", "Bitte schicken Sie uns keine Mahnungen mehr und rufen Sie nicht mehr an."),
    ("cease", "de", "Ich möchte nicht mehr angerufen werden."),
    ("cease", "de", "Wir wünschen keine telefonische Kontaktaufnahme."),
    ("cease", "de", "Telefonische Kontaktaufnahme ist unerwünscht."),
    ("cease", "de", "Bitte nur noch schriftliche Kommunikation."),
    ("cease", "de", "Kommunikation bitte ausschließlich schriftlich."),
    ("cease", "de", "Ich fordere Sie auf, die Belästigung sofort einzustellen."),
    ("cease", "de", "Streichen Sie meine Nummer aus Ihrer Anrufliste."),
    ("cease", "de", "Unterlassen Sie es, mich auf dem Handy anzurufen."),
    ("cease", "de", "Wir widersprechen jeder weiteren Kontaktaufnahme."),
    ("cease", "de", "Weitere Anrufe werden wir als Belästigung werten."),
    ("cease", "de", "Bitte keine Anrufe mehr im Geschäft."),
    ("both", "de", "Als Insolvenzverwalter bitte ich Sie, die Schuldnerin nicht mehr zu kontaktieren."),
    ("both", "de", "Bitte sehen Sie von Mahnungen an die Insolvenzschuldnerin ab und wenden Sie sich an mich."),
    ("both", "de", "Über das Vermögen wurde das Insolvenzverfahren eröffnet. Weitere Mahnungen an die Gesellschaft sind zu unterlassen."),
    ("both", "de", "Die Insolvenz ist eröffnet; stellen Sie das Mahnverfahren gegen die Schuldnerin ein."),
    ("ins", "de", "Die Firma hat Insolvenz angemeldet."),
    ("ins", "de", "Wir mussten leider Insolvenz anmelden."),
    ("ins", "de", "Das Amtsgericht hat die vorläufige Eigenverwaltung angeordnet."),
    ("ins", "de", "Der Geschäftsbetrieb wurde eingestellt und die Gesellschaft wird liquidiert."),
    ("ins", "de", "Ihre Forderung ist zur Tabelle anzumelden."),
    ("ins", "de", "Die Zahlungsunfähigkeit ist eingetreten."),
    ("ins", "de", "Wir haben beim Bezirksgericht ein Sanierungsverfahren beantragt."),
    ("ins", "de", "Gegen die Gesellschaft wurde der Konkurs eröffnet."),
    ("ins", "de", "Die Nachlassstundung wurde bewilligt."),
    ("ins", "de", "Wir befinden uns in einem Restrukturierungsverfahren nach StaRUG."),
    ("ins", "de", "Ich habe Privatinsolvenz angemeldet."),
    ("none", "de", "Einer unserer Kunden ist in die Insolvenz gegangen, daher verzögert sich die Zahlung."),
    ("none", "de", "Bitte senden Sie Mahnungen an die neue Adresse buchhaltung@firma.de."),
    ("none", "de", "Wir haben die Rechnung bezahlt, bitte keine Mahnungen mehr."),
    ("none", "de", "Bitte rufen Sie Herrn Meier nicht mehr an, er ist nicht mehr im Unternehmen."),
    ("none", "de", "Wir haben keine Mahnungen erhalten."),
    ("none", "de", "Kontaktieren Sie uns gerne bei Fragen."),
    ("none", "de", "Die Liquidität ist gesichert."),
    ("cease", "es", "No nos llamen más, por favor."),
    ("cease", "es", "Les pido que no vuelvan a llamar a mi domicilio."),
    ("cease", "es", "Dejen de molestar a mis empleados."),
    ("cease", "es", "Paren ya con las llamadas."),
    ("cease", "es", "Cualquier comunicación, por escrito y a través de nuestro letrado."),
    ("cease", "es", "Les requerimos que cesen en sus llamadas."),
    ("cease", "es", "Sus llamadas constituyen acoso."),
    ("cease", "es", "Les ruego que se pongan en contacto únicamente con nuestro abogado."),
    ("cease", "es", "Este despacho representa a Talleres Ruiz, S.L.; diríjanse a nosotros."),
    ("cease", "es", "Actuamos en nombre y representación de Construcciones Vega."),
    ("cease", "es", "No deseo que me contacten por teléfono."),
    ("cease", "es", "Solo aceptaremos comunicaciones por escrito."),
    ("cease", "es", "Les exijo que dejen de llamarme."),
    ("cease", "es", "Eliminen mi número de su lista de llamadas."),
    ("cease", "es", "Exijo el cese inmediato de las llamadas."),
    ("cease", "es", "Les prohíbo que contacten a mis trabajadores."),
    ("both", "es", "La sociedad está en concurso; absténganse de requerir el pago a la concursada."),
    ("both", "es", "Como administrador concursal, les pido que dejen de contactar a la deudora."),
    ("ins", "es", "Hemos solicitado la declaración de concurso voluntario."),
    ("ins", "es", "La empresa ha presentado la comunicación del artículo 5 bis."),
    ("ins", "es", "Estamos en situación de insolvencia."),
    ("ins", "es", "La sociedad ha sido declarada en concurso necesario."),
    ("ins", "es", "Deben comunicar sus créditos al administrador concursal."),
    ("ins", "es", "Se ha abierto la fase de liquidación del concurso."),
    ("ins", "es", "Se ha aprobado un plan de reestructuración."),
    ("ins", "es", "Nos hemos declarado en quiebra."),
    ("none", "es", "Uno de nuestros clientes ha entrado en concurso y no nos paga."),
    ("none", "es", "No dude en contactarnos."),
    ("none", "es", "Ya hemos pagado, no nos envíen más recordatorios."),
    ("none", "es", "Por favor, envíen las facturas a la nueva dirección."),
    ("none", "es", "La liquidación del IVA se hará el lunes."),
    ("both", "es", "Les rogamos que se abstengan de remitir requerimientos de pago a la concursada."),
    ("both", "es", "Suspendan el envío de recordatorios de pago a la concursada."),
    ("both", "es", "La sociedad está en concurso. No envíen más reclamaciones a la empresa; diríjanse a la administración concursal."),
    ("both", "es", "Como administradora concursal les ruego que no sigan reclamando el pago a la deudora y que se dirijan a mí."),
    ("both", "es", "Rogamos que en lo sucesivo se dirijan exclusivamente a esta administración concursal, y no a la concursada."),
    ("both", "es", "Les informo que, en mi condición de administrador concursal, deben abstenerse de reclamar directamente a la empresa."),
    ("both", "es", "No continúen enviando reclamaciones de pago a la sociedad concursada."),
    ("both", "fr", "Nous vous demandons de ne plus adresser de relances à la société mais au mandataire judiciaire."),
    ("both", "fr", "Toute correspondance doit être adressée à l'administrateur judiciaire et non à la société."),
    ("both", "fr", "Merci de cesser vos relances auprès du débiteur, en liquidation judiciaire."),
    ("both", "fr", "Le liquidateur vous invite à ne plus relancer la société."),
    ("both", "de", "Bitte richten Sie Ihre Mahnungen nicht mehr an die Schuldnerin, sondern an den Insolvenzverwalter."),
    ("both", "de", "Bitte stellen Sie das Mahnwesen gegenüber der Insolvenzschuldnerin ein."),
    ("both", "de", "Zahlungsaufforderungen an die Gesellschaft sind ab sofort zu unterlassen; das Insolvenzverfahren ist eröffnet."),
    ("both", "de", "Als Sachwalter bitte ich Sie, künftig ausschließlich mit mir zu korrespondieren und die Schuldnerin nicht mehr zu mahnen."),
    ("both", "en", "Any attempt to collect pre-petition debts from the Debtor violates the automatic stay."),
    ("both", "en", "Please stop chasing the company for pre-appointment invoices; it is now in administration."),
    ("both", "en", "The joint administrators ask that creditors refrain from contacting the company's staff directly."),
    ("cease", "en", "We are the attorneys for Lakeshore Farms. Please direct all future communication regarding this account to our office."),
    ("cease", "en", "Please be advised that we represent Delmar Supply Co.; all communications should come to us."),
    ("cease", "en", "Kindly note that all communication with our company must go through our legal counsel."),
    ("cease", "en", "Our counsel has asked that any further communication be made through their office."),
    ("cease", "en", "Please direct all inquiries to our legal representative."),
    ("cease", "en", "Do not contact us; speak to our lawyer."),
    ("cease", "en", "All correspondence should be directed to our attorneys at the address below."),
    ("cease", "en", "Please refer all further correspondence to our lawyers."),
    ("cease", "en", "We kindly request that you no longer contact us directly and communicate only through our counsel."),
    ("cease", "en", "Please do not contact us again regarding this invoice."),
    ("cease", "en", "Do not contact us any further on this matter."),
    ("cease", "en", "Please don't contact us."),
    ("cease", "en", "We ask that you do not contact our office."),
    ("cease", "en", "I do not wish to be contacted further."),
    ("cease", "en", "I'm asking you not to contact me anymore."),
    ("cease", "en", "We want all communication to go through our lawyer from now on."),
    ("cease", "en", "Contact should only be made via our solicitors, Hill Dickens."),
    ("cease", "en", "Our solicitors are now dealing with this; please liaise with them directly."),
    ("cease", "en", "This account is now being handled by our attorney."),
    ("none", "en", "We have had no further letters from you since March, so we assumed it was settled."),
    ("none", "en", "We received no phone calls or letters about this before the reminder."),
    ("none", "en", "All invoices and queries should be sent by post to our new address."),
    ("none", "en", "Please direct all queries to our sales representative, Mark."),
    ("none", "en", "Please do not email our accounts team directly; use the supplier portal instead."),
    ("none", "en", "Please send invoices to ap@newco.com rather than to Jane."),
    ("none", "en", "Our accountant will contact you next week about the payment plan."),
    ("none", "en", "No further action is needed on your side."),
    ("none", "en", "We have not received any further correspondence since your last statement."),
    ("cease", "en", "No further contact please."),
    ("cease", "en", "I want no further contact with your company."),
    ("cease", "en", "There must be no further calls to my home."),
    ("cease", "en", "No more calls to my mobile!"),
    ("none", "fr", "Nous n'avons plus aucun contact avec ce fournisseur."),
    ("none", "de", "Wir hatten keinen Kontakt mit Ihrem Außendienst."),
    ("none", "de", "Wir haben keine Anrufe von Ihnen erhalten."),
    ("none", "es", "No hemos recibido ninguna comunicación sobre esta factura."),
    ("cease", "fr", "Je ne veux plus aucun appel de votre société."),
    ("cease", "fr", "Plus aucun appel, s'il vous plaît."),
    ("cease", "de", "Wir wünschen keinen weiteren Kontakt."),
    ("cease", "de", "Bitte keine Anrufe mehr."),
    ("cease", "es", "No queremos ningún otro contacto con su empresa."),
    ("cease", "es", "Ninguna llamada más, por favor."),
    ("none", "fr", "Merci de ne pas relancer à nouveau, le virement est parti hier."),
    ("none", "de", "Senden Sie Rechnungen bitte an die Kanzlei in München."),
    ("none", "de", "Namens und in Vollmacht unseres Mandanten beantragen wir eine Ratenzahlung."),
    ("none", "de", "Bei Fragen nehmen Sie bitte Kontakt mit unserem Mandanten auf."),
    ("none", "es", "No sigan enviando facturas a esta dirección, usen facturas@nueva.es."),
    ("none", "en", "Please note that we act on behalf of Brenner Group for all supplier payments."),
    ("cease", "de", "Bitte nehmen Sie keinen direkten Kontakt mehr mit unserer Mandantin auf."),
    ("cease", "en", "We ask that all communication regarding this matter go through our office."),
    ("cease", "en", "All communications in this matter should be directed to us and not to our client."),
    ("cease", "en", "Please communicate with this office only."),
    ("cease", "en", "Kindly direct all future communications to the writer."),
    ("cease", "en", "We are instructed to request that you communicate only with this firm."),
    ("cease", "en", "Our client has asked us to request that you cease contacting them."),
    ("cease", "en", "Please refrain from contacting our client directly; contact the undersigned instead."),
    ("cease", "en", "Any further communication with our client must be through this office."),
    ("cease", "en", "All contact must go through counsel."),
    ("cease", "en", "Please speak to our legal team from now on."),
    ("cease", "en", "Please contact our lawyers and not us."),
    ("cease", "en", "I've handed this over to my solicitor."),
    ("cease", "en", "Our solicitors will deal with this from now on."),
    ("cease", "en", "Please correspond with our attorney only."),
    ("cease", "en", "From now on, all communication goes through my lawyer."),
    ("cease", "en", "All further communication to be made in writing to our solicitors at the address below."),
    ("cease", "en", "I am putting you on notice that you must not contact me at my place of work."),
    ("cease", "en", "Calls to my workplace must stop."),
    ("cease", "en", "These calls must stop immediately."),
    ("cease", "en", "The phone calls have to stop."),
    ("cease", "en", "I don't want any more calls."),
    ("cease", "en", "Please don't phone again, email only."),
    ("cease", "en", "Please communicate by email only - no more phone calls."),
    ("cease", "en", "We will only deal with you in writing from now on."),
    ("cease", "en", "Please stop contacting me at home."),
    ("cease", "en", "Quit calling us."),
    ("cease", "en", "Stop bombarding us with emails."),
    ("cease", "en", "Enough with the calls."),
    ("cease", "en", "Cease communicating with my employees."),
    ("none", "en", "We will deal with this in the next payment run."),
    ("none", "en", "These reminders must be a mistake, we paid."),
    ("none", "en", "Please email only, our phones are down this week."),
    ("cease", "fr", "Ces appels doivent cesser."),
    ("cease", "fr", "Ça suffit, arrêtez de nous appeler tous les jours."),
    ("cease", "fr", "Je vous demande de communiquer uniquement avec mon cabinet d'avocats."),
    ("cease", "fr", "Merci de ne plus adresser vos courriers à ma cliente mais à mon cabinet."),
    ("cease", "fr", "Nous intervenons en qualité de conseil de la société Lemaire."),
    ("cease", "fr", "Toute relance devra être adressée à notre conseil, et non à nos services."),
    ("cease", "fr", "Veuillez désormais correspondre exclusivement avec le soussigné."),
    ("cease", "fr", "Nos échanges se feront désormais uniquement par écrit."),
    ("cease", "fr", "Je refuse désormais tout appel téléphonique."),
    ("cease", "fr", "Nous n'accepterons plus aucun appel."),
    ("cease", "fr", "Je ne souhaite plus être démarché par téléphone."),
    ("cease", "de", "Diese Anrufe müssen aufhören."),
    ("cease", "de", "Es reicht, hören Sie auf uns anzurufen."),
    ("cease", "de", "Wir ersuchen Sie, künftig ausschließlich mit unserer Kanzlei zu korrespondieren."),
    ("cease", "de", "Jegliche Korrespondenz ist an den Unterzeichner zu richten, nicht an unsere Mandantin."),
    ("cease", "de", "Wir wurden von der Firma Berger GmbH mit der Wahrnehmung ihrer rechtlichen Interessen beauftragt."),
    ("cease", "de", "Ich lehne jeden weiteren telefonischen Kontakt ab."),
    ("cease", "de", "Wir akzeptieren keine Anrufe mehr."),
    ("cease", "de", "Bitte kontaktieren Sie uns ausschließlich schriftlich."),
    ("cease", "de", "Bitte sprechen Sie künftig nur noch mit unserem Anwalt."),
    ("cease", "es", "Estas llamadas tienen que parar."),
    ("cease", "es", "Basta ya de llamadas."),
    ("cease", "es", "Les rogamos que en adelante se comuniquen exclusivamente con este despacho."),
    ("cease", "es", "Cualquier comunicación deberá dirigirse al letrado que suscribe y no a mi representada."),
    ("cease", "es", "No acepto más llamadas."),
    ("cease", "es", "Comuníquense conmigo solo por escrito."),
    ("cease", "es", "Pónganse en contacto con nuestro abogado, no con nosotros."),
    # US assignment for the benefit of creditors; the assignee asks us to leave the company alone.
    ("both", "en", "Brookfield Tile Inc. made an assignment for the benefit of creditors last week. Send claims to the assignee and do not contact the company."),
    ("ins", "en", "We act as assignee for the benefit of creditors of Dunmore Signs LLC."),
    # Sent from the writer to the office holder: a cease next to an insolvency.
    ("both", "en", "The shop is in liquidation, the liquidator is Parry & Co, speak to them and not me."),
    ("both", "fr", "La société est en liquidation judiciaire, le liquidateur est Maître Roux : adressez-vous à lui et pas à moi."),
    ("both", "es", "La empresa está en concurso; el administrador concursal es el Sr. Ruiz, hablen con él y no conmigo."),
    # ... and a new contact person without one.
    ("none", "en", "From Monday Priya handles our payables, please write to her, not me."),
    ("none", "de", "Bitte schicken Sie die Rechnungen ab sofort an Herrn Brandt und nicht mehr an mich."),
    # Adverb between the verb and the request; Spanish vosotros and tú forms.
    ("cease", "fr", "Je vous prie de cesser définitivement de nous appeler."),
    ("cease", "es", "No nos llaméis más, por favor."),
    ("cease", "es", "No me escribas otra vez, hablad con mi abogado."),
    # The lawyer taking the matter over is a request; the lawyer reading a contract is not.
    ("cease", "en", "The matter now rests with our solicitors, who will write to you."),
    ("cease", "en", "Please take it up with our lawyers."),
    ("cease", "fr", "Le dossier est entre les mains de notre avocat."),
    ("cease", "de", "Die Angelegenheit haben wir an unseren Anwalt weitergeleitet."),
    ("cease", "es", "El asunto está en manos de nuestro abogado."),
    ("none", "en", "Our solicitor checked the lease and the service charge on invoice 4410 is not due."),
    ("none", "en", "See the letter from our attorneys about invoice 2291; the rest is paid today."),
    ("none", "fr", "Notre avocate a relu les conditions générales : les pénalités de retard ne s'appliquent pas."),
    ("none", "de", "Unser Anwalt hat den Rahmenvertrag geprüft, der Stückpreis auf Rechnung 771 ist falsch."),
    ("none", "es", "Nuestra abogada ha revisado el contrato y el precio de la factura 3390 no es correcto."),
    # An office holder's own office ("an meine Kanzlei") is where to write, not a cease; a
    # lawyer's own office without an insolvency, or the debtor left out, still is one.
    ("ins", "de", "Ich wurde zur Insolvenzverwalterin der Brückner Metall GmbH bestellt. Senden Sie Ihre Schreiben bitte ab sofort an meine Kanzlei."),
    ("ins", "de", "Über das Vermögen der Holzbau Kern KG wurde das Insolvenzverfahren eröffnet. Korrespondenz bitte nur noch an unsere Kanzlei."),
    ("cease", "de", "Wir vertreten die Lindner GmbH. Bitte richten Sie Ihre Schreiben künftig an unsere Kanzlei."),
    ("both", "de", "Ich bin vorläufiger Insolvenzverwalter der Sommer GmbH. Korrespondenz bitte an meine Kanzlei und nicht mehr an die Schuldnerin."),
    # Leaving a marketing list is no request about the collection; stopping contact still is.
    ("none", "en", "Could you take us off your marketing newsletter? We never signed up for it."),
    ("none", "en", "Please stop sending me your promotional offers, thanks."),
    ("none", "fr", "Merci de me désinscrire de votre newsletter mensuelle."),
    ("none", "de", "Bitte tragen Sie mich aus dem Newsletter aus."),
    ("none", "es", "Por favor, denme de baja de su boletín de ofertas."),
    ("cease", "en", "Take me off your newsletter and stop calling my office about the invoices."),
    ("cease", "en", "Unsubscribe me from everything and do not contact us again."),
    # A clearance sale is no liquidation of the customer.
    ("none", "en", "The chairs from your liquidation sale arrived scratched, please send someone to inspect them."),
    ("none", "en", "Liquidation stock order 5531: two of the six desks were missing."),
]

_EXPECTED = {"ins": {INS}, "cease": {CEASE}, "both": {INS, CEASE}, "none": set()}


@pytest.mark.parametrize(("language", "text"), INSOLVENCY_POSITIVES)
def test_insolvency_phrasings(language: str, text: str) -> None:
    assert INS in labels_of(text, language)


@pytest.mark.parametrize(("language", "text"), CEASE_POSITIVES)
def test_cease_contact_phrasings(language: str, text: str) -> None:
    assert CEASE in labels_of(text, language)


@pytest.mark.parametrize(("language", "text"), BOTH_POSITIVES)
def test_office_holder_asking_to_stop_gets_both_labels(language: str, text: str) -> None:
    assert {INS, CEASE} <= labels_of(text, language)


@pytest.mark.parametrize(("language", "text"), CEASE_POSITIVES + INSOLVENCY_POSITIVES)
def test_legal_label_survives_surrounding_payment_talk(language: str, text: str) -> None:
    expected = INS if (language, text) in INSOLVENCY_POSITIVES else CEASE
    noisy = f"Hello,\n\n{text}\n\nInvoice INV-2044 will be paid on Friday.\n\nRegards"
    assert expected in labels_of(noisy, language)


@pytest.mark.parametrize(("language", "text"), LEGAL_NEGATIVES)
def test_near_misses_are_not_legal(language: str, text: str) -> None:
    found = labels_of(text, language)
    assert INS not in found
    assert CEASE not in found


@pytest.mark.parametrize(("expected", "language", "text"), MORE_CASES)
def test_more_phrasings_give_exactly_the_legal_labels(expected: str, language: str, text: str) -> None:
    assert labels_of(text, language) & {INS, CEASE} == _EXPECTED[expected]


def test_office_holder_giving_an_address_is_an_insolvency_notice_only() -> None:
    text = ("We were appointed joint liquidators of Fernlea Ltd on 2 June. Please submit a proof of debt; "
            "all correspondence should be directed to the undersigned at this office.")
    assert labels_of(text, "en") & {INS, CEASE} == {INS}


def test_lawyer_routing_to_this_office_is_cease_contact() -> None:
    text = "This firm represents Orchard Cafe Ltd. Please direct all further correspondence to this office."
    assert CEASE in labels_of(text, "en")


def test_stop_reminders_alone_is_still_cease_contact() -> None:
    assert CEASE in labels_of("Stop sending us these reminders.", "en")
    assert CEASE in labels_of("Arrêtez vos relances.", "fr")


def test_request_in_a_paragraph_that_looks_like_a_footer_is_read() -> None:
    text = ("Four reminders this week. Stop emailing our staff; anything further in writing to our "
            "registered office, for my attention.\n\nJ. Smith\nDirector")
    assert CEASE in labels_of(text, "en")


def test_mailing_list_footer_is_not_a_request() -> None:
    text = ("Send list submissions to list@example.org\n\nTo subscribe or unsubscribe via the World Wide "
            "Web, visit http://example.org/listinfo")
    assert CEASE not in labels_of(text, "en", subject="Digest, Vol 3")


def test_mass_mailing_reply_keyword_is_not_a_request() -> None:
    text = "Grow your sales with our verified lists, only $199 this month.\n\nTo opt out, reply STOP."
    assert CEASE not in labels_of(text, "en", subject="Leads for your business")
    text = "Profitez de 20 % de remise sur nos cartons.\n\nPour vous désinscrire, répondez STOP."
    assert CEASE not in labels_of(text, "fr", subject="Promo emballages")
    # A customer's own request in the same words is still one.
    assert CEASE in labels_of("Please stop emailing us, we replied STOP twice already.", "en")
    assert CEASE in labels_of("Please remove us from your mailing list and stop emailing us.", "en")


def test_unsubscribe_subject_about_a_newsletter_is_not_a_request() -> None:
    text = "Hello, please remove me from your promotional newsletter list, I do not buy supplies. Thanks"
    assert CEASE not in labels_of(text, "en", subject="unsubscribe")
    assert CEASE in labels_of("Unsubscribe me, I do not want any more emails from you.", "en", subject="unsubscribe")


def test_stop_chasing_yields_to_a_paid_claim() -> None:
    text = "Arrêtez de nous relancer, nous avons payé la facture 5512 le 3 octobre."
    assert CEASE not in labels_of(text, "fr")
    assert CEASE in labels_of("Arrêtez de nous relancer.", "fr")
    assert CEASE in labels_of("Please do not chase us again.", "en")


def test_own_insolvency_after_addressing_customers_is_kept() -> None:
    text = "To all our customers and suppliers: we have entered administration and joint administrators were appointed."
    assert INS in labels_of(text, "en")


# Real e-mails written outside this project: none is a legal notice or a request to stop
# contact, except Apple Mail's own "unsubscribe" request, which is one.
CORPUS_LEGAL_ALLOWED = {"sisimai-set-of-emails/arf-26.eml"}
# spaCy's tokenizer is slow on one unbroken 40,000-character "word" (a quote marker run);
# that is a tokeniser matter, not a legal one.
LONGEST_WORD = 2000


@needs_corpus
def test_no_false_legal_alarm_on_real_emails() -> None:
    alarms = []
    for row in corpus_rows():
        message = corpus_message(row)
        if message is None:
            continue
        own = split_reply(message.text, message.html).own_text.strip()
        if max((len(word) for word in own.split()), default=0) > LONGEST_WORD:
            continue
        bounce = detect_bounce(message)
        scores = classify_intents(own, message.subject or "", None, is_bounce=bounce is not None,
                                  is_auto_reply=bounce is None and detect_auto_reply(message) is not None)
        legal = {score.label for score in scores} & {INS, CEASE}
        if legal and row["file"] not in CORPUS_LEGAL_ALLOWED:
            alarms.append((row["file"], sorted(legal)))
    assert alarms == []


def test_counts() -> None:
    assert len(INSOLVENCY_POSITIVES) >= 50
    assert len(CEASE_POSITIVES) >= 60
    assert len(LEGAL_NEGATIVES) >= 30
    for language in ("en", "fr", "de", "es"):
        assert sum(lang == language for lang, _ in CEASE_POSITIVES) >= 10
        assert sum(lang == language for lang, _ in INSOLVENCY_POSITIVES) >= 8


def test_legal_rules_stay_fast() -> None:
    text = " ".join(text for _, text in CEASE_POSITIVES + INSOLVENCY_POSITIVES + LEGAL_NEGATIVES)
    classify_intents(text, "", "en")  # warm up the pipelines
    start = time.perf_counter()
    for _ in range(5):
        classify_intents(text, "", "en")
    assert (time.perf_counter() - start) / 5 < 1.0


@pytest.mark.parametrize(("language", "text", "label"), [
    ("en", "Cease all electronic communications with this firm. Correspondence by certified mail only.",
     "cease_contact"),
    ("en", "Please cease all email communications with our staff.", "cease_contact"),
    ("fr", "Nous sommes sous la protection de la LFI depuis le 3 novembre.", "insolvency_notice"),
    ("fr", "Un avis a été déposé en vertu de la Loi sur la faillite et l'insolvabilité.", "insolvency_notice"),
])
def test_channel_restrictions_and_canadian_statutes(language, text, label):
    assert label in labels_of(text, language)


def test_sending_a_cheque_by_certified_mail_is_no_cease_request():
    assert "cease_contact" not in labels_of("We will send the cheque by certified mail on Friday.", "en")


# Generalisation set: phrasings written for this file to test families the rules were never
# tuned on (verbs, politeness, channel limits, representation; office-holder and debtor notices
# across jurisdictions), plus near misses that must stay clear of both legal labels.
GENERALISATION_CASES: list[tuple[str, str, str]] = [
    # --- cease_contact, English
    ("cease", "en", "Kindly stop calling my mobile number about this balance."),
    ("cease", "en", "I am requesting that you no longer phone me regarding this account."),
    ("cease", "en", "Please do not text me again about the overdue amount."),
    ("cease", "en", "No more text messages to this number, please."),
    ("cease", "en", "Please stop emailing me about this debt; post only."),
    ("cease", "en", "Any correspondence must be sent by certified mail only."),
    ("cease", "en", "Contact me by registered post only and not by telephone."),
    ("cease", "en", "Please remove this number from your system; it belongs to my employer."),
    ("cease", "en", "I revoke consent to be contacted on this phone number."),
    ("cease", "en", "I hereby withdraw my consent to receive calls or texts from your agency."),
    ("cease", "en", "Do not contact me at work; my employer does not allow these calls."),
    ("cease", "en", "Please direct all communication to my attorney, Daniel Okafor, at the address below."),
    ("cease", "en", "We are represented in this matter by Garner Holt LLP, please contact them exclusively."),
    ("cease", "en", "Any further contact will be reported to the Consumer Financial Protection Bureau."),
    ("cease", "en", "I am invoking my rights under the FDCPA and ask that you cease all communication with me."),
    ("cease", "en", "Under the Fair Debt Collection Practices Act you must stop contacting me."),
    ("cease", "en", "I refuse to pay this debt and demand that you stop communicating with me."),
    ("cease", "en", "Please have your agents stop turning up at my house."),
    ("cease", "en", "Please stop leaving voicemails on my landline."),
    ("cease", "en", "I'd appreciate it if you stopped calling my wife about my account."),
    ("cease", "en", "Please do not reach out to our customers or suppliers about this invoice."),
    ("cease", "en", "You are not to contact my elderly mother at her home again."),
    ("cease", "en", "Further attempts to contact me by phone will be treated as harassment."),
    ("cease", "en", "This email serves as a written request to stop all phone contact."),
    ("cease", "en", "Please refer all future enquiries to our solicitors, Hartley Reed."),
    ("cease", "en", "Our lawyer is now handling this; kindly stop writing to us directly."),
    ("cease", "en", "Please contact me only via my legal representative."),
    ("cease", "en", "I no longer want to be contacted about this by phone, email or text."),
    # --- cease_contact, French
    ("cease", "fr", "Merci de cesser de m'appeler sur mon téléphone professionnel."),
    ("cease", "fr", "Je ne veux plus recevoir de SMS de votre part."),
    ("cease", "fr", "Arrêtez de m'envoyer des courriels à ce sujet."),
    ("cease", "fr", "Veuillez supprimer ce numéro de vos fichiers."),
    ("cease", "fr", "Je retire mon consentement à être contacté par téléphone."),
    ("cease", "fr", "Ne me contactez plus sur mon lieu de travail, je vous prie."),
    ("cease", "fr", "Toute nouvelle prise de contact fera l'objet d'un signalement."),
    ("cease", "fr", "Je vous somme de cesser immédiatement vos appels répétés."),
    ("cease", "fr", "Nous sommes représentés par Maître Girard, avocat au barreau de Lyon, à qui vous voudrez bien vous adresser."),
    ("cease", "fr", "Veuillez adresser toute communication à notre avocat."),
    ("cease", "fr", "Merci de ne communiquer avec moi que par lettre recommandée avec accusé de réception."),
    ("cease", "fr", "Je vous demande de ne plus harceler mes employés."),
    ("cease", "fr", "Nous vous demandons de ne plus contacter nos clients au sujet de cette facture."),
    ("cease", "fr", "Je ne souhaite plus aucun contact de votre part."),
    # --- cease_contact, Spanish
    ("cease", "es", "Por favor, dejen de enviarme mensajes de texto."),
    ("cease", "es", "No me llamen al trabajo, por favor."),
    ("cease", "es", "Eliminen este número de su base de datos."),
    ("cease", "es", "Revoco mi consentimiento para ser contactado por teléfono."),
    ("cease", "es", "Dirijan toda comunicación a mi abogado."),
    ("cease", "es", "Cualquier nuevo contacto será denunciado."),
    # --- cease_contact, German
    ("cease", "de", "Bitte hören Sie auf, mich auf dem Handy anzurufen."),
    ("cease", "de", "Schicken Sie mir keine SMS mehr."),
    ("cease", "de", "Bitte löschen Sie diese Nummer aus Ihrem System."),
    ("cease", "de", "Ich widerrufe meine Einwilligung zur telefonischen Kontaktaufnahme."),
    ("cease", "de", "Rufen Sie mich nicht an meinem Arbeitsplatz an."),
    ("cease", "de", "Jeder weitere Kontaktversuch wird zur Anzeige gebracht."),
    # --- insolvency_notice, English
    ("ins", "en", "Our company filed a Chapter 13 petition and is under the protection of the bankruptcy court."),
    ("ins", "en", "I have filed for Chapter 7 bankruptcy; my case number is 24-10331."),
    ("ins", "en", "Northgate Supply LLC has made a general assignment for the benefit of creditors."),
    ("ins", "en", "A receiver was appointed over the company by order of the state court."),
    ("ins", "en", "The company has entered administration and the administrators are managing its affairs."),
    ("ins", "en", "The shareholders have resolved to put the company into members' voluntary liquidation."),
    ("ins", "en", "Creditors approved the company voluntary arrangement at yesterday's meeting."),
    ("ins", "en", "The High Court appointed an examiner to the company under the Companies Act 2014."),
    ("ins", "en", "A petition to wind up the company has been presented to the court."),
    ("ins", "en", "The company is now in creditors' voluntary liquidation and I act as liquidator."),
    ("ins", "en", "I write as joint liquidator of Oakfield Ltd to inform creditors of my appointment."),
    ("ins", "en", "We have been declared bankrupt and are unable to pay our debts."),
    # --- insolvency_notice, French / Belgian / Swiss / Québec
    ("ins", "fr", "Le tribunal de commerce a ouvert une procédure de sauvegarde au bénéfice de notre société."),
    ("ins", "fr", "Nous avons été placés en liquidation judiciaire par jugement du 3 juin."),
    ("ins", "fr", "La société fait l'objet d'une procédure collective ; merci d'adresser votre déclaration de créance au mandataire."),
    ("ins", "fr", "Nous sommes en état de cessation des paiements depuis le mois dernier."),
    ("ins", "fr", "Le tribunal de l'entreprise a accordé à la société une réorganisation judiciaire."),
    ("ins", "fr", "Notre société a obtenu un sursis concordataire du tribunal."),
    ("ins", "fr", "L'entreprise a été déclarée en faillite ; le curateur est Maître Peeters."),
    ("ins", "fr", "Nous nous sommes placés sous la protection de la LACC."),
    ("ins", "fr", "En qualité de mandataire judiciaire, je vous informe de l'ouverture d'un redressement judiciaire."),
    ("ins", "fr", "Nous avons fait une déclaration de cessation des paiements au greffe."),
    ("ins", "fr", "Une proposition concordataire a été déposée auprès du syndic."),
    ("ins", "fr", "Vous voudrez bien déclarer votre créance entre les mains du liquidateur."),
    # --- insolvency_notice, German / Austrian
    ("ins", "de", "Die Geschäftsführung hat für die Gesellschaft Insolvenz in Eigenverwaltung beantragt."),
    ("ins", "de", "Das Amtsgericht hat die vorläufige Insolvenzverwaltung angeordnet."),
    ("ins", "de", "Das Gericht hat die Eigenverwaltung angeordnet und einen Sachwalter bestellt."),
    ("ins", "de", "Wir befinden uns in einem Schutzschirmverfahren nach § 270d InsO."),
    ("ins", "de", "Ein Insolvenzantrag über das Vermögen der Firma ist gestellt worden."),
    ("ins", "de", "Über das Vermögen unserer Gesellschaft wurde das Sanierungsverfahren eröffnet."),
    # --- insolvency_notice, Spanish / LatAm
    ("ins", "es", "Nuestra empresa ha solicitado el concurso de acreedores."),
    ("ins", "es", "Hemos presentado la comunicación de preconcurso ante el juzgado mercantil."),
    ("ins", "es", "La administración concursal ha sido nombrada por el juez."),
    ("ins", "es", "La empresa ha sido admitida a un proceso de reorganización ante la Superintendencia de Sociedades."),
    ("ins", "es", "El tribunal declaró la quiebra de la sociedad."),
    ("ins", "es", "Les informamos que estamos en concurso mercantil."),
    # --- near misses: neither label
    ("none", "en", "Our supplier went into administration, so delivery of your order will be late."),
    ("none", "en", "We bought the stock at a liquidation sale; please invoice us for the transport."),
    ("none", "en", "Stop the reminders please, we paid the invoice yesterday by BACS."),
    ("none", "en", "Please send invoices by email, not post."),
    ("none", "en", "Our lawyer is reviewing the contract before we sign the renewal."),
    ("none", "en", "Our monthly newsletter: how to protect your cash flow when a customer files for Chapter 11."),
    ("none", "en", "Please call me on my mobile rather than the office number."),
    ("none", "en", "Two of our suppliers went into liquidation this spring, hence the delay on your order."),
    ("none", "en", "Kindly direct all invoices to ap@example.com going forward."),
    ("none", "en", "The receiver of the goods signed the delivery note."),
    ("none", "en", "Please stop the standing order, we will pay by card."),
    ("none", "en", "We have already paid, so no need to contact us about INV-881 any more."),
    ("none", "en", "I'm in a meeting, please don't call now; I'll ring you back at 3."),
    ("none", "en", "Please remove the late fee from invoice 3310."),
    ("none", "fr", "Notre fournisseur est en redressement judiciaire, la livraison sera retardée."),
    ("none", "fr", "Nous avons réglé hier, merci d'arrêter les relances automatiques."),
    ("none", "fr", "Merci d'envoyer vos factures par e-mail plutôt que par courrier."),
    ("none", "fr", "Notre avocat relit le contrat de maintenance avant signature."),
    ("none", "fr", "Grande liquidation de stock : -50 % sur toute la gamme."),
    ("none", "fr", "Un de nos clients est en procédure de sauvegarde, nous aurons besoin d'un délai."),
    ("none", "fr", "Merci d'appeler plutôt mon collègue, je suis en congé."),
    ("none", "es", "Nuestro proveedor ha entrado en concurso y el envío se retrasará."),
    ("none", "es", "Ya hemos pagado, dejen de mandarnos avisos por favor."),
    ("none", "es", "Envíen las facturas por correo electrónico, no por correo postal."),
    ("none", "es", "Nuestro abogado está revisando el contrato de suministro."),
    ("none", "de", "Unser Lieferant ist insolvent, daher verzögert sich die Lieferung."),
    ("none", "de", "Wir haben gestern überwiesen, bitte keine Erinnerungen mehr schicken."),
    ("none", "de", "Bitte Rechnungen per E-Mail statt per Post senden."),
    ("none", "de", "Unser Anwalt prüft gerade den Liefervertrag."),
    ("none", "de", "Räumungsverkauf wegen Geschäftsaufgabe: alles muss raus!"),
]


@pytest.mark.parametrize(("expected", "language", "text"), GENERALISATION_CASES)
def test_unseen_phrasings_give_exactly_the_legal_labels(expected: str, language: str, text: str) -> None:
    assert labels_of(text, language) & {INS, CEASE} == _EXPECTED[expected]


def test_generalisation_set_shape() -> None:
    positives = [case for case in GENERALISATION_CASES if case[0] != "none"]
    assert len(positives) >= 80
    assert sum(case[0] == "none" for case in GENERALISATION_CASES) >= 30


@pytest.mark.parametrize(("language", "text"), [
    ("en", "A competitor of ours filed for bankruptcy last week. We will pay invoice 4410 on Friday."),
    ("fr", "Un concurrent a été placé en liquidation judiciaire. Nous réglerons la facture vendredi."),
])
def test_a_competitors_insolvency_is_flagged_but_does_not_lead(language, text):
    scores = classify_intents(text, "Re: Payment reminder", language)
    assert scores[0].label == "promise_to_pay"
    assert "insolvency_notice" in [s.label for s in scores]  # recall first: still flagged

