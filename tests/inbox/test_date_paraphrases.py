'''Promised-date paraphrase probes, written from docs/labelling.md ("Dates") before reading inbox/dates.py.'''
from datetime import date

import pytest

from inbox.dates import find_promised_date
from inbox.language import detect_language


PROMISES = [
    ('Hi, thanks for the reminder. We will pay invoice INV-2231 on Friday.', date.fromisoformat('2026-10-05'), date.fromisoformat('2026-10-09')),
    ('Apologies for the delay, payment will be made next Tuesday.', date.fromisoformat('2026-10-07'), date.fromisoformat('2026-10-13')),
    ('Hello, I will transfer the full amount this Thursday. Regards, Sam', date.fromisoformat('2026-11-02'), date.fromisoformat('2026-11-05')),
    ("Thanks Anna, we'll settle the outstanding balance on Wednesday next week.", date.fromisoformat('2026-10-09'), date.fromisoformat('2026-10-14')),
    ('Dear Sir, the payment of 1,240.00 will be sent on 15/11/2026.', date.fromisoformat('2026-10-26'), date.fromisoformat('2026-11-15')),
    ('Hi, we are going to pay the invoice on 15 Nov. Kind regards', date.fromisoformat('2026-11-02'), date.fromisoformat('2026-11-15')),
    ("Hey, I'll get this paid by Nov 15th at the latest.", date.fromisoformat('2026-11-04'), date.fromisoformat('2026-11-15')),
    ('Hi there, we will clear the balance by the 20th. Cheers', date.fromisoformat('2026-11-12'), date.fromisoformat('2026-11-20')),
    ('Kindly note that we shall make the payment within 10 days.', date.fromisoformat('2026-10-13'), date.fromisoformat('2026-10-23')),
    ("Thanks for your patience, we'll pay in two weeks.", date.fromisoformat('2026-11-04'), date.fromisoformat('2026-11-18')),
    ('Hello, the invoice will be paid by the end of the month.', date.fromisoformat('2026-10-20'), date.fromisoformat('2026-10-31')),
    ('Sorry about this - we will pay by end of next week.', date.fromisoformat('2026-11-10'), date.fromisoformat('2026-11-20')),
    ("I'll sort the payment first thing Monday.", date.fromisoformat('2026-10-22'), date.fromisoformat('2026-10-26')),
    ('Apologies, I will make the transfer tomorrow morning.', date.fromisoformat('2026-11-17'), date.fromisoformat('2026-11-18')),
    ('We get paid on payday the 25th, and I will pay you in full on the 25th.', date.fromisoformat('2026-11-10'), date.fromisoformat('2026-11-25')),
    ("Friday we'll send the payment, promise.", date.fromisoformat('2026-10-13'), date.fromisoformat('2026-10-16')),
    ('Hi, we will pay on friday, sorry for delay.', date.fromisoformat('2026-11-23'), date.fromisoformat('2026-11-27')),
    ('Good day sir, kindly be informed that payment will be done on 18th November 2026.', date.fromisoformat('2026-11-06'), date.fromisoformat('2026-11-18')),
    ('Dear team, we will be making the payment on Monday 16th November.', date.fromisoformat('2026-11-10'), date.fromisoformat('2026-11-16')),
    ('Hi, payment will be processed on 12.11.2026. Best regards', date.fromisoformat('2026-11-04'), date.fromisoformat('2026-11-12')),
    ('We will pay the full amount by 30 October 2026.', date.fromisoformat('2026-10-16'), date.fromisoformat('2026-10-30')),
    ('I promise to pay the outstanding amount on Thurs.', date.fromisoformat('2026-10-26'), date.fromisoformat('2026-10-29')),
    ('Payment will be made by wensday, apologies for the trouble.', date.fromisoformat('2026-11-23'), date.fromisoformat('2026-11-25')),
    ('Hi mate, will pay the invoice by this Friday no worries.', date.fromisoformat('2026-11-17'), date.fromisoformat('2026-11-20')),
    ('Dear Madam, I am doing the needful and amount will be credited by 28th of this month.', date.fromisoformat('2026-10-22'), date.fromisoformat('2026-10-28')),
    ("Hello, we'll transfer the money the day after tomorrow.", date.fromisoformat('2026-12-01'), date.fromisoformat('2026-12-03')),
    ('We can confirm that the invoice will be paid on December 4th.', date.fromisoformat('2026-11-27'), date.fromisoformat('2026-12-04')),
    ('Thanks for the reminder. We will pay next Monday without fail.', date.fromisoformat('2026-10-01'), date.fromisoformat('2026-10-05')),
    ("Hi, we'll settle it by end of the month, cheers.", date.fromisoformat('2026-11-19'), date.fromisoformat('2026-11-30')),
    ('Bonjour, nous allons régler la facture vendredi. Cordialement', date.fromisoformat('2026-10-05'), date.fromisoformat('2026-10-09')),
    ('Bonjour, le paiement sera effectué mardi prochain. Bien à vous', date.fromisoformat('2026-11-12'), date.fromisoformat('2026-11-17')),
    ('Madame, nous procéderons au virement mercredi de la semaine prochaine.', date.fromisoformat('2026-10-09'), date.fromisoformat('2026-10-14')),
    ('Bonjour, le règlement sera fait le 15 novembre. Merci de votre patience.', date.fromisoformat('2026-10-28'), date.fromisoformat('2026-11-15')),
    ("Bonjour, nous vous réglerons d'ici le 20. Cordialement", date.fromisoformat('2026-11-10'), date.fromisoformat('2026-11-20')),
    ('Nous paierons la facture sous huitaine. Bien cordialement', date.fromisoformat('2026-10-20'), date.fromisoformat('2026-10-28')),
    ('Le solde sera réglé sous quinzaine, avec nos excuses.', date.fromisoformat('2026-11-02'), date.fromisoformat('2026-11-17')),
    ('Bonjour, le paiement interviendra en fin de mois. Cordialement', date.fromisoformat('2026-11-04'), date.fromisoformat('2026-11-30')),
    ('Nous réglerons cette facture fin du mois prochain.', date.fromisoformat('2026-10-07'), date.fromisoformat('2026-11-30')),
    ('Bonjour, je fais le virement demain. Bonne journée', date.fromisoformat('2026-11-19'), date.fromisoformat('2026-11-20')),
    ('Bonjour, le virement partira après-demain. Cordialement', date.fromisoformat('2026-10-13'), date.fromisoformat('2026-10-15')),
    ('Bonjour, nous allons payer le 15/11. Merci', date.fromisoformat('2026-11-06'), date.fromisoformat('2026-11-15')),
    ('Bonjour, vendredi nous ferons le virement. Cordialement', date.fromisoformat('2026-11-23'), date.fromisoformat('2026-11-27')),
    ('Bonjour, on vous regle jeudi sans faute. Bonne journee', date.fromisoformat('2026-10-26'), date.fromisoformat('2026-10-29')),
    ('Bonjour, nous réglerons la facture sous 30 jours. Cordialement', date.fromisoformat('2026-10-01'), date.fromisoformat('2026-10-31')),
    ('Bonjour, nous versons 500 euros cette semaine vendredi et le solde le 15 décembre. Le premier versement sera fait vendredi.', date.fromisoformat('2026-11-25'), date.fromisoformat('2026-11-27')),
    ('Bonjour, le paiement sera effectué le lundi 16 novembre. Salutations', date.fromisoformat('2026-11-10'), date.fromisoformat('2026-11-16')),
    ("Bonjour, le montant sera viré d'ici la fin du mois. Meilleures salutations", date.fromisoformat('2026-10-22'), date.fromisoformat('2026-10-31')),
    ('Bonjour, nous payerons la facture ce vendredi. Bien à vous', date.fromisoformat('2026-11-17'), date.fromisoformat('2026-11-20')),
    ("Bonjour, je m'engage à régler le solde le 30 octobre 2026.", date.fromisoformat('2026-10-16'), date.fromisoformat('2026-10-30')),
    ('Bonjour, notre comptabilité effectuera le paiement le 4 decembre. Cordialement', date.fromisoformat('2026-11-27'), date.fromisoformat('2026-12-04')),
    ('Bonjour, nous vous payerons le mercredi 2 décembre sans faute.', date.fromisoformat('2026-11-25'), date.fromisoformat('2026-12-02')),
    ('Bonjour, le paiement sera fait dans deux semaines. Salutations', date.fromisoformat('2026-11-04'), date.fromisoformat('2026-11-18')),
    ('Bonjour, le virement sera effectué fin de semaine prochaine. Cordialement', date.fromisoformat('2026-10-20'), date.fromisoformat('2026-10-30')),
    ('Bonjour, nous réglerons lundi prochain à la première heure. Cordialement', date.fromisoformat('2026-12-01'), date.fromisoformat('2026-12-07')),
    ('Guten Tag, wir zahlen die Rechnung am nächsten Freitag. Mit freundlichen Grüßen', date.fromisoformat('2026-10-07'), date.fromisoformat('2026-10-09')),
    ('Sehr geehrte Damen und Herren, die Zahlung erfolgt am 15.11. Mit freundlichen Grüßen', date.fromisoformat('2026-11-02'), date.fromisoformat('2026-11-15')),
    ('Hallo, wir überweisen den Betrag bis zum 20. dieses Monats. Viele Grüße', date.fromisoformat('2026-10-13'), date.fromisoformat('2026-10-20')),
    ('Guten Tag, die Überweisung erfolgt zum Monatsende. Freundliche Grüße', date.fromisoformat('2026-11-04'), date.fromisoformat('2026-11-30')),
    ('Hallo, wir bezahlen morgen. Beste Grüße', date.fromisoformat('2026-10-22'), date.fromisoformat('2026-10-23')),
    ('Buenos días, realizaremos el pago el 15 de noviembre. Saludos cordiales', date.fromisoformat('2026-10-26'), date.fromisoformat('2026-11-15')),
    ('Hola, pagaremos la factura el próximo viernes. Un saludo', date.fromisoformat('2026-11-10'), date.fromisoformat('2026-11-13')),
    ('Buenos días, haremos la transferencia mañana. Saludos', date.fromisoformat('2026-11-19'), date.fromisoformat('2026-11-20')),
    ('Buongiorno, effettueremo il pagamento il 15 novembre. Cordiali saluti', date.fromisoformat('2026-11-02'), date.fromisoformat('2026-11-15')),
    ('Buongiorno, pagheremo la fattura venerdì prossimo. Distinti saluti', date.fromisoformat('2026-10-20'), date.fromisoformat('2026-10-23')),
    ('Buongiorno, il bonifico sarà effettuato entro fine mese. Cordiali saluti', date.fromisoformat('2026-11-12'), date.fromisoformat('2026-11-30')),
    ('Goedemiddag, wij betalen de factuur op 15 november. Met vriendelijke groet', date.fromisoformat('2026-10-28'), date.fromisoformat('2026-11-15')),
    ('Beste, de betaling wordt volgende week vrijdag gedaan. Met vriendelijke groet', date.fromisoformat('2026-10-05'), date.fromisoformat('2026-10-16')),
    ('Hallo, wij maken het bedrag morgen over. Groeten', date.fromisoformat('2026-11-25'), date.fromisoformat('2026-11-26')),
    ('Sehr geehrte Frau Meier, wir werden die Rechnung am 30.10.2026 begleichen. Mit freundlichen Grüßen', date.fromisoformat('2026-10-16'), date.fromisoformat('2026-10-30')),
]

