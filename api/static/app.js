// arbox: small progressive enhancements; every page works without this file.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  // A form submits once: disable its buttons after the first submit (no double approvals).
  for (const form of document.querySelectorAll("form[method=post]")) {
    form.addEventListener("submit", (event) => {
      const clicked = event.submitter;
      if (clicked && clicked.name) {  // keep the pressed button's name/value in the POST
        const keep = document.createElement("input");
        keep.type = "hidden"; keep.name = clicked.name; keep.value = clicked.value;
        form.appendChild(keep);
      }
      for (const b of form.querySelectorAll("button")) b.disabled = true;
    });
  }
  // Select a shown link or token on focus, ready to copy.
  for (const input of document.querySelectorAll("input.copy")) {
    input.addEventListener("focus", () => input.select());
  }
});
