// herald dashboard: plain JavaScript, no dependencies. Every piece of data from the server is
// untrusted news text or derived from it, so the DOM is built with createElement and
// textContent only: nothing from the server is ever parsed as markup.
'use strict';

const SVG_NS = 'http://www.w3.org/2000/svg';
const QUADS = [
  { key: 'q1', name: 'Verbal cooperation' },
  { key: 'q2', name: 'Material cooperation' },
  { key: 'q3', name: 'Verbal conflict' },
  { key: 'q4', name: 'Material conflict' },
];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_MS = 86400000;
const EVENT_PAGE = 200;
const ACTOR_CODE = /^[A-Z0-9]{1,32}$/;

const DIRECTIONS = ['both', 'a_to_b', 'b_to_a'];

const state = {
  a: '',              // the dyad's actor codes (prefixes), as picked
  b: '',
  direction: 'both',  // which events the chart and the table show
  counting: 'one-a-day',
  by: '',             // day | week | month
  period: '',         // the selected period's first day
  periods: [],        // the series, as the server sent it
  dyads: [],
  request: 0,         // answers to older requests are dropped
};

const $ = (id) => document.getElementById(id);

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function svg(tag, attributes) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, String(value));
  return node;
}

async function api(path, params) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params || {})) {
    if (value !== undefined && value !== null && value !== '') query.set(name, String(value));
  }
  const url = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  let body = null;
  try {
    body = await response.json();
  } catch (error) {
    throw new Error(`${path}: the server sent no JSON (HTTP ${response.status})`);
  }
  if (!response.ok) throw new Error(body && body.error ? body.error : `HTTP ${response.status}`);
  return body;
}

// ---- dates -------------------------------------------------------------------------------

function parseDay(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || '');
  return match ? Date.UTC(+match[1], +match[2] - 1, +match[3]) : NaN;
}

function formatDay(text) {
  const ms = parseDay(text);
  if (Number.isNaN(ms)) return text || '';
  const d = new Date(ms);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

// Periods are named by their first day (a week starts on Monday).
function formatPeriod(start, by) {
  const ms = parseDay(start);
  if (Number.isNaN(ms)) return start || '';
  const d = new Date(ms);
  if (by === 'month') return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  if (by === 'week') {
    const end = new Date(ms + 6 * DAY_MS);
    const first = d.getUTCMonth() === end.getUTCMonth() ? `${d.getUTCDate()}` : `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
    return `${first}–${formatDay(end.toISOString().slice(0, 10))}`;
  }
  return formatDay(start);
}

function tickLabel(start, by, withYear) {
  const d = new Date(parseDay(start));
  const year = withYear ? ` ${d.getUTCFullYear()}` : '';
  if (by === 'month') return `${MONTHS[d.getUTCMonth()]}${year}`;
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}${year}`;
}

// The period of `by` that contains `date`, by its first day.
function periodOf(date, by) {
  const ms = parseDay(date);
  if (Number.isNaN(ms)) return '';
  const d = new Date(ms);
  if (by === 'month') return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)).toISOString().slice(0, 10);
  if (by === 'week') return new Date(ms - ((d.getUTCDay() + 6) % 7) * DAY_MS).toISOString().slice(0, 10);
  return date;
}

// A granularity that gives a readable number of bars for the dyad's time span.
function chooseGranularity(firstDate, lastDate) {
  const days = (parseDay(lastDate) - parseDay(firstDate)) / DAY_MS;
  if (Number.isNaN(days)) return 'week';
  if (days <= 60) return 'day';
  if (days <= 730) return 'week';
  return 'month';
}

// ---- numbers -----------------------------------------------------------------------------

function niceStep(max, count) {
  const raw = max / count;
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  for (const factor of [1, 2, 5, 10]) if (factor * power >= raw) return factor * power;
  return 10 * power;
}

