// kerjasama: the little the pages do in the browser. Everything works without it.
"use strict";

// Article page: a field (or a person) lights up the sentences that support it.
function focusRefs(ref, scroll) {
  document.querySelectorAll("mark.active, .record.active").forEach((el) => el.classList.remove("active"));
  const marks = Array.from(document.querySelectorAll("mark[data-refs]"))
    .filter((m) => m.dataset.refs.split(" ").includes(ref));
  marks.forEach((m) => m.classList.add("active"));
  const record = document.querySelector(`.record[data-refs="${ref}"]`);
  if (record) record.classList.add("active");
  if (scroll && marks.length) marks[0].scrollIntoView({ behavior: "smooth", block: "center" });
}

document.addEventListener("click", (event) => {
  const field = event.target.closest("a.field[data-refs]");
  if (field) {
    event.preventDefault();
    focusRefs(field.dataset.refs, true);
  }
  const confirmButton = event.target.closest("button[data-confirm]");
  if (confirmButton && !window.confirm(confirmButton.dataset.confirm)) event.preventDefault();
});

document.addEventListener("mouseover", (event) => {
  const field = event.target.closest("a.field[data-refs]");
  if (field) focusRefs(field.dataset.refs, false);
});
