// Fills the browser's time zone (e.g. "Europe/Kyiv") into empty time-zone fields: the hidden
// one on sign-up and sign-in, and the profile's choice while none is saved. Without
// JavaScript the site's zone is used until the person chooses one on their profile.
(function () {
  let zone = "";
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  } catch (error) {
    return;
  }
  document.querySelectorAll("[data-browser-time-zone]").forEach(function (field) {
    if (!zone || field.value) return;
    if (field.tagName === "SELECT" && !Array.from(field.options).some((o) => o.value === zone)) return;
    field.value = zone;
  });
})();