function formatNumber(value, digits) {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return Number(value).toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function formatSigned(value) {
  if (value === null || value === undefined) return '–';
  const text = formatNumber(value, 1);
  return value > 0 ? `+${text}` : text.replace('-', '−');
}

// ---- evidence ----------------------------------------------------------------------------

// Spans are code-point offsets into the sentence; JavaScript strings index UTF-16 units, so
// the sentence is split into code points first (Array.from iterates by code point).
function evidenceCell(event) {
  const cell = el('td', 'evidence');
  const points = Array.from(event.sentence || '');
  const roles = new Array(points.length).fill('');
  const mark = (span, role) => {
    if (!Array.isArray(span) || span.length !== 2) return;
    const begin = Math.max(0, Math.min(points.length, span[0]));
    const end = Math.max(begin, Math.min(points.length, span[1]));
    for (let i = begin; i < end; i++) roles[i] = role;
  };
  mark(event.target_span, 'target');
  mark(event.source_span, 'source');
  mark(event.verb_span, 'verb');
  const names = { source: event.source, target: event.target, verb: event.code };
  let start = 0;
  for (let i = 1; i <= points.length; i++) {
    if (i < points.length && roles[i] === roles[start]) continue;
    const text = points.slice(start, i).join('');
    const role = roles[start];
    if (role) {
      const highlight = el('mark', role, text);
      highlight.title = `${role}: ${names[role]}`;
      cell.append(highlight);
    } else {
      cell.append(document.createTextNode(text));
    }
    start = i;
  }
  const about = el('span', 'story');
  const parts = [`story ${event.story_id}`, `sentence ${Number(event.sentence_index) + 1}`];
  if (event.story_source) parts.push(event.story_source);
  if (event.num_articles > 1) parts.push(`reported by ${event.num_articles} articles`);
  about.append(document.createTextNode(parts.join(' · ')));
  if (event.story_title || event.story_url) {
    about.append(document.createTextNode(' · '));
    const title = event.story_title || event.story_url;
    if (isWebLink(event.story_url)) {
      const link = el('a', null, title);
      link.href = event.story_url;
      link.rel = 'noopener noreferrer';
      link.target = '_blank';
      about.append(link);
    } else {
      about.append(document.createTextNode(title));
    }
  }
  cell.append(about);
  return cell;
}

// Only web pages become links; a javascript: or data: URL from a story stays text.
function isWebLink(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch (error) {
    return false;
  }
}

// ---- side panels -------------------------------------------------------------------------

function renderSummary(summary) {
  const parts = [`${formatNumber(summary.events, 0)} events (${formatNumber(summary.one_a_day_events, 0)} one-a-day)`,
                 `${formatNumber(summary.stories, 0)} stories`, `${formatNumber(summary.actors, 0)} actors`];
  if (summary.first_date) parts.push(`${formatDay(summary.first_date)} – ${formatDay(summary.last_date)}`);
  if (summary.database) parts.push(summary.database);
  $('db-summary').textContent = parts.join(' · ');
}

function isSelectedDyad(dyad) {
  return (dyad.a === state.a && dyad.b === state.b) || (dyad.a === state.b && dyad.b === state.a);
}

function renderDyads() {
  const filter = $('dyad-filter').value.trim().toUpperCase();
  const body = $('dyad-table').tBodies[0];
  body.replaceChildren();
  let shown = 0;
  for (const dyad of state.dyads) {
    if (filter && !dyad.a.startsWith(filter) && !dyad.b.startsWith(filter)) continue;
    const row = el('tr');
    if (isSelectedDyad(dyad)) row.classList.add('selected');
    const name = el('td');
    name.append(el('span', 'code', dyad.a), el('span', 'dash', ' – '), el('span', 'code', dyad.b));
    row.append(name, el('td', 'num', formatNumber(dyad.a_to_b, 0)), el('td', 'num', formatNumber(dyad.b_to_a, 0)),
               el('td', 'num strong', formatNumber(dyad.events, 0)));
    row.title = `${dyad.a} → ${dyad.b}: ${dyad.a_to_b}, ${dyad.b} → ${dyad.a}: ${dyad.b_to_a}; ` +
                `${formatDay(dyad.first_date)} – ${formatDay(dyad.last_date)}`;
    row.addEventListener('click', () => pickDyad(dyad.a, dyad.b, {}));
    body.append(row);
    shown++;
  }
  if (shown === 0) {
    const row = el('tr');
    const cell = el('td', 'empty', state.dyads.length ? 'No dyad matches.' : 'No events in the database.');
    cell.colSpan = 4;
    row.append(cell);
    body.append(row);
  }
}

function renderActors(actors) {
  const body = $('actor-table').tBodies[0];
  body.replaceChildren();
  const list = $('actor-codes');
  list.replaceChildren();
  for (const actor of actors) {
    const row = el('tr');
    const name = el('td');
    name.append(el('span', 'code', actor.code));
    if (actor.name) name.append(el('span', 'actor-name', actor.name));
    row.append(name, el('td', 'num', formatNumber(actor.as_source, 0)), el('td', 'num', formatNumber(actor.as_target, 0)),
               el('td', 'num strong', formatNumber(actor.events, 0)));
    row.title = `Show the dyads of ${actor.code}`;
    row.addEventListener('click', () => {
      $('dyad-filter').value = actor.code.slice(0, 3);
      renderDyads();
    });
    body.append(row);
    const option = el('option');
    option.value = actor.code;
    list.append(option);
  }
}

function renderAlerts(alerts) {
  const list = $('alert-list');
  list.replaceChildren();
  if (alerts.length === 0) {
    list.append(el('li', 'empty', 'No alerts: no dyad left its baseline.'));
    return;
  }
  for (const alert of alerts) {
    const item = el('li');
    const what = el('span', 'what');
    what.append(el('span', alert.kind === 'improvement' ? 'badge improvement' : 'badge', alert.kind),
                el('span', 'code', `${alert.a} – ${alert.b}`));
    item.append(el('span', 'when', formatPeriod(alert.period, alert.by)), what,
                el('span', 'why', `Goldstein sum ${formatSigned(alert.value)} against a baseline of ` +
                                  `${formatSigned(alert.baseline_mean)} (z ${formatSigned(alert.z)}), ` +
                                  `${formatNumber(alert.events, 0)} event${alert.events === 1 ? '' : 's'}`));
    item.title = 'Show this dyad at that time';
    item.tabIndex = 0;
    const open = () => pickDyad(alert.a, alert.b, { by: alert.by, period: alert.period, direction: 'both' });
    item.addEventListener('click', open);
    item.addEventListener('keydown', (e) => { if (e.key === 'Enter') open(); });
    list.append(item);
  }
}

function renderLegend() {
  const legend = $('legend');
  legend.replaceChildren();
  for (const quad of QUADS) {
    const item = el('span', 'item');
    item.append(el('span', `swatch ${quad.key}`), document.createTextNode(quad.name));
    legend.append(item);
  }
  const line = el('span', 'item');
  const icon = svg('svg', { width: 22, height: 10, 'aria-hidden': 'true', class: 'line-key' });
  icon.append(svg('line', { x1: 1, y1: 5, x2: 21, y2: 5 }), svg('circle', { cx: 11, cy: 5, r: 3 }));
  line.append(icon, document.createTextNode('Mean Goldstein score (right axis)'));
  legend.append(line);
}

// ---- the timeline ------------------------------------------------------------------------

function directionName(direction) {
  if (direction === 'a_to_b') return `${state.a} → ${state.b}`;
  if (direction === 'b_to_a') return `${state.b} → ${state.a}`;
  return `${state.a} ⇄ ${state.b}`;
}

function statsOf(period) {
  return period[state.direction];
}

function renderChart() {
  const container = $('chart');
  container.replaceChildren();
  const periods = state.periods;
  if (periods.length === 0) {
    container.append(el('p', 'empty', `No events between ${state.a} and ${state.b}.`));
    return;
  }
  const width = Math.max(480, container.clientWidth || 900);
  const height = 320;
  const margin = { left: 48, right: 56, top: 14, bottom: 42 };
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const band = plotWidth / periods.length;
  const barWidth = Math.max(1, Math.min(56, band * 0.72));
  const maxEvents = Math.max(1, ...periods.map((p) => statsOf(p).events));
  const step = Math.max(1, niceStep(maxEvents, 5));
  const top = Math.ceil(maxEvents / step) * step;
  const yCount = (n) => margin.top + plotHeight - (n / top) * plotHeight;
  const yGold = (g) => margin.top + plotHeight * (1 - (g + 10) / 20);
  const xCenter = (i) => margin.left + band * (i + 0.5);
  const bottomY = margin.top + plotHeight;

  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img',
                             'aria-label': `Events ${directionName(state.direction)} by ${state.by}` });
  const grid = svg('g', { class: 'grid' });
  const left = svg('g', { class: 'axis' });
  for (let n = 0; n <= top; n += step) {
    grid.append(svg('line', { x1: margin.left, x2: width - margin.right, y1: yCount(n), y2: yCount(n) }));
    const label = svg('text', { x: margin.left - 6, y: yCount(n) + 4, 'text-anchor': 'end' });
    label.textContent = formatNumber(n, 0);
    left.append(label);
  }
  const right = svg('g', { class: 'axis right' });
  for (const g of [-10, -5, 0, 5, 10]) {
    const label = svg('text', { x: width - margin.right + 6, y: yGold(g) + 4, 'text-anchor': 'start' });
    label.textContent = g > 0 ? `+${g}` : String(g).replace('-', '−');
    right.append(label);
  }
  const middle = margin.top + plotHeight / 2;
  const leftTitle = svg('text', { class: 'axis-title', x: 12, y: middle, 'text-anchor': 'middle',
                                  transform: `rotate(-90 12 ${middle})` });
  leftTitle.textContent = state.counting === 'one-a-day' ? 'events (one a day)' : 'events (every report)';
  const rightTitle = svg('text', { class: 'axis-title right', x: width - 12, y: middle, 'text-anchor': 'middle',
                                   transform: `rotate(90 ${width - 12} ${middle})` });
  rightTitle.textContent = 'mean Goldstein';
  chart.append(grid, left, right, leftTitle, rightTitle,
               svg('line', { class: 'zero', x1: margin.left, x2: width - margin.right, y1: yGold(0), y2: yGold(0) }));

  const bars = svg('g', { class: 'bars' });
  periods.forEach((period, i) => {
    const stats = statsOf(period);
    const layers = stats.quad.map((count, q) => [QUADS[q].key, count]);
    if (stats.unknown > 0) layers.push(['qnone', stats.unknown]);
    let base = 0;
    for (const [key, count] of layers) {
      if (count <= 0) continue;
      const y = yCount(base + count);
      bars.append(svg('rect', { class: `bar ${key}`, x: xCenter(i) - barWidth / 2, y, width: barWidth,
                                height: Math.max(0.5, yCount(base) - y) }));
      base += count;
    }
  });
  chart.append(bars);

  const scored = periods.map((p, i) => [statsOf(p), i]).filter(([stats]) => stats.goldstein_mean !== null);
  if (scored.length > 1) {
    const d = scored.map(([stats, i], k) => `${k ? 'L' : 'M'}${xCenter(i).toFixed(1)},${yGold(stats.goldstein_mean).toFixed(1)}`);
    chart.append(svg('path', { class: 'goldstein-line', d: d.join(' ') }));
  }
  const dots = svg('g');
  for (const [stats, i] of scored) {
    dots.append(svg('circle', { class: 'goldstein-dot', cx: xCenter(i), cy: yGold(stats.goldstein_mean), r: band >= 8 ? 3.5 : 2 }));
  }
  chart.append(dots);

  const axis = svg('g', { class: 'axis' });
  axis.append(svg('line', { x1: margin.left, x2: width - margin.right, y1: bottomY, y2: bottomY }));
  const every = Math.max(1, Math.ceil(periods.length / Math.max(1, Math.floor(plotWidth / 78))));
  let lastYear = null;
  periods.forEach((period, i) => {
    if (i % every !== 0) return;
    const year = period.start.slice(0, 4);
    const label = svg('text', { x: xCenter(i), y: bottomY + 17, 'text-anchor': 'middle' });
    label.textContent = tickLabel(period.start, state.by, year !== lastYear);
    lastYear = year;
    axis.append(svg('line', { x1: xCenter(i), x2: xCenter(i), y1: bottomY, y2: bottomY + 4 }), label);
  });
  chart.append(axis);

  const hits = svg('g', { class: 'hits' });
  periods.forEach((period, i) => {
    const stats = statsOf(period);
    const hit = svg('rect', { class: 'hit', x: margin.left + band * i, y: margin.top, width: Math.max(band, 1),
                              height: plotHeight, tabindex: stats.events > 0 ? 0 : -1, 'data-period': period.start });
    hit.setAttribute('aria-label', `${formatPeriod(period.start, state.by)}: ${stats.events} event${stats.events === 1 ? '' : 's'}`);
    if (period.start === state.period) hit.classList.add('selected');
    hit.addEventListener('mousemove', (e) => showTooltip(period, e.clientX, e.clientY));
    hit.addEventListener('mouseleave', hideTooltip);
    hit.addEventListener('focus', () => {
      const box = hit.getBoundingClientRect();
      showTooltip(period, box.left + box.width / 2, box.top + 24);
    });
    hit.addEventListener('blur', hideTooltip);
    hit.addEventListener('click', () => selectPeriod(period.start));
    hit.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        selectPeriod(period.start);
      }
    });
    hits.append(hit);
  });
  chart.append(hits);
  container.append(chart);
}

