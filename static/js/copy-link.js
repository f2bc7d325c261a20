// The "Copy link" buttons beside verification links (My certificates). Without JavaScript, or
// where the browser may not write to the clipboard (no secure context), the buttons stay hidden
// and each link stays visible in a read-only field, to select and copy by hand. The result is
// announced in the box's live region, in the page's language (its data attributes).
(function () {
  const boxes = document.querySelectorAll("[data-copy-link]");
  boxes.forEach(function (box) {
    const source = box.querySelector("[data-copy-source]");
    // Selecting the whole link on focus makes copying by hand one gesture, on a phone too.
    if (source) source.addEventListener("focus", function () { source.select(); });
  });
  if (!navigator.clipboard || !window.isSecureContext) return;
  boxes.forEach(function (box) {
    const source = box.querySelector("[data-copy-source]");
    const button = box.querySelector("[data-copy-button]");
    const status = box.querySelector("[data-copy-status]");
    if (!source || !button || !status) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      // Emptied first, so that a second copy is announced again.
      status.textContent = "";
      navigator.clipboard.writeText(source.value).then(
        function () {
          status.textContent = status.dataset.copied;
        },
        function () {
          source.focus();
          status.textContent = status.dataset.failed;
        }
      );
    });
  });
})();