NONES = [
    ('Hi, we will pay next week. Thanks', date.fromisoformat('2026-10-05')),
    ('Hello, payment will be made soon, apologies.', date.fromisoformat('2026-10-13')),
    ('Thanks, this will go in our next payment run.', date.fromisoformat('2026-11-04')),
    ('We expect to pay in early December.', date.fromisoformat('2026-11-10')),
    ('Hi, we will try to pay this week.', date.fromisoformat('2026-11-17')),
    ('We paid this invoice on 12/10/2026, please check your records.', date.fromisoformat('2026-10-20')),
    ('Invoice INV-5531 dated 15 October was paid on 20 October by bank transfer.', date.fromisoformat('2026-10-26')),
    ('Please find attached our proposal: 500 on 15 November, 500 on 15 December and 500 on 15 January.', date.fromisoformat('2026-11-02')),
    ('Could we pay in three instalments: 30/11, 31/12 and 31/01?', date.fromisoformat('2026-11-12')),
    ('The goods will be delivered on Friday, please confirm the address.', date.fromisoformat('2026-10-07')),
    ('Can we have a meeting on Tuesday to discuss the statement?', date.fromisoformat('2026-11-19')),
    ('I am out of the office until Monday 9 November and will respond on my return.', date.fromisoformat('2026-11-04')),
    ("Thanks, we'll pay.\n\nJohn Smith\nAccounts Payable\nUpdated 15/11/2026", date.fromisoformat('2026-10-28')),
    ('We are looking into it.\n\n> Reminder: invoice 4471 is due 15/11/2026.', date.fromisoformat('2026-11-06')),
    ("If the credit note arrives by Friday we'll pay.", date.fromisoformat('2026-11-23')),
    ("Hi, we'll pay once we receive the corrected invoice.", date.fromisoformat('2026-10-01')),
    ('Your invoice of 3 November is being reviewed by our team.', date.fromisoformat('2026-11-06')),
    ('We dispute the charge dated 12 October and will not pay until resolved.', date.fromisoformat('2026-10-22')),
    ('The delivery is scheduled for 18 November.', date.fromisoformat('2026-11-10')),
    ('I will be back in the office on 23 November.', date.fromisoformat('2026-11-17')),
    ('Payment is pending approval; we will let you know.', date.fromisoformat('2026-12-01')),
    ('Could you resend the invoice due on 30 October?', date.fromisoformat('2026-10-16')),
    ('We will pay in the coming weeks.', date.fromisoformat('2026-11-25')),
    ('Our finance team meets on Thursday to approve payments.', date.fromisoformat('2026-11-02')),
    ('Bonjour, nous réglerons la semaine prochaine. Cordialement', date.fromisoformat('2026-10-09')),
    ('Bonjour, le paiement sera fait prochainement.', date.fromisoformat('2026-10-26')),
    ('Bonjour, la facture sera payée lors de notre prochain cycle de paiement.', date.fromisoformat('2026-11-12')),
    ('Bonjour, nous avons réglé cette facture le 12 octobre par virement.', date.fromisoformat('2026-10-20')),
    ('Bonjour, nous proposons un échéancier: 300 € le 15 novembre, 300 € le 15 décembre, 300 € le 15 janvier.', date.fromisoformat('2026-11-02')),
    ('Bonjour, la livraison aura lieu mardi. Cordialement', date.fromisoformat('2026-11-19')),
    ("Bonjour, je suis absent jusqu'au 16 novembre. Cordialement", date.fromisoformat('2026-11-06')),
    ("Bonjour, si l'avoir nous parvient d'ici vendredi, nous réglerons.", date.fromisoformat('2026-10-13')),
    ('Bonjour, nous paierons début décembre. Cordialement', date.fromisoformat('2026-11-17')),
    ('Bonjour, nous vous proposons une réunion jeudi pour en discuter.', date.fromisoformat('2026-11-23')),
    ('Guten Tag, wir zahlen nächste Woche. Mit freundlichen Grüßen', date.fromisoformat('2026-10-07')),
    ('Guten Tag, die Rechnung vom 15.10. wurde am 20.10. bezahlt.', date.fromisoformat('2026-10-28')),
    ('Hola, pagaremos pronto. Saludos', date.fromisoformat('2026-11-04')),
    ('Buongiorno, sarò fuori ufficio fino al 16 novembre.', date.fromisoformat('2026-11-10')),
    ('Goedemiddag, wij betalen binnenkort. Groeten', date.fromisoformat('2026-12-03')),
    ('Hi, we will pay this week or next, depending on cash flow.', date.fromisoformat('2026-12-03')),
]


def _found(text, sent):
    m = find_promised_date(text, sent, detect_language(text))
    return None if m is None else m.value


@pytest.mark.parametrize('text,sent,expected', PROMISES)
def test_promise_date(text, sent, expected):
    assert _found(text, sent) == expected


@pytest.mark.parametrize('text,sent', NONES)
def test_no_promised_date(text, sent):
    assert _found(text, sent) is None