function showTooltip(period, clientX, clientY) {
  const stats = statsOf(period);
  const tip = $('tooltip');
  tip.replaceChildren(el('div', 'title', formatPeriod(period.start, state.by)),
                      el('div', null, `${directionName(state.direction)}: ${formatNumber(stats.events, 0)} event${stats.events === 1 ? '' : 's'}`));
  stats.quad.forEach((count, q) => {
    if (!count) return;
    const line = el('div');
    line.append(el('span', `swatch ${QUADS[q].key}`), document.createTextNode(`${QUADS[q].name}: ${count}`));
    tip.append(line);
  });
  if (stats.unknown) tip.append(el('div', null, `Not in CAMEO: ${stats.unknown}`));
  if (stats.goldstein_mean !== null) {
    const line = el('div');
    line.append(el('span', 'swatch goldstein'), document.createTextNode(
      `Goldstein mean ${formatSigned(stats.goldstein_mean)}, sum ${formatSigned(stats.goldstein_sum)}`));
    tip.append(line);
  }
  if (stats.events > 0) tip.append(el('div', 'hint', 'Click to list the events'));
  tip.hidden = false;
  const card = $('timeline-card').getBoundingClientRect();
  const x = clientX - card.left + 14;
  tip.style.left = `${Math.max(8, Math.min(x, card.width - tip.offsetWidth - 8))}px`;
  tip.style.top = `${clientY - card.top + 14}px`;
}

