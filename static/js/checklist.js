// Keeps an indicator checklist's ticks on this device only (localStorage), per page.
document.querySelectorAll("[data-checklist] input[type=checkbox]").forEach((box) => {
  const key = `checklist:${location.pathname}:${box.id}`;
  try {
    box.checked = localStorage.getItem(key) === "1";
    box.addEventListener("change", () => localStorage.setItem(key, box.checked ? "1" : "0"));
  } catch (e) {
    /* storage disabled: ticks simply are not remembered */
  }
});
