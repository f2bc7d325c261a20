// Quiz attempt page: countdown, saving answers as the learner goes, confirm before submit.
// The server enforces the time limit and keeps the answer key; this only helps the learner.
(() => {
  const form = document.querySelector("form[data-autosave]");
  if (!form) return;
  const status = form.querySelector("[data-autosave-status]");
  const lang = document.documentElement.lang || "en";
  const sv = lang.startsWith("sv");
  const text = {
    saved: sv ? "Svaren sparades kl. " : "Answers saved at ",
    failed: sv ? "Svaren kunde inte sparas. Försök igen." : "Answers could not be saved. Try again.",
    minutes: (n) => (sv ? `${n} minuter kvar` : `${n} minutes left`),
    oneMinute: sv ? "En minut kvar" : "One minute left",
    timeUp: sv ? "Tiden är slut. Dina svar lämnas in." : "Time is up. Your answers are being submitted.",
  };

  let submitting = false;
  const submitWith = (action) => {
    if (submitting) return;
    submitting = true;
    const input = document.createElement("input");
    input.type = "hidden";
    input.name = "action";
    input.value = action;
    form.appendChild(input);
    form.submit();
  };

  // Saving in the background: the same form, flagged so the server answers with JSON.
  // The URL is read from the attribute: `form.action` is the form's buttons named "action".
  const url = form.getAttribute("action");
  let timer = null;
  const save = async () => {
    clearTimeout(timer);
    const data = new FormData(form);
    data.set("action", "save");
    try {
      const response = await fetch(url, {
        method: "POST",
        body: data,
        headers: { "X-Requested-With": "fetch" },
        credentials: "same-origin",
      });
      const body = await response.json();
      if (response.ok) {
        const at = new Date(body.saved_at);
        status.textContent = text.saved + at.toLocaleTimeString(lang, { hour: "2-digit", minute: "2-digit" });
      } else if (body.review) {
        window.location.assign(body.review);
      } else {
        status.textContent = body.error || text.failed;
      }
    } catch (e) {
      status.textContent = text.failed;
    }
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 1500);
  };
  form.addEventListener("change", saveSoon);
  form.addEventListener("input", saveSoon);

  // Enter in a text field belongs to its own question: it checks that question where answers
  // are checked one by one, and otherwise saves. (Without this script the form's first button,
  // a hidden "save", is the one Enter presses.)
  form.addEventListener("keydown", (event) => {
    const field = event.target;
    if (event.key !== "Enter" || event.isComposing) return;
    if (field.tagName !== "INPUT" || field.type !== "text") return;
    event.preventDefault();
    const check = field.closest(".question")?.querySelector("button[value^='check-']");
    if (check) {
      form.requestSubmit(check);
    } else {
      save();
    }
  });

  form.addEventListener("submit", (event) => {
    const button = event.submitter;
    if (button && button.value === "submit" && !submitting) {
      if (!window.confirm(button.dataset.confirm)) {
        event.preventDefault();
        return;
      }
      submitting = true;
    }
  });

  const box = document.querySelector("[data-quiz-timer]");
  if (!box) return;
  // Headings scrolled to stop below the countdown (site.css reads this height).
  const measure = () =>
    document.documentElement.style.setProperty("--timer-height", `${box.offsetHeight}px`);
  measure();
  new ResizeObserver(measure).observe(box);
  const display = box.querySelector("[data-timer-display]");
  const announce = box.querySelector("[data-timer-announce]");
  const endsAt = Date.now() + Number(box.dataset.secondsLeft) * 1000;
  const tick = () => {
    const left = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
    display.textContent = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, "0")}`;
    if (left === 300) announce.textContent = text.minutes(5);
    if (left === 60) announce.textContent = text.oneMinute;
    if (left === 0) {
      announce.textContent = text.timeUp;
      submitWith("submit");
      return;
    }
    setTimeout(tick, 1000);
  };
  tick();
})();