function hideTooltip() {
  $('tooltip').hidden = true;
}

// ---- events of one period ----------------------------------------------------------------

function renderEvents(result) {
  const table = $('event-table');
  const body = table.tBodies[0];
  body.replaceChildren();
  const events = result.events || [];
  $('events-title').textContent = `Events · ${directionName(state.direction)} · ${formatPeriod(state.period, state.by)}`;
  $('events-note').textContent = result.truncated ? `the ${events.length} most reported`
    : `${formatNumber(events.length, 0)} event${events.length === 1 ? '' : 's'}`;
  const hint = $('events-hint');
  hint.className = 'empty';
  hint.textContent = 'No events in this period.';
  hint.hidden = events.length > 0;
  table.hidden = events.length === 0;
  for (const event of events) {
    const row = el('tr');
    const quadKey = event.quad_class ? `q${event.quad_class}` : 'qnone';
    const eventCell = el('td', 'event');
    eventCell.append(el('span', `chip ${quadKey}`), el('span', 'code', event.code));
    if (event.event_name) eventCell.append(el('span', 'event-name', event.event_name));
    eventCell.title = event.quad_class ? QUADS[event.quad_class - 1].name : 'not a CAMEO code';
    const actorCell = (code, text) => {
      const cell = el('td');
      cell.append(el('span', 'code', code));
      if (text) cell.append(el('span', 'actor-name', text));
      return cell;
    };
    row.append(el('td', 'date', formatDay(event.date)), actorCell(event.source, event.source_text), eventCell,
               actorCell(event.target, event.target_text), el('td', 'num', formatSigned(event.goldstein)),
               evidenceCell(event));
    body.append(row);
  }
}

