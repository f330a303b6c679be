"""Legal-notice paraphrase probes (round r9legal): insolvency notices and cease-contact requests
as real senders word them -- debtors, directors, office holders and their lawyers, in several
languages, tenses and registers, with typos and missing accents -- and near misses that must raise
neither label (a third party's insolvency, a contact update, a paid invoice, a timing preference,
cash-flow trouble that is no insolvency). Written before reading the rule code."""
from __future__ import annotations

import pytest

from inbox.classify import classify_intents
from inbox.language import detect_language


def _labels(text: str) -> list[str]:
    return [i.label for i in classify_intents(text, "", detect_language(text))]


INSOLVENCY = [
    # --- English -------------------------------------------------------------------------------
    "Dear Sirs, please be advised that Harbour Fittings Ltd entered administration on 14 October "
    "and Jane Pike and Tom Ellis of Begbies were appointed joint administrators. Any claim should be "
    "sent to their office. Regards, Accounts",
    "Hello, I'm writing to let you know that the directors have placed the company into creditors' "
    "voluntary liquidation. A notice of the decision procedure will follow from the liquidator.",
    "Hi, just so you know the shareholders passed a resolution for a members' voluntary liquidation "
    "last week. Any outstanding balances will be dealt with by the liquidator, Mark Dunn of FRP.",
    "We write as joint receivers of Westgate Joinery Limited, appointed by the bank under its "
    "debenture on 2 May. The company's trading is continuing under our control.",
    "Good morning. Our company has proposed a company voluntary arrangement (CVA) to its creditors; "
    "the nominee's report and voting forms are attached. Please do not take enforcement steps.",
    "Please note a moratorium under Part A1 of the Insolvency Act 1986 came into force for Kestrel "
    "Print Ltd yesterday. The monitor is Sarah Bright of Quantuma.",
    "To whom it may concern: on March 3 the debtor filed a voluntary petition under Chapter 7 of the "
    "US Bankruptcy Code. The automatic stay prohibits any collection action. Sincerely, Counsel",
    "Hi team, FYI we filed for chapter 11 protection in Delaware on Monday. We are operating as "
    "debtor in possession; please file a proof of claim for prepetition amounts.",
    "Blue Ridge Supply Inc. has made an assignment for the benefit of creditors. The assignee, "
    "Crestview Advisors, will be in touch regarding claims against the estate.",
    "Please be advised that Northwind Logistics Corp. obtained an initial order under the CCAA from "
    "the Ontario Superior Court. Deloitte was appointed monitor. All proceedings are stayed.",
    "We have filed a notice of intention to make a proposal under the Bankruptcy and Insolvency Act. "
    "The licensed insolvency trustee is MNP Ltd.",
    "Dear creditor, Coastline Tiling Pty Ltd is now under voluntary administration. The first "
    "meeting of creditors will be held on 12 June. Yours faithfully, the Administrators",
    "An examiner has been appointed to Shannon Foods DAC by the High Court. The company is under the "
    "protection of the court for 100 days while a scheme is prepared.",
    "Hi Rachel, sad news I'm afraid - we have ceased trading as of Friday. The business simply "
    "couldn't carry on. Sorry we can't settle the last invoice. Pete",
    "Just to let you know, the company has been struck off the register at Companies House and no "
    "longer exists.",
    "Dear Accounts, Fenwick Design Ltd was dissolved last month, so there is no one left to pay the "
    "account. Regards, former director",
    "I am writing to inform you that I have been declared bankrupt. My trustee in bankruptcy is the "
    "Official Receiver, please contact them about the debt.",
    "Hello, I have entered into an IVA (individual voluntary arrangement). Your debt is included and "
    "my supervisor will write to you. Please stop chasing me directly.",
    "hi, im a sole trader and i'm closing the business down for good at the end of this month, i "
    "wont be able to pay what's outstanding. sorry, Dave",
    "We are the appointed liquidators of Marlow Events Ltd (in liquidation). Please submit a proof "
    "of debt for any sums owed to you as at the date of liquidation.",
    "Our client, Ashford Plant Hire Ltd, has today gone into administration. Please direct any "
    "correspondence regarding the account to the administrators at Grant Thornton.",
    "Unfortunately the business went into liquidation on the 9th. I'm sorry for the inconvenience. "
    "Kind regards, Susan",
    "A winding-up order was made against Tern Electrical Ltd by the court on 21 April and the "
    "Official Receiver has been appointed liquidator.",
    "Hi, Greenleaf Cafe has closed permanently and the company is being wound up. We won't be able "
    "to pay the remaining balance.",
    "Please be informed that we are in administraton since last Tuesday (administrators: Leonard "
    "Curtis). All invoices prior to that date are frozen.",
    # --- French --------------------------------------------------------------------------------
    "Bonjour, nous vous informons que le tribunal de commerce de Lyon a ouvert une procédure de "
    "sauvegarde à notre égard le 5 mars. Cordialement, la direction",
    "Madame, Monsieur, par jugement du 12 avril, la société Duval SARL a été placée en redressement "
    "judiciaire. Maître Leroy a été désigné mandataire judiciaire.",
    "Bonjour, je vous informe que notre société a été mise en liquidation judiciaire. Merci de "
    "déclarer votre créance auprès du liquidateur.",
    "Les associés ont décidé la dissolution anticipée de la société et sa liquidation amiable. Le "
    "liquidateur amiable est M. Bernard.",
    "Bonjour, la SAS Atelier Morel a été dissoute le 30 juin, nous n'avons plus d'activité.",
    "Je vous informe de la cessation d'activité de mon entreprise au 31 décembre. Je ne serai pas en "
    "mesure de régler la facture. Bien à vous, Paul",
    "En ma qualité de mandataire judiciaire de la société Transports Gilles, je vous invite à "
    "déclarer vos créances dans un délai de deux mois à compter de la publication au BODACC.",
    "Nous avons été désignés administrateur judiciaire de la société Bati Sud par jugement du "
    "tribunal. Toute correspondance doit nous être adressée.",
    "Bonjour, suite à l'ouverture d'une procedure collective, veuillez adresser votre déclaration de "
    "créance à Maître Girard, mandataire.",
    "Bonjour, j'ai déposé un dossier de surendettement auprès de la Banque de France, qui a été "
    "déclaré recevable. Je ne peux donc plus vous payer pour le moment.",
    "Madame, nous vous informons que notre société a obtenu l'ouverture d'une procédure de "
    "réorganisation judiciaire (PRJ) devant le tribunal de l'entreprise de Liège.",
    "Bonjour, la société a été déclarée en faillite par le tribunal de l'entreprise de Bruxelles. Le "
    "curateur est Me Dupont.",
    "En notre qualité de curateur de la faillite de la SRL Vandamme, nous vous prions de déposer "
    "votre déclaration de créance au greffe.",
    "Nous vous informons que la faillite de la société Leman SA a été prononcée par le tribunal de "
    "Genève. L'office des faillites vous contactera.",
    "Le tribunal nous a accordé un sursis concordataire de quatre mois. Le commissaire au sursis est "
    "M. Rochat.",
    "Bonjour, notre entreprise a fait faillite au Québec. Le syndic autorisé en insolvabilité est "
    "Raymond Chabot.",
    "Nous avons déposé une proposition concordataire en vertu de la Loi sur la faillite et "
    "l'insolvabilité. Vous recevrez les documents du syndic.",
    "bonjour, on est en redressement judiciare depuis lundi, je ne peux rien payer pour l'instant. "
    "cordialement",
    "La societe est en liquidation judiciaire depuis le 3 fevrier, le liquidateur est Me Martin.",
    "Bonjour, nous avons cessé toute activité et fermé définitivement le magasin. Désolé de ne pas "
    "pouvoir honorer votre facture.",
    # --- German / Spanish / Italian / Dutch ------------------------------------------------------
    "Sehr geehrte Damen und Herren, über das Vermögen der Müller GmbH wurde am 3. Mai das "
    "Insolvenzverfahren eröffnet. Bitte melden Sie Ihre Forderungen beim Insolvenzverwalter an.",
    "Das Amtsgericht München hat mich zum vorläufigen Insolvenzverwalter der Berger Bau GmbH "
    "bestellt. Zahlungen an die Schuldnerin sind nicht mehr zulässig.",
    "Wir haben ein Schutzschirmverfahren beantragt, das Gericht hat einen vorläufigen Sachwalter "
    "bestellt. Mit freundlichen Grüßen",
    "Hallo, wir mussten leider Insolvenz anmelden. Die offene Rechnung können wir nicht mehr "
    "bezahlen.",
    "Estimados señores: les comunicamos que el juzgado ha declarado a nuestra empresa en concurso de "
    "acreedores. Deben comunicar sus créditos a la administración concursal.",
    "Como administrador concursal de Talleres Ruiz SL, les informo que deben presentar su crédito "
    "en el plazo de un mes.",
    "Buenos días, hemos presentado la comunicación de preconcurso en el juzgado mercantil. Les "
    "mantendremos informados.",
    "hola, la empresa esta en concurso de acreedores desde marzo, no podemos pagar la factura",
    "Gentili signori, vi comunichiamo che il tribunale di Milano ha dichiarato il fallimento della "
    "società Rossi Srl. Il curatore è il dott. Bianchi.",
    "Vi informiamo che la nostra società ha presentato domanda di concordato preventivo presso il "
    "tribunale di Torino.",
    "La società è stata posta in liquidazione giudiziale, vi preghiamo di insinuare il vostro "
    "credito al passivo.",
    "Geachte heer, mevrouw, bij vonnis van de rechtbank Rotterdam is Jansen BV failliet verklaard. "
    "Als curator verzoek ik u uw vordering bij mij in te dienen.",
    "Wij delen u mede dat aan onze onderneming surseance van betaling is verleend. De "
    "bewindvoerder neemt contact met u op.",
    "Beste, helaas zijn wij failliet gegaan. De curator handelt alle facturen af.",
    "Leider ist unsere Firma seit letzter Woche insolvent, der Insolvenzverwalter meldet sich bei "
    "Ihnen.",
]

