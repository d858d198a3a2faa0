// Keeps the risk checklist's score and band up to date as answers are given. The server works the
// score out again on save; this is only so the referrer sees it while typing.
const form = document.querySelector('[data-referral-form]');
const panel = form?.querySelector('[data-risk-score]');

function bandFor(count) {
  if (count >= Number(panel.dataset.high)) return 'High';
  if (count >= Number(panel.dataset.medium)) return 'Medium';
  return 'Standard';
}

function update() {
  const count = form.querySelectorAll('input[type=radio][name$=".Answer"][value="Yes"]:checked').length;
  panel.querySelector('[data-risk-count]').textContent = String(count);
  panel.querySelector('[data-risk-band]').textContent = bandFor(count);
}

if (form && panel) {
  form.addEventListener('change', (event) => {
    if (event.target.matches('input[type=radio][name$=".Answer"]')) update();
  });
}
