"""A mass mailing is told by its headers or by the footer of the sender's own text, never by the
quoted history: a customer's insolvency notice written above another supplier's reminder with an
unsubscribe footer is still a notice first."""
from __future__ import annotations

from decimal import Decimal

import pytest

from inbox.analyse import LedgerView, understand
from inbox.identify import Directory
from inbox.references import ReferenceIndex

LEDGER = {"F-1001": ("C1", "1200.00")}


@pytest.fixture(scope="module")
def view() -> LedgerView:
    directory = Directory.build([("compta@client.example", "C1")], {"C1": "Client SARL"})
    return LedgerView(directory=directory, invoice_owner={n: c for n, (c, _) in LEDGER.items()},
                      invoices_by_customer={"C1": tuple(LEDGER)}, invoice_currency={n: "EUR" for n in LEDGER},
                      all_invoices=ReferenceIndex({n: c for n, (c, _) in LEDGER.items()}), invoice_po={},
                      invoice_amounts={n: (Decimal(a), Decimal(a)) for n, (_, a) in LEDGER.items()})


def read(view, body: str, headers: str = "", sender: str = "compta@client.example"):
    raw = (f"From: <{sender}>\r\nTo: AR <ar@supplier.example>\r\nSubject: Re: Relance facture F-1001\r\n"
           f"Date: Mon, 16 Nov 2026 09:00:00 +0000\r\nMessage-ID: <m@example>\r\n{headers}"
           "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body).encode()
    return understand(raw, view)


QUOTED_FOOTER = ("\r\n\r\nLe lun. 9 nov. 2026 à 10:00, AR <ar@supplier.example> a écrit :\r\n"
                 "> Madame, Monsieur, la facture F-1001 reste impayée.\r\n"
                 "> Pour vous désabonner de nos communications, cliquez ici.\r\n")


def test_a_notice_above_a_quoted_unsubscribe_footer_still_leads(view):
    body = ("Nous vous informons que notre société a été placée en liquidation judiciaire par jugement "
            "du 10 novembre 2026. Maître Dupont a été désigné liquidateur." + QUOTED_FOOTER)
    assert read(view, body).intents[0].label == "insolvency_notice"


def test_a_newsletter_naming_procedures_leads_with_its_content(view):
    body = ("La Lettre du Créancier : sauvegarde, redressement, liquidation judiciaire... comment "
            "protéger votre poste clients ?\r\n\r\nVous recevez ce message car vous êtes inscrit à "
            "notre lettre d'information. Se désinscrire : https://example.fr/u\r\n")
    labels = [i.label for i in read(view, body, sender="news@cabinet.example").intents]
    assert labels[0] != "insolvency_notice" and "insolvency_notice" in labels


def test_a_list_unsubscribe_header_marks_a_mailing(view):
    body = "Retards de paiement, procédures collectives : encaissez vos factures sous 24 h avec nous."
    labels = [i.label for i in read(view, body, "List-Unsubscribe: <https://example.fr/optout>\r\n",
                                    sender="julie@news.example").intents]
    assert labels[0] != "insolvency_notice"