CEASE = [
    # --- English -------------------------------------------------------------------------------
    "Please stop calling me. I will deal with this by email only.",
    "Do not call me at work again. My employer is not to be involved in this.",
    "I have asked you before - please do not ring my mobile any more about this account.",
    "Any further communication must be in writing only. No phone calls please.",
    "Please direct all contact regarding this matter to our solicitors, Hart & Co, and do not "
    "contact us directly.",
    "We are now represented by counsel. All communication must go through our attorney, Ms. Chen.",
    "Stop harassing us. We have received six calls this week and it has to end.",
    "Do not contact my employees about this debt again. Speak to me or no one.",
    "Please do not contact my family. My mother has nothing to do with my business account.",
    "This is a formal request under the FDCPA that you cease all communication with me regarding "
    "the alleged debt.",
    "I'm writing to ask that you cease and desist from contacting me by phone or text.",
    "Hi, please take my phone number off your list and stop ringing me, thanks.",
    "Further to your repeated calls, I must insist you stop contacting me. Any contact should be "
    "through my solicitor.",
    "We act for Granite Builders Ltd. Please address all future correspondence to this firm and "
    "refrain from contacting our client directly.",
    "I don't want any more phone calls from your company. Write to me if you must.",
    "please stop texting and calling my personal mobile number, it's not a business line",
    "Kindly refrain from any further contact with our staff. Our legal team will respond in due "
    "course.",
    "I no longer wish to be contacted about this matter. Please close your file.",
    "Stop contacting me. This is the last time I will ask.",
    "Our lawyer will handle this from now on - don't call or email us directly again.",
    # --- French --------------------------------------------------------------------------------
    "Merci de ne plus m'appeler, je ne répondrai que par écrit.",
    "Je vous demande de ne plus me contacter par téléphone. Tout échange se fera uniquement par "
    "écrit.",
    "Adressez-vous désormais à notre avocat, Maître Petit, pour toute question relative à ce dossier.",
    "Cessez de nous harceler avec vos appels quotidiens.",
    "Je vous prie de cesser toute relance à mon domicile et de ne plus contacter ma famille.",
    "Ne m'appelez plus sur mon lieu de travail, s'il vous plaît.",
    "Nous sommes désormais représentés par un avocat ; merci de ne plus nous contacter directement.",
    "Je vous mets en demeure de cesser tout contact avec mes salariés.",
    "merci de ne plus m'appeler sur mon portable perso, seulement par mail",
    "Toute communication devra dorenavant passer par notre conseil, Me Lambert.",
    "Je ne souhaite plus être contacté au sujet de cette facture.",
    "Arrêtez de m'appeler, c'est du harcèlement.",
    # --- others --------------------------------------------------------------------------------
    "Bitte rufen Sie mich nicht mehr an. Ich kommuniziere nur noch schriftlich.",
    "Wir werden anwaltlich vertreten. Bitte wenden Sie sich ausschließlich an unseren Rechtsanwalt.",
    "Por favor, dejen de llamarme. Cualquier comunicación debe ser por escrito.",
    "Les ruego que se dirijan únicamente a nuestro abogado y no nos contacten directamente.",
    "Vi prego di non chiamarmi più al lavoro.",
    "D'ora in poi ogni comunicazione deve passare tramite il nostro avvocato.",
    "Wilt u mij niet meer bellen? Alleen schriftelijk contact graag.",
    "Wij worden bijgestaan door een advocaat; neem geen contact meer met ons op.",
]

