// Branching cases: after a choice the page reloads at #case-<id>-now (the server keeps the
// case's state). Move the focus there and let the case's live region say what changed, so a
// screen-reader user hears the consequence and the next situation without hunting for it.
(() => {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id) return;
  const now = document.getElementById(id);
  if (!now || !now.hasAttribute("data-case-now")) return;
  now.focus();
  const live = now.parentElement.querySelector("[data-case-live]");
  const text = live && live.getAttribute("data-case-live");
  // Filled after the page has settled: a live region announces changes, not its first content.
  if (text) setTimeout(() => { live.textContent = text; }, 250);
})();
