// arbox chat: send a turn with fetch to the JSON chat endpoint and show the answer in place.
// The chat page works without this file (its forms post and the page reloads).
// Text is only ever put in the page with textContent: a message is never parsed as HTML.
"use strict";
(() => {
  const root = document.getElementById("chat");
  if (!root || !root.dataset.api) return;
  const thread = document.getElementById("chat-thread");
  const confirmForm = document.getElementById("chat-confirm");
  const input = document.getElementById("chat-message");
  const csrf = root.querySelector("input[name=csrf_token]");
  let busy = false;

  const conversationId = () => {
    const field = root.querySelector("input[name=conversation_id]");
    return field && field.value ? Number(field.value) : null;
  };

  // Where a generated document or a draft can be opened (the page's data-link-* attributes).
  const linkFor = (action) => {
    const links = root.dataset;
    if (action.action === "invoice_copy_generated" && links.linkInvoice && action.invoice_number)
      return [links.linkInvoice + encodeURIComponent(action.invoice_number),
              `Download invoice ${action.invoice_number} (PDF)`];
    if (action.action === "statement_generated" && links.linkStatement)
      return [links.linkStatement, "Download your statement (PDF)"];
    if (action.action === "draft_created" && links.linkDraft && Number.isInteger(action.draft_id))
      return [links.linkDraft + action.draft_id + "#draft-" + action.draft_id, "Open it in the approval queue"];
    return null;
  };

  const anchor = (href, text) => {
    const a = document.createElement("a");
    a.href = href;
    a.textContent = text;
    return a;
  };

  // One turn as the server renders it: a document's server path becomes its download link.
  const addTurn = (speaker, text, actions = []) => {
    const li = document.createElement("li");
    li.className = `turn ${speaker}`;
    const who = document.createElement("span");
    who.className = "speaker";
    who.textContent = speaker === "user" ? "You" : speaker === "error" ? "Error" : "Assistant";
    const p = document.createElement("p");
    let rest = text;
    const tail = [];
    for (const action of actions) {
      const link = linkFor(action);
      if (!link) continue;
      const at = typeof action.file === "string" && action.file ? rest.indexOf(action.file) : -1;
      if (at >= 0) {
        p.append(rest.slice(0, at), anchor(link[0], action.file.split(/[\\/]/).pop() || link[1]));
        rest = rest.slice(at + action.file.length);
      } else {
        tail.push(" ", anchor(link[0], link[1]));
      }
    }
    p.append(rest, ...tail);
    li.append(who, p);
    thread.append(li);
    li.scrollIntoView({block: "nearest"});
  };

  const setConversation = (id) => {
    for (const field of root.querySelectorAll("input[name=conversation_id]")) field.value = id;
  };

  const send = async (message) => {
    busy = true;
    for (const b of root.querySelectorAll(".chat-send button")) b.disabled = true;
    addTurn("user", message);
    try {
      const response = await fetch(root.dataset.api, {
        method: "POST", credentials: "same-origin",
        headers: {"content-type": "application/json", "accept": "application/json",
                  "x-csrf-token": csrf ? csrf.value : ""},
        body: JSON.stringify({message, conversation_id: conversationId()}),
      });
      const body = await response.json().catch(() => ({}));
      if (!response.ok) {
        const detail = typeof body.detail === "string" ? body.detail
          : "this message could not be sent: check it and try again";
        addTurn("error", detail);
        return false;
      }
      setConversation(body.conversation_id);
      addTurn("assistant", body.reply, body.actions || []);
      if (confirmForm) confirmForm.hidden = !body.awaiting_confirmation;
      const suggestions = document.getElementById("chat-suggestions");
      if (suggestions) suggestions.hidden = true;
      const restart = document.getElementById("chat-new");
      if (restart) restart.hidden = false;
      return true;
    } catch (error) {
      addTurn("error", "the server could not be reached: try again in a moment");
      return false;
    } finally {
      busy = false;
      for (const b of root.querySelectorAll(".chat-send button")) b.disabled = false;
    }
  };

  // Listen before app.js does (capture, on window): a chat form is sent here, not posted, and
  // app.js's lock-on-submit must not disable its buttons for good.
  window.addEventListener("submit", async (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !root.contains(form) ||
        !form.classList.contains("chat-send")) return;
    event.preventDefault();
    event.stopPropagation();
    if (busy) return;
    const clicked = event.submitter;
    const typed = form === input?.form;
    const message = (typed ? input.value : clicked?.value || "").trim();
    if (!message) return;
    if (await send(message) && typed) input.value = "";
    if (typed) input.focus();
  }, true);
})();