NEAR_MISS = [
    "Our biggest client went into administration last month, which is why we are paying late. We "
    "will clear invoice 4471 by the 30th.",
    "One of our customers has gone bust and owes us a lot, so cash is tight. Could we pay in three "
    "instalments?",
    "Please stop sending paper invoices to our office; send them to ap@brightline.co.uk instead.",
    "Stop the reminders please, we paid on the 3rd. Remittance attached.",
    "Our lawyer says the price on invoice 7720 is wrong - it should be the quoted rate of £40/hour.",
    "We will pay invoice 5521 on Friday. Sorry for the delay.",
    "We are not insolvent, just slow this quarter. Could we spread the balance over three months?",
    "There's a rumour going round that we're going into liquidation - it's not true. Payment will "
    "go out next week as usual.",
    "Don't call before 10, I'm in meetings every morning. Afternoons are fine.",
    "Please no more calls to the old number, the office moved - the new number is 020 7946 0123.",
    "Our supplier in Leeds has ceased trading, so we're waiting on goods. We'll pay once they "
    "arrive as agreed.",
    "Thank you for your patience. The administration fee on the invoice looks wrong, can you check?",
    "Could you send statements to our new finance manager, Priya, rather than to me?",
    "We had a tough year but we're definitely not going bankrupt. We'll pay the balance on 15 May.",
    "I'm on holiday until Monday, please don't call me until then. Payment is scheduled for the 20th.",
    "Please stop emailing Jim, he left the company. Send everything to accounts@ferngrove.com.",
    "Your previous reminder went to our old address. Please update it to 12 Mill Lane.",
    "Please remove me from your marketing newsletter.",
    "We have paid invoice 9931 in full on 2 March, please stop chasing it and check your records.",
    "Our accountant is reviewing the invoice and will come back to you about the VAT amount.",
    "Bonjour, notre client principal est en liquidation judiciaire, ce qui retarde nos paiements. "
    "Nous réglerons la facture fin du mois.",
    "Merci de ne plus envoyer les factures papier, uniquement par mail à compta@durand.fr.",
    "Arrêtez les relances svp, nous avons payé le 3 mars.",
    "Notre avocat estime que le prix facturé ne correspond pas au devis.",
    "Nous ne sommes pas en difficulté, juste un retard de trésorerie. Pouvons-nous payer en trois "
    "fois ?",
    "Ne m'appelez pas avant 10h, je suis en réunion. Je vous rappelle cet après-midi.",
    "Nous réglerons la facture 2231 vendredi. Désolé pour le retard.",
    "Un de nos fournisseurs a fait faillite, nous attendons la marchandise avant de payer comme "
    "convenu.",
    "Merci d'adresser dorénavant les factures à notre nouveau service comptable.",
    "Contrairement aux rumeurs, notre société n'est pas en redressement judiciaire. Le paiement part "
    "la semaine prochaine.",
    "Unser Kunde hat Insolvenz angemeldet, deshalb zahlen wir etwas später. Die Rechnung begleichen "
    "wir Ende des Monats.",
    "Bitte schicken Sie keine Papierrechnungen mehr, nur noch per E-Mail.",
    "Wir haben die Rechnung am 3. bezahlt, bitte keine Mahnungen mehr.",
    "Uno de nuestros clientes está en concurso de acreedores y por eso vamos con retraso. Pagaremos "
    "el día 15.",
    "Per favore non mandate più fatture cartacee, solo via email.",
    "Onze klant is failliet gegaan, daardoor betalen wij iets later. Wij betalen eind van de maand.",
    "Please call me on my mobile instead of the office line, I'm rarely at my desk.",
    "We're closing the office over Christmas, so payment will go out on 5 January.",
    "Can you stop sending the invoices to the director? They should go to accounts payable.",
    "Our solicitor has reviewed the contract and we are happy to proceed with payment on the 30th.",
]


