// Loaded as a module from the layout. The Content-Security-Policy forbids inline script, so the
// classes GOV.UK's template sets from an inline snippet are set here instead. A browser that runs
// module scripts is one GOV.UK Frontend supports.
import { initAll } from '../lib/govuk-frontend/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();
