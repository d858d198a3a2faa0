// The historical import page. While a check or an import runs (in the request that the form posts),
// ask the server every second how far it has got and say so in the page's status region. Without
// script the page simply waits for the result, as its text says.
const status = document.getElementById('import-progress');

function show(text, report) {
  const message = status.querySelector('[data-progress-text]');
  const bar = status.querySelector('progress');
  message.textContent = text;
  if (report && report.total) {
    bar.max = report.total;
    bar.value = report.done;
    bar.hidden = false;
  }
}

function follow(form) {
  const id = form.querySelector('input[name="ProgressId"]').value;
  status.classList.add('govuk-inset-text');
  show(form.dataset.importProgress);
  const poll = async () => {
    try {
      const response = await fetch(`${status.dataset.progressUrl}&id=${encodeURIComponent(id)}`, {
        credentials: 'same-origin',
        headers: { Accept: 'application/json' },
      });
      if (response.ok) {
        const report = await response.json();
        if (report.text) {
          show(report.text, report);
        }
      }
    } catch {
      // The page is being replaced by the result: nothing to say.
    }
    window.setTimeout(poll, 1000);
  };
  window.setTimeout(poll, 500);
}

if (status) {
  for (const form of document.querySelectorAll('form[data-import-progress]')) {
    form.addEventListener('submit', () => follow(form));
  }
}
