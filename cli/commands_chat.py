"""`arbox chat`: talk with the assistant as one customer (`--customer ID`) or as a collector
(`--collector NAME`). Also wires the assistant's `Understand` with inbox/'s classifiers."""
from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from platformdirs import user_data_dir

from assistant.chat_types import Understanding
from assistant.outbox import company_from
from cli.app import app, fail
from cli.context import console, context
from ledger.errors import ArboxError


SHORT_ANSWER = 60


class InboxUnderstand:
    """assistant.chat_types.Understand over inbox/: language, intents, invoice references
    resolved among the invoices given, the promised date and the dispute reason."""

    def __call__(self, text: str, *, language: str | None, today: date,
                 invoice_numbers: Sequence[str]) -> Understanding:
        from inbox.classify import classify_intents
        from inbox.dates import find_future_dates, find_promised_date
        from inbox.disputes import dispute_reason
        from inbox.references import ReferenceIndex, find_reference_candidates
        try:
            from inbox.language import detect_language
        except ImportError:  # older trees: the stopword guess classify uses
            from inbox.intent_text import guess_language as detect_language
        detected = detect_language(text) or language
        promised = find_promised_date(text, today, detected)
        if promised is None and len(text) <= SHORT_ANSWER:
            # A chat answer to "on what date?" is just the date ("next Friday").
            found = find_future_dates(text, today, detected)
            if len({d.value for d in found}) == 1:
                promised = found[0]
        intents = classify_intents(text, "", detected, has_promised_date=promised is not None)
        index = ReferenceIndex(invoice_numbers)
        resolved, unresolved = [], []
        for mention in find_reference_candidates(text):
            if mention.kind == "po":
                continue
            found = index.resolve(mention)
            if found.invoice_number:
                resolved.append(found.invoice_number)
            else:
                unresolved.append(mention.text)
        reason = dispute_reason(text, detected)
        return Understanding(
            language=detected, intents=tuple(i.label for i in intents if i.label != "other"),
            invoice_numbers=tuple(dict.fromkeys(resolved)),
            unresolved_references=tuple(dict.fromkeys(unresolved)),
            promised_date=promised.value if promised else None,
            dispute_reason=reason[0] if reason else None,
            dispute_evidence=reason[1] if reason else None)


@app.command("chat")
def chat(customer: Annotated[str | None, typer.Option(
             "--customer", help="Talk as this customer (ERP customer id): the assistant sees "
                                "and acts on this customer's account only.")] = None,
         collector: Annotated[str | None, typer.Option(
             "--collector", help="Talk as this collector: the assistant sees the ledger.")
         ] = None,
         as_json: Annotated[bool, typer.Option(
             "--json", help="One JSON object per turn: {\"reply\", \"actions\"}.")] = False,
         offline: Annotated[bool, typer.Option(
             "--offline", help="Never call the LLM, even when ARBOX_LLM_BASE_URL is set.")
         ] = False,
         documents_dir: Annotated[Path | None, typer.Option(
             "--documents-dir", help="Where statements and invoice copies are written "
                                     "(default: the user data dir).")] = None,
         ) -> None:
    """Talk with the assistant in the terminal.

    As a customer: what you owe, invoice details and copies, statements, promises to pay,
    disputes, instalment requests, payments already made, a new AP contact; anything binding
    is confirmed with yes/no first. As a collector: today's priorities, account summaries,
    firmer reminder drafts (never sent), why a payment was applied, DSO.
    When stdin is not a terminal, each line is one turn. Answers use ARBOX_LLM_BASE_URL's
    model when set, checked by code, and the offline rules otherwise or on any failure.
    """
    if (customer is None) == (collector is None):
        fail("give exactly one of --customer ID or --collector NAME", 2)
    ctx = context()
    llm = None
    if ctx.settings.llm_base_url and not offline:
        from assistant.chat_llm import make_chat_model
        key = ctx.settings.llm_api_key.get_secret_value() if ctx.settings.llm_api_key else None
        llm = make_chat_model(ctx.settings.llm_base_url, key, ctx.settings.llm_model,
                              ctx.settings.llm_timeout_seconds)
    folder = documents_dir or Path(user_data_dir("arbox", appauthor=False)) / "documents"
    from assistant.chat_service import ChatConfig, ChatService  # langchain: load on use

    service = ChatService(ctx.factory, InboxUnderstand(), ctx.today,
                          ChatConfig(company_from(ctx.settings), folder, llm))
    try:
        conversation = service.start_customer(customer) if customer else \
            service.start_collector(collector or "")
    except ArboxError as exc:
        fail(str(exc))
    interactive = sys.stdin.isatty()
    if interactive:
        console.print("Type your message; an empty line or Ctrl-D ends the conversation.")
    while True:
        if interactive:
            console.print("[bold]>[/bold] ", end="")
        line = sys.stdin.readline()
        if not line or (interactive and not line.strip()):
            break
        if not line.strip():
            continue
        try:
            result = service.turn(conversation, line.rstrip("\n"))
        except ArboxError as exc:
            fail(str(exc))
        if as_json:
            sys.stdout.write(json.dumps({"reply": result.reply, "actions": result.actions},
                                        ensure_ascii=False, default=str) + "\n")
        else:
            sys.stdout.write(result.reply + "\n\n")
        sys.stdout.flush()
