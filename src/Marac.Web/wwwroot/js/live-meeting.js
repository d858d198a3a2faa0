// The live meeting page (Features/LiveMeeting). Joins the meeting over SignalR, follows the current case,
// records or proposes actions, and announces changes through a polite live region without moving focus.
// After a dropped connection it rejoins and re-reads the whole meeting from the server (the database is
// the source of truth), resends any action still waiting (its id makes a resend safe) and says it was offline.
// That holds however the connection was lost, a frame it could not read included: if the automatic reconnect
// gives up or never starts, the page starts a new connection itself. Once the meeting is concluded it says
// so, stops offering controls and stops reconnecting.
/* global signalR */
(function () {
  'use strict';

  const root = document.getElementById('live-meeting');
  if (!root || typeof signalR === 'undefined') {
    return;
  }
  const meetingId = Number(root.dataset.meetingId);
  const isLead = root.dataset.lead === 'true';
  const el = (id) => document.getElementById(id);
  const pending = new Map();
  let state = null;
  let offlineSince = null;
  let timer = null;
  let ended = false;
  let hiddenUnmarked = null;

  const connection = new signalR.HubConnectionBuilder()
    .withUrl(root.dataset.hub)
    .withAutomaticReconnect([0, 1000, 2000, 5000, 10000, 15000, 30000])
    .build();

  function text(tag, className, content) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    node.textContent = content;
    return node;
  }

  function announce(message) {
    const region = el('live-announcer');
    region.textContent = '';
    window.setTimeout(() => { region.textContent = message; }, 50);
  }

  function setStatus(message) {
    el('connection-status').textContent = message;
  }

  function showNotice(message) {
    el('live-notice').hidden = !message;
    el('live-notice-text').textContent = message || '';
  }

  function summaryRow(list, key, value) {
    const row = document.createElement('div');
    row.className = 'govuk-summary-list__row govuk-summary-list__row--no-actions';
    row.append(text('dt', 'govuk-summary-list__key', key), text('dd', 'govuk-summary-list__value', value));
    list.append(row);
    return row;
  }

  function elapsed(startedAt) {
    if (!startedAt) {
      return 'Not started';
    }
    const seconds = Math.max(0, Math.floor((Date.now() - Date.parse(startedAt)) / 1000));
    const minutes = Math.floor(seconds / 60);
    return minutes + ' min ' + String(seconds % 60).padStart(2, '0') + ' s';
  }

  function renderCase(current) {
    const panel = el('current-case');
    panel.replaceChildren();
    window.clearInterval(timer);
    el('action-form').hidden = ended || !current || !(isLead || (state && state.canPropose));
    if (el('lead-controls')) {
      el('lead-controls').hidden = ended || !current;
    }
    if (!current) {
      panel.append(text('p', 'govuk-body', 'No case is being discussed that you can see.'));
      renderActions([]);
      return;
    }
    panel.append(text('h3', 'govuk-heading-s', current.reference));
    const list = document.createElement('dl');
    list.className = 'govuk-summary-list';
    summaryRow(list, 'Section', current.section);
    summaryRow(list, 'Time slot', current.slot);
    const clock = text('span', '', elapsed(current.discussionStartedAt));
    clock.setAttribute('role', 'timer');
    clock.id = 'case-timer';
    summaryRow(list, 'Time on this case', '').lastChild.append(clock);
    summaryRow(list, 'Status', current.status + (current.statusReason ? ': ' + current.statusReason : ''));
    summaryRow(list, 'Risk summary', current.riskSummary || 'Not recorded yet');
    panel.append(list);
    const link = text('a', 'govuk-link', 'Case summary (what your agency may see)');
    link.href = current.caseLink;
    const para = document.createElement('p');
    para.className = 'govuk-body';
    para.append(link);
    panel.append(para);
    timer = ended ? null : window.setInterval(() => { clock.textContent = elapsed(current.discussionStartedAt); }, 1000);
    if (isLead && el('RiskSummary') && document.activeElement !== el('RiskSummary')) {
      el('RiskSummary').value = current.riskSummaryWithheld ? '' : current.riskSummary;
    }
    renderActions(current.actions);
  }

  function actionItem(action) {
    const item = document.createElement('li');
    item.id = 'action-' + action.id;
    item.className = 'marac-live-action';
    const heading = text('p', 'govuk-body govuk-!-margin-bottom-1', '');
    heading.append(text('strong', 'govuk-tag' + (action.status === 'Proposed' ? ' govuk-tag--yellow' : action.status === 'Declined' ? ' govuk-tag--grey' : ' govuk-tag--blue'), action.statusLabel));
    heading.append(document.createTextNode(' ' + action.ownerAgency + ', due ' + action.dueDisplay));
    item.append(heading, text('p', 'govuk-body govuk-!-margin-bottom-1', action.description));
    if (action.linkedRisk) {
      item.append(text('p', 'govuk-body-s', 'Linked risk: ' + action.linkedRisk));
    }
    if (isLead && !ended && action.status === 'Proposed') {
      const group = document.createElement('div');
      group.className = 'govuk-button-group';
      const accept = text('button', 'govuk-button govuk-button--secondary', 'Accept');
      accept.type = 'button';
      accept.addEventListener('click', () => decide(action, true));
      const decline = text('button', 'govuk-button govuk-button--warning', 'Decline');
      decline.type = 'button';
      decline.addEventListener('click', () => decide(action, false));
      accept.append(text('span', 'govuk-visually-hidden', ' the proposed action for ' + action.ownerAgency));
      decline.append(text('span', 'govuk-visually-hidden', ' the proposed action for ' + action.ownerAgency));
      group.append(accept, decline);
      item.append(group);
    }
    return item;
  }

  function renderActions(actions) {
    const list = el('action-list');
    list.replaceChildren(...actions.map(actionItem));
    el('no-actions').hidden = actions.length > 0;
  }

  function upsertAction(action) {
    if (!state || !state.current || state.current.agendaItemId !== action.agendaItemId) {
      return false;
    }
    const actions = state.current.actions;
    const index = actions.findIndex((a) => a.id === action.id);
    if (index >= 0) {
      actions[index] = action;
    } else {
      actions.push(action);
    }
    renderActions(actions);
    return index < 0;
  }

  function renderAgenda() {
    const list = el('agenda-list');
    list.replaceChildren(...state.agenda.map((entry) => {
      const item = document.createElement('li');
      const isCurrent = !ended && state.current && state.current.agendaItemId === entry.agendaItemId;
      const label = text('span', '', entry.slot + ' ' + entry.reference + ' (' + entry.status + ')');
      if (isCurrent) {
        label.prepend(text('strong', 'govuk-tag govuk-tag--green', 'Now'), document.createTextNode(' '));
        item.setAttribute('aria-current', 'step');
      }
      item.append(label);
      if (isLead && !ended && !isCurrent) {
        const move = text('button', 'govuk-button govuk-button--secondary govuk-!-margin-bottom-2', 'Move to this case');
        move.type = 'button';
        move.append(text('span', 'govuk-visually-hidden', ' ' + entry.reference));
        move.addEventListener('click', () => call('MoveToCase', meetingId, entry.agendaItemId));
        item.append(document.createElement('br'), move);
      }
      return item;
    }));
    showUnmarked();
    showNextCase();
  }

  // The chair's one step on: the first case after the current one, in agenda order, not yet heard or deferred
  // (from the top when none is left after it).
  function nextCase() {
    const waiting = (entry) => entry.status === 'Not yet heard' && !(state.current && state.current.agendaItemId === entry.agendaItemId);
    const at = state.current ? state.agenda.findIndex((entry) => entry.agendaItemId === state.current.agendaItemId) : -1;
    return state.agenda.slice(at + 1).find(waiting) || state.agenda.find(waiting);
  }

  function showNextCase() {
    const button = el('next-case');
    if (!button) {
      return;
    }
    const next = ended ? null : nextCase();
    button.hidden = !next;
    if (next) {
      button.textContent = 'Next case: ' + next.reference;
      button.dataset.agendaItemId = String(next.agendaItemId);
    }
  }

  // The conclude form's count of cases not yet heard or deferred, kept up to date as the chair marks them.
  // The page gave the count for the whole agenda; cases this lead may not see stay as the page counted them.
  function showUnmarked() {
    const counter = el('unmarked-cases');
    if (!counter || !state) {
      return;
    }
    const visible = state.agenda.filter((entry) => entry.status === 'Not yet heard').length;
    if (hiddenUnmarked === null) {
      hiddenUnmarked = Math.max(0, Number(counter.dataset.count) - visible);
    }
    const count = hiddenUnmarked + visible;
    const reason = '“' + root.dataset.notReached + '”';
    counter.textContent = count === 0
      ? 'Every case is marked as heard or deferred.'
      : count === 1
        ? '1 case is not marked as heard or deferred. Concluding the meeting defers it to the next meeting with the reason ' + reason + '.'
        : count + ' cases are not marked as heard or deferred. Concluding the meeting defers them to the next meeting with the reason ' + reason + '.';
  }

  function applyState(next) {
    state = next;
    renderCase(next.current);
    renderAgenda();
    showNotice(next.notice);
  }

  function updateEntry(view) {
    const entry = state && state.agenda.find((e) => e.agendaItemId === view.agendaItemId);
    if (entry) {
      entry.status = view.status;
      renderAgenda();
    }
  }

  // Errors: the GOV.UK error summary above the form, and a message on each field.
  const fieldIds = {
    OwnerAgencyId: 'Action_OwnerAgencyId', Description: 'Action_Description', DueDate: 'Action_DueDate',
    LinkedRisk: 'Action_LinkedRisk', RiskSummary: 'RiskSummary', DeferReason: 'DeferReason',
  };

  function clearErrors() {
    document.querySelectorAll('#live-meeting .govuk-form-group--error').forEach((g) => g.classList.remove('govuk-form-group--error'));
    document.querySelectorAll('#live-meeting .marac-live-error').forEach((m) => m.remove());
    document.querySelectorAll('#live-meeting .govuk-input--error, #live-meeting .govuk-textarea--error, #live-meeting .govuk-select--error')
      .forEach((i) => i.classList.remove('govuk-input--error', 'govuk-textarea--error', 'govuk-select--error'));
    el('action-errors').hidden = true;
  }

  function showErrors(errors) {
    clearErrors();
    const summary = el('action-errors');
    const list = summary.querySelector('ul');
    list.replaceChildren();
    Object.entries(errors).forEach(([field, message]) => {
      const id = fieldIds[field] || 'Action_Description';
      const target = el(id) || el(id + '_Day');
      const link = text('a', '', message);
      link.href = '#' + (el(id + '_Day') ? id + '_Day' : id);
      const item = document.createElement('li');
      item.append(link);
      list.append(item);
      const group = target && target.closest('.govuk-form-group');
      if (group) {
        group.classList.add('govuk-form-group--error');
        const error = text('p', 'govuk-error-message marac-live-error', ' ' + message);
        error.id = id + '-live-error';
        error.prepend(text('span', 'govuk-visually-hidden', 'Error:'));
        const before = group.querySelector('input, select, textarea, .govuk-date-input');
        before.parentNode.insertBefore(error, before);
        group.querySelectorAll('input.govuk-input').forEach((i) => i.classList.add('govuk-input--error'));
        group.querySelectorAll('textarea').forEach((i) => i.classList.add('govuk-textarea--error'));
        group.querySelectorAll('select').forEach((i) => i.classList.add('govuk-select--error'));
      }
    });
    summary.hidden = false;
    summary.focus();
  }

  async function call(method, ...args) {
    try {
      return await connection.invoke(method, ...args);
    } catch (error) {
      showErrors({ Description: plain(error) });
      return null;
    }
  }

  function plain(error) {
    const message = (error && error.message) || '';
    const marker = 'HubException: ';
    return message.includes(marker) ? message.substring(message.indexOf(marker) + marker.length) : 'That did not work. Check your connection and try again.';
  }

  function readActionForm() {
    const value = (id) => (el(id) ? el(id).value : '');
    const owner = value('Action_OwnerAgencyId');
    const day = value('Action_DueDate_Day').trim();
    const month = value('Action_DueDate_Month').trim();
    const year = value('Action_DueDate_Year').trim();
    return {
      id: crypto.randomUUID(),
      agendaItemId: state.current.agendaItemId,
      ownerAgencyId: owner ? Number(owner) : null,
      description: value('Action_Description'),
      dueDate: day || month || year ? year + '-' + month + '-' + day : null,
      linkedRisk: value('Action_LinkedRisk'),
    };
  }

  async function sendAction(input) {
    const outcome = await connection.invoke(isLead ? 'RecordAction' : 'ProposeAction', meetingId, input);
    pending.delete(input.id);
    return outcome;
  }

  async function submitAction(event) {
    event.preventDefault();
    if (!state || !state.current) {
      return;
    }
    const input = readActionForm();
    pending.set(input.id, input);
    let outcome;
    try {
      outcome = await sendAction(input);
    } catch (error) {
      if (connection.state !== signalR.HubConnectionState.Connected) {
        setStatus('You are offline. Your action will be sent when the connection is back.');
        return;
      }
      pending.delete(input.id);
      showErrors({ Description: plain(error) });
      return;
    }
    if (!outcome.saved) {
      showErrors(outcome.errors);
      return;
    }
    clearErrors();
    el('action-form').reset();
    upsertAction(outcome.action);
    announce((isLead ? 'Action recorded for ' : 'Action proposed for ') + outcome.action.ownerAgency);
  }

  async function decide(action, accept) {
    const outcome = accept
      ? await call('AcceptAction', meetingId, action.id, action.version)
      : await call('DeclineAction', meetingId, action.id, action.version, null);
    if (outcome && outcome.action) {
      upsertAction(outcome.action);
    }
    if (outcome && !outcome.saved) {
      showErrors(outcome.errors);
    }
  }

  async function caseCall(method, ...args) {
    const outcome = await call(method, meetingId, state.current.agendaItemId, ...args);
    if (outcome && !outcome.saved) {
      showErrors(outcome.errors);
    } else if (outcome) {
      clearErrors();
      if (method === 'MarkDeferred') {
        el('DeferReason').value = '';
      }
    }
    showLeadOutcome(outcome && outcome.saved ? outcome.message : null);
  }

  /** What became of the case the lead just marked (where a deferred case went); shown until the meeting moves on. */
  function showLeadOutcome(message) {
    const outcome = document.getElementById('lead-outcome');
    if (outcome) {
      outcome.hidden = !message;
      outcome.textContent = message || '';
    }
  }

  connection.on('CaseChanged', (current, notice) => {
    showLeadOutcome(null);
    if (state) {
      state.current = current;
      renderCase(current);
      renderAgenda();
    }
    showNotice(notice);
    announce(current ? 'The meeting has moved to case ' + current.reference : notice || 'The meeting has moved on.');
  });

  connection.on('CaseUpdated', (view) => {
    updateEntry(view);
    if (state && state.current && state.current.agendaItemId === view.agendaItemId) {
      state.current = view;
      renderCase(view);
      announce('Case ' + view.reference + ' updated: ' + view.status);
    }
  });

  connection.on('ActionChanged', (action) => {
    const added = upsertAction(action);
    announce((added ? 'New action for ' : 'Action updated for ') + action.ownerAgency + ': ' + action.description);
  });

  // The meeting is over: say so, offer nothing more, and let the connection go for good.
  function end(message) {
    if (ended) {
      return;
    }
    ended = true;
    setStatus(message);
    announce(message);
    showNotice(null);
    el('action-form').hidden = true;
    ['lead-controls', 'conclude-section', 'agency-agenda-link', 'next-case'].forEach((id) => { if (el(id)) { el(id).hidden = true; } });
    if (el('minutes-link')) {
      el('minutes-link').hidden = false;
    }
    // Concluding deferred every case not yet heard or deferred: the page shows them so, rather than as still to come.
    if (state) {
      const notYetHeard = 'Not yet heard';
      state.agenda.filter((entry) => entry.status === notYetHeard).forEach((entry) => { entry.status = 'Deferred'; });
      if (state.current && state.current.status === notYetHeard) {
        state.current.status = 'Deferred';
        state.current.statusReason = root.dataset.notReached;
      }
      renderCase(state.current);
      renderAgenda();
    }
    connection.stop().catch(() => {});
  }

  connection.on('MeetingConcluded', (message) => end(message || root.dataset.ended));

  async function join() {
    applyState(await connection.invoke('JoinMeeting', meetingId));
    for (const input of [...pending.values()]) {
      const outcome = await sendAction(input);
      if (outcome.saved) {
        upsertAction(outcome.action);
      }
    }
  }

  // After being offline: says since when, and that the meeting shown is the meeting as it is now.
  function broughtUpToDate() {
    const since = offlineSince ? offlineSince.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' }) : '';
    setStatus('You were offline' + (since ? ' from ' + since : '') + '. The meeting has been brought up to date.');
    announce('Reconnected. The meeting has been brought up to date.');
    offlineSince = null;
  }

  // A refusal because the meeting is no longer in progress means it ended while this page was away.
  function endedMeanwhile(error) {
    if (plain(error) === root.dataset.notOpen) {
      end(root.dataset.ended);
      return true;
    }
    return false;
  }

  async function start() {
    if (ended) {
      return;
    }
    try {
      if (connection.state === signalR.HubConnectionState.Disconnected) {
        await connection.start();
      }
      await join();
      if (offlineSince) {
        broughtUpToDate();
      } else {
        setStatus('Connected to the meeting.');
      }
    } catch (error) {
      if (ended || endedMeanwhile(error)) {
        return;
      }
      setStatus('Could not connect to the meeting: ' + plain(error) + ' Trying again…');
      window.setTimeout(start, 5000);
    }
  }

  connection.onreconnecting(() => {
    offlineSince = offlineSince || new Date();
    setStatus('You are offline. Reconnecting…');
  });

  connection.onreconnected(async () => {
    try {
      await join();
      broughtUpToDate();
    } catch (error) {
      if (!endedMeanwhile(error)) {
        setStatus(plain(error));
      }
    }
  });

  // Closed for good (the automatic reconnect gave up, or never began): start again and rejoin, unless the meeting ended.
  connection.onclose(() => {
    if (ended) {
      return;
    }
    offlineSince = offlineSince || new Date();
    setStatus('You are offline. Reconnecting…');
    window.setTimeout(start, 2000);
  });

  el('action-form').addEventListener('submit', submitAction);
  if (isLead) {
    el('risk-form').addEventListener('submit', (event) => { event.preventDefault(); caseCall('SetRiskSummary', el('RiskSummary').value); });
    el('defer-form').addEventListener('submit', (event) => { event.preventDefault(); caseCall('MarkDeferred', el('DeferReason').value); });
    el('mark-heard').addEventListener('click', () => caseCall('MarkHeard'));
    el('next-case').addEventListener('click', () => call('MoveToCase', meetingId, Number(el('next-case').dataset.agendaItemId)));
  }

  // Keeps the session alive while the attendee is active on this page (no request is made for an idle screen).
  let lastActivity = Date.now();
  ['keydown', 'pointerdown', 'pointermove', 'scroll'].forEach((name) => window.addEventListener(name, () => { lastActivity = Date.now(); }, { passive: true }));
  window.setInterval(() => {
    if (Date.now() - lastActivity < 10 * 60 * 1000) {
      fetch(root.dataset.keepAlive, { credentials: 'same-origin', cache: 'no-store' }).catch(() => {});
    }
  }, 4 * 60 * 1000);

  start();
}());