async function selectPeriod(period) {
  state.period = period;
  writeHash();
  for (const hit of document.querySelectorAll('#chart .hit')) {
    hit.classList.toggle('selected', hit.getAttribute('data-period') === period);
  }
  const request = ++state.request;
  try {
    const result = await api('/api/events', { a: state.a, b: state.b, by: state.by, period, direction: state.direction,
                                              counting: state.counting, limit: EVENT_PAGE });
    if (request === state.request) renderEvents(result);
  } catch (error) {
    if (request !== state.request) return;
    $('event-table').hidden = true;
    const hint = $('events-hint');
    hint.hidden = false;
    hint.className = 'empty error';
    hint.textContent = `Could not load the events: ${error.message}`;
  }
}

// ---- choosing a dyad ---------------------------------------------------------------------

// #COL-USA, optionally followed by /week, /2025-09-15, /a_to_b and /every-report.
function writeHash() {
  const parts = [`${state.a}-${state.b}`, state.by];
  if (state.period) parts.push(state.period);
  if (state.direction !== 'both') parts.push(state.direction);
  if (state.counting !== 'one-a-day') parts.push(state.counting);
  const hash = `#${parts.join('/')}`;
  if (location.hash !== hash) history.replaceState(null, '', hash);
}

function readHash() {
  const [dyad, ...rest] = location.hash.replace(/^#/, '').split('/');
  const match = /^([A-Za-z0-9]{1,32})-([A-Za-z0-9]{1,32})$/.exec(dyad || '');
  if (!match) return null;
  const wanted = { a: match[1].toUpperCase(), b: match[2].toUpperCase() };
  for (const part of rest) {
    if (['day', 'week', 'month'].includes(part)) wanted.by = part;
    else if (/^\d{4}-\d{2}-\d{2}$/.test(part)) wanted.period = part;
    else if (DIRECTIONS.includes(part)) wanted.direction = part;
    else if (part === 'every-report') wanted.counting = part;
  }
  return wanted;
}

function setButtons() {
  for (const button of document.querySelectorAll('#period-buttons button')) {
    button.classList.toggle('active', button.dataset.by === state.by);
    button.setAttribute('aria-pressed', String(button.dataset.by === state.by));
  }
  for (const button of document.querySelectorAll('#direction-buttons button')) {
    const direction = button.dataset.direction;
    button.textContent = direction === 'both' ? 'Both ways' : directionName(direction);
    button.classList.toggle('active', direction === state.direction);
    button.setAttribute('aria-pressed', String(direction === state.direction));
  }
  $('every-report').checked = state.counting === 'every-report';
}

async function pickDyad(a, b, options) {
  a = String(a || '').trim().toUpperCase();
  b = String(b || '').trim().toUpperCase();
  if (!ACTOR_CODE.test(a) || !ACTOR_CODE.test(b)) {
    $('chart').replaceChildren(el('p', 'empty error', 'Actor codes are letters and digits, such as COL and USA.'));
    return;
  }
  const sameDyad = a === state.a && b === state.b;
  state.a = a;
  state.b = b;
  if (options.direction) state.direction = options.direction;
  else if (!sameDyad) state.direction = 'both';
  if (options.counting) state.counting = options.counting;
  $('a-input').value = a;
  $('b-input').value = b;
  $('timeline-title').textContent = `Timeline · ${a} – ${b}`;
  renderDyads();
  let by = options.by;
  if (!by) {
    const known = state.dyads.find(isSelectedDyad);
    by = known ? chooseGranularity(known.first_date, known.last_date) : 'week';
  }
  const request = ++state.request;
  try {
    const series = await api('/api/series', { a, b, by, counting: state.counting });
    if (request !== state.request) return;
    state.by = by;
    state.periods = series.periods || [];
    setButtons();
    const wanted = options.period ? periodOf(options.period, by) : '';
    const active = state.periods.filter((p) => statsOf(p).events > 0);
    state.period = active.some((p) => p.start === wanted) ? wanted : (active.length ? active[active.length - 1].start : '');
    renderChart();
    if (state.period) {
      await selectPeriod(state.period);
    } else {
      writeHash();
      renderEvents({ events: [] });
    }
  } catch (error) {
    if (request === state.request) {
      $('chart').replaceChildren(el('p', 'empty error', `Could not load the timeline: ${error.message}`));
    }
  }
}

function wire() {
  $('dyad-form').addEventListener('submit', (e) => {
    e.preventDefault();
    pickDyad($('a-input').value, $('b-input').value, {});
  });
  $('swap-button').addEventListener('click', () => {
    const a = $('a-input').value;
    $('a-input').value = $('b-input').value;
    $('b-input').value = a;
  });
  $('dyad-filter').addEventListener('input', renderDyads);
  for (const button of document.querySelectorAll('#period-buttons button')) {
    button.addEventListener('click', () => {
      if (state.a) pickDyad(state.a, state.b, { by: button.dataset.by, period: state.period });
    });
  }
  for (const button of document.querySelectorAll('#direction-buttons button')) {
    button.addEventListener('click', () => {
      if (!state.a) return;
      state.direction = button.dataset.direction;
      setButtons();
      renderChart();
      if (state.period) selectPeriod(state.period);
    });
  }
  $('every-report').addEventListener('change', () => {
    if (state.a) {
      pickDyad(state.a, state.b, { by: state.by, period: state.period,
                                   counting: $('every-report').checked ? 'every-report' : 'one-a-day' });
    }
  });
  window.addEventListener('hashchange', () => {
    const wanted = readHash();
    if (wanted) pickDyad(wanted.a, wanted.b, wanted);
  });
  let resizeTimer = 0;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => { if (state.periods.length) renderChart(); }, 150);
  });
}

async function start() {
  wire();
  renderLegend();
  const [summary, dyads, actors, alerts] = await Promise.allSettled([
    api('/api/summary'), api('/api/dyads', { limit: 500 }), api('/api/actors', { limit: 25 }),
    api('/api/alerts', { limit: 50 }),
  ]);
  if (summary.status === 'fulfilled') renderSummary(summary.value);
  else $('db-summary').textContent = `Could not read the store: ${summary.reason.message}`;
  state.dyads = dyads.status === 'fulfilled' ? dyads.value.dyads : [];
  renderDyads();
  if (actors.status === 'fulfilled') renderActors(actors.value.actors);
  if (alerts.status === 'fulfilled') renderAlerts(alerts.value.alerts);
  else $('alert-list').replaceChildren(el('li', 'empty error', `Could not load the alerts: ${alerts.reason.message}`));
  const wanted = readHash();
  if (wanted) pickDyad(wanted.a, wanted.b, wanted);
  else if (state.dyads.length) pickDyad(state.dyads[0].a, state.dyads[0].b, {});
}

document.addEventListener('DOMContentLoaded', start);