@pytest.mark.parametrize("text", INSOLVENCY)
def test_insolvency_notice(text):
    assert "insolvency_notice" in _labels(text)


@pytest.mark.parametrize("text", CEASE)
def test_cease_contact(text):
    assert "cease_contact" in _labels(text)


@pytest.mark.parametrize("text", NEAR_MISS)
def test_near_miss(text):
    labels = _labels(text)
    assert "insolvency_notice" not in labels
    assert "cease_contact" not in labels


# Guards for the r9legal filters: what they must leave a stop or a notice.
@pytest.mark.parametrize("text,label", [
    ("Please do not call me at work after 5pm or before 9am.", "cease_contact"),
    ("Do not call me again until the dispute is settled.", "cease_contact"),
    ("Stop calling me until you have sent the credit note.", "cease_contact"),
    ("Ne m'appelez plus avant le règlement du litige.", "cease_contact"),
    ("We went into liquidation - this is not a joke, the liquidator will write to you.", "insolvency_notice"),
    ("Granite Builders Limited has been struck off and no longer exists.", "insolvency_notice"),
    ("Ruiz SL ha sido disuelta y no podemos pagar.", "insolvency_notice"),
    ("The joint adminstrators were appointed on Monday.", "insolvency_notice"),
])
def test_filters_keep(text, label):
    assert label in _labels(text)


@pytest.mark.parametrize("text", [
    "Don't call me before 10am please, I'm on site until then.",
    "Bitte rufen Sie mich nicht vor 9 Uhr an, ich bin im Lager.",
    "Please stop calling my old mobile, the new number is 07700 900123.",
    "If the company were dissolved we would let you know, but we are trading normally.",
])
def test_filters_drop(text):
    labels = _labels(text)
    assert "cease_contact" not in labels and "insolvency_notice" not in labels
