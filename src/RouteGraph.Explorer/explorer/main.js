// The RouteGraph explorer: a reference front end built on the public GraphQL API only (queries.js lists every
// document it sends). The view is in the URL (state.js); each change of it asks the API again, through a small
// per-page memo so that moving back and forth on the day control costs nothing.
import './explorer.css';
import { ask } from './api.js';
import { drawChart } from './chart.js';
import { h, put } from './dom.js';
import { languages, say, words } from './i18n.js';
import { drawMap, loadWorld } from './map.js';
import { renderPanel } from './panel.js';
import { readState, today, writeState } from './state.js';

// The trend starts before the oldest partnership the graph can hold a date for; its first point is this day.
const TREND_FROM = '2000-01-01';
const languageNames = { en: 'English', it: 'Italiano', fr: 'Français' };

const state = readState();
let routes = [];
let sectors = [];
let stops = [];
let generation = 0;

const memo = new Map();
function cached(name, variables) {
  const key = `${name} ${JSON.stringify(variables)}`;
  if (!memo.has(key))
    memo.set(key, ask(name, variables).catch((error) => { memo.delete(key); throw error; }));
  return memo.get(key);
}

// ---- the page's fixed parts, built once; refresh() only updates them, so keyboard focus stays where it is ----

const ui = {
  skip: h('a', { class: 'skip', href: '#map' }),
  title: h('h1', {}),
  routeLabel: h('label', { for: 'route' }),
  route: h('select', { id: 'route', name: 'route' }),
  sectorLabel: h('label', { for: 'sector' }),
  sector: h('select', { id: 'sector', name: 'sector' }),
  languageLabel: h('span', { id: 'language-label', class: 'label' }),
  languages: languages.map((lang) => h('button', { type: 'button', lang, 'data-lang': lang, title: languageNames[lang] }, lang.toUpperCase())),
  dayLabel: h('label', { for: 'day-slider' }),
  previous: h('button', { type: 'button', class: 'step', id: 'day-previous' }, '◀'),
  slider: h('input', { type: 'range', id: 'day-slider', min: 0, max: 0, step: 1, value: 0 }),
  next: h('button', { type: 'button', class: 'step', id: 'day-next' }, '▶'),
  date: h('input', { type: 'date', id: 'day', name: 'day' }),
  status: h('p', { class: 'status-line', role: 'status', 'aria-live': 'polite' }),
  map: document.createElementNS('http://www.w3.org/2000/svg', 'svg'),
  legend: h('ul', { class: 'legend' }),
  summary: h('div', { class: 'summary' }),
  chartTitle: h('h2', { id: 'chart-title' }),
  chart: document.createElementNS('http://www.w3.org/2000/svg', 'svg'),
  gapsTitle: h('h2', {}),
  gaps: h('div', { class: 'gaps' }),
  scenarioTitle: h('h2', {}),
  scenarioLabel: h('label', { for: 'without' }),
  scenario: h('select', { id: 'without', name: 'without' }),
  scenarioNote: h('p', { class: 'note' }),
  changes: h('div', { class: 'changes', 'aria-live': 'polite' }),
  panel: h('aside', { id: 'panel', class: 'panel', 'aria-labelledby': 'panel-title', tabindex: -1 }),
};
ui.map.id = 'map';
ui.map.setAttribute('role', 'group');
ui.map.setAttribute('tabindex', '-1');
ui.chart.id = 'chart';
ui.chart.setAttribute('role', 'img');
ui.chart.setAttribute('aria-labelledby', 'chart-title');

function layout() {
  put(document.getElementById('app'),
    ui.skip,
    h('header', {},
      ui.title,
      h('div', { class: 'controls' },
        h('div', { class: 'control' }, ui.routeLabel, ui.route),
        h('div', { class: 'control' }, ui.sectorLabel, ui.sector),
        h('div', { class: 'control', role: 'group', 'aria-labelledby': 'language-label' }, ui.languageLabel, ...ui.languages))),
    h('main', {},
      h('section', { class: 'view' },
        h('div', { class: 'day-control' }, ui.dayLabel, ui.previous, ui.slider, ui.next, ui.date),
        ui.status,
        ui.map,
        ui.legend,
        ui.summary,
        h('section', { class: 'trend' }, ui.chartTitle, ui.chart)),
      h('div', { class: 'side' },
        ui.panel,
        h('section', {}, ui.gapsTitle, ui.gaps),
        h('section', { class: 'scenario' }, ui.scenarioTitle, ui.scenarioLabel, ui.scenario, ui.scenarioNote, ui.changes))));

  ui.route.addEventListener('change', () => { state.route = ui.route.value; state.country = null; state.without = null; refresh(); });
  ui.sector.addEventListener('change', () => { state.sector = ui.sector.value; refresh(); });
  ui.languages.forEach((button) => button.addEventListener('click', () => setLanguage(button.dataset.lang)));
  ui.slider.addEventListener('input', () => setDay(stops[Number(ui.slider.value)]));
  ui.previous.addEventListener('click', () => stepDay(-1));
  ui.next.addEventListener('click', () => stepDay(1));
  ui.date.addEventListener('change', () => { if (ui.date.value) setDay(ui.date.value); });
  ui.scenario.addEventListener('change', () => { state.without = ui.scenario.value || null; refresh(); });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && state.country)
      closePanel();
  });
}

function setDay(day) {
  if (!day || day === state.day)
    return;
  state.day = day;
  refresh();
}

/** The stop in force on the day: the last change date on or before it. */
function stopIndex(day) {
  let index = 0;
  stops.forEach((stop, i) => { if (stop <= day) index = i; });
  return index;
}

function stepDay(direction) {
  const index = stopIndex(state.day);
  const target = direction < 0 && stops[index] < state.day ? index : index + direction;
  if (target >= 0 && target < stops.length)
    setDay(stops[target]);
}

async function setLanguage(lang) {
  if (lang === state.lang)
    return;
  state.lang = lang;
  await loadPickers();
  refresh();
}

function selectCountry(iso2) {
  state.country = iso2;
  refresh({ focusPanel: true });
}

function closePanel() {
  const iso2 = state.country;
  state.country = null;
  refresh().then(() => ui.map.querySelector(`.marker[data-iso2="${iso2}"]`)?.focus());
}

async function loadPickers() {
  const data = await cached('ExplorerRoutes', { lang: state.lang });
  routes = data.routes;
  sectors = [...data.sectors].sort((a, b) => a.rank - b.rank);
  if (!routes.some((r) => r.id === state.route))
    state.route = routes[0]?.id ?? null;
  if (!sectors.some((s) => s.code === state.sector))
    state.sector = sectors[0]?.code ?? null;
}

// ---- rendering ----

function labels(w) {
  document.documentElement.lang = state.lang;
  document.title = w.title;
  ui.skip.textContent = w.skip;
  ui.title.textContent = w.title;
  ui.routeLabel.textContent = w.route;
  ui.sectorLabel.textContent = w.sector;
  ui.languageLabel.textContent = w.language;
  ui.dayLabel.textContent = w.day;
  ui.previous.setAttribute('aria-label', w.previous);
  ui.previous.title = w.previous;
  ui.next.setAttribute('aria-label', w.next);
  ui.next.title = w.next;
  ui.gapsTitle.textContent = w.gaps;
  ui.scenarioTitle.textContent = w.scenario;
  ui.scenarioLabel.textContent = w.scenarioLeaveOut;
  ui.scenarioNote.textContent = w.scenarioNote;
  ui.chartTitle.textContent = w.chart;
  ui.languages.forEach((b) => b.setAttribute('aria-pressed', b.dataset.lang === state.lang ? 'true' : 'false'));
  put(ui.route, routes.map((r) => h('option', { value: r.id, selected: r.id === state.route }, r.name)));
  put(ui.sector, sectors.map((s) => h('option', { value: s.code, selected: s.code === state.sector }, s.name)));
  ui.route.value = state.route;
  ui.sector.value = state.sector;
  put(ui.legend,
    ['COVERED', 'GAP', 'UNKNOWN'].map((code) => h('li', { 'data-state': code }, h('span', { class: `swatch state-${code}`, 'aria-hidden': 'true' }), w[code])),
    h('li', { 'data-state': 'NONE' }, h('span', { class: 'swatch state-NONE', 'aria-hidden': 'true' }), w.notMatrix),
    h('li', {}, h('span', { class: 'swatch leg', 'aria-hidden': 'true' }), w.leg));
}

const cellOf = (row, sector) => row?.cells.find((c) => c.sector === sector) ?? null;
const ratioText = (ratio, w) => (ratio === null || ratio === undefined ? w.noRatio : `${Math.round(ratio * 100)}%`);

function render({ route, base, coverage, trend, country, partnerships: details, evidence }, w) {
  const titles = new Map(route.partnerships.map((p) => [p.id, p.title]));
  labels(w);
  const sectorName = sectors.find((s) => s.code === state.sector)?.name ?? state.sector;
  const rows = new Map(coverage.rows.map((r) => [r.country.iso2, r]));

  // Day control: the stops are the trend's change dates.
  stops = [...new Set([...trend.all.points, ...trend.sector.points].map((p) => p.day))].sort();
  ui.slider.max = String(Math.max(0, stops.length - 1));
  ui.slider.value = String(stopIndex(state.day));
  ui.slider.setAttribute('aria-valuetext', state.day);
  ui.date.value = state.day;

  // Map.
  const countries = route.countries.map((rc) => {
    const cell = cellOf(rows.get(rc.country.iso2), state.sector);
    return { ...rc.country, roles: rc.roles, state: cell?.state ?? null, changed: cell?.changed ?? false };
  });
  ui.map.setAttribute('aria-label', w.map(route.name));
  drawMap(ui.map, {
    countries,
    legs: route.legs,
    selected: state.country,
    onSelect: selectCountry,
    label: (c) => w.countryLabel(c.name, c.state ? `${w[c.state]}${c.roles.length ? ` (${c.roles.map((r) => say(w.roleNames, r)).join(', ')})` : ''}` : w.notMatrix),
  });

  // Summary and chart.
  const bySector = coverage.bySector.find((s) => s.sector === state.sector);
  put(ui.summary,
    h('p', { class: 'ratio', 'data-ratio': bySector?.ratio ?? '' },
      h('strong', {}, `${w.ratioOf(sectorName)}: ${ratioText(bySector?.ratio, w)}`),
      bySector ? ` — ${w.counts(bySector.coveredCount, bySector.gapCount, bySector.unknownCount)}` : ''),
    h('p', { class: 'ratio-all' }, `${w.ratio} (${w.allSectors}): ${ratioText(coverage.ratio, w)} — ${w.counts(coverage.coveredCount, coverage.gapCount, coverage.unknownCount)}`));
  drawChart(ui.chart, {
    all: trend.all.points, sector: trend.sector.points, day: state.day, to: today(), title: w.chart, onPick: setDay,
  });

  // Gaps and unknown cells of the chosen sector.
  const listOf = (wanted) => coverage.rows
    .map((row) => ({ row, cell: cellOf(row, state.sector) }))
    .filter(({ cell }) => cell?.state === wanted)
    .map(({ row, cell }) => h('li', { 'data-iso2': row.country.iso2 },
      h('button', { type: 'button', class: 'link', onclick: () => selectCountry(row.country.iso2) }, row.country.name),
      ` (${row.roles.map((r) => say(w.roleNames, r)).join(', ')})`,
      cell.reason ? h('span', { class: 'reason' }, ` — ${say(w.reasons, cell.reason)}`) : null));
  const gaps = listOf('GAP');
  const unknown = listOf('UNKNOWN');
  put(ui.gaps,
    gaps.length ? h('ul', { class: 'gap-list' }, gaps) : h('p', {}, w.noGaps),
    unknown.length ? [h('h3', {}, w.unknown), h('ul', { class: 'unknown-list' }, unknown)] : null);

  // Scenario: any partnership on the route can be left out.
  const partnerships = new Map(route.partnerships.map((p) => [p.id, p.title]));
  if (state.without && !partnerships.has(state.without))
    partnerships.set(state.without, state.without); // left out by a shared URL, though it is not on this route
  put(ui.scenario,
    h('option', { value: '' }, w.scenarioNone),
    [...partnerships].sort((a, b) => a[1].localeCompare(b[1])).map(([id, title]) => h('option', { value: id, selected: id === state.without }, title)));
  ui.scenario.value = state.without ?? '';
  if (state.without) {
    const baseRows = new Map(base.rows.map((r) => [r.country.iso2, r]));
    const changed = coverage.rows.flatMap((row) => row.cells.filter((c) => c.changed).map((cell) => ({ row, cell })));
    put(ui.changes,
      h('h3', {}, w.scenarioChanges),
      changed.length
        ? h('ul', { class: 'change-list' }, changed.map(({ row, cell }) => {
          const before = cellOf(baseRows.get(row.country.iso2), cell.sector)?.state;
          return h('li', { 'data-iso2': row.country.iso2, 'data-sector': cell.sector },
            `${row.country.name} · ${sectors.find((s) => s.code === cell.sector)?.name ?? cell.sector}: `,
            h('span', { class: `badge state-${before}` }, w[before] ?? before), ' → ',
            h('span', { class: `badge state-${cell.state}` }, w[cell.state]));
        }))
        : h('p', {}, w.scenarioNoChange));
  } else {
    put(ui.changes);
  }

  // Country panel.
  if (state.country && country?.country) {
    renderPanel(ui.panel, {
      country: country.country, row: rows.get(state.country) ?? null, details, titles, evidence, routeId: state.route, sectors, day: state.day, w, onClose: closePanel,
    });
    ui.panel.hidden = false;
  } else {
    put(ui.panel, h('p', { class: 'hint' }, w.clickCountry));
  }
}

async function refresh({ focusPanel = false } = {}) {
  const current = ++generation;
  const w = words(state.lang);
  writeState(state);
  ui.status.textContent = w.loading;
  document.body.setAttribute('aria-busy', 'true');
  try {
    const scenario = state.without ? { without: [state.without] } : null;
    const to = state.day > today() ? state.day : today();
    const [routeData, base, scenarioCoverage, trend, country] = await Promise.all([
      cached('ExplorerRoute', { route: state.route, lang: state.lang }),
      cached('ExplorerCoverage', { route: state.route, day: state.day, lang: state.lang, scenario: null }),
      scenario ? cached('ExplorerCoverage', { route: state.route, day: state.day, lang: state.lang, scenario }) : null,
      cached('ExplorerTrend', { route: state.route, from: TREND_FROM, to, sector: state.sector, scenario }),
      state.country ? cached('ExplorerCountry', { iso2: state.country, day: state.day, lang: state.lang }) : null,
    ]);
    // The panel's partnerships, each asked for on its own (cheap, and shared between countries and views).
    const coverage = (scenarioCoverage ?? base).routeCoverage;
    const row = state.country ? coverage.rows.find((r) => r.country.iso2 === state.country) : null;
    const ids = [...new Set((row?.cells ?? []).flatMap((c) => c.partnerships.map((p) => p.id)))];
    const [details, evidence] = await Promise.all([
      Promise.all(ids.map((id) => cached('ExplorerPartnership', { id, day: state.day, lang: state.lang }))),
      Promise.all(row ? sectors.map((s) => cached('ExplorerEvidence', {
        route: state.route, day: state.day, sector: s.code, lang: state.lang, scenario,
      }).then((answer) => [s.code, answer.routeCoverage.cells.find((c) => c.country.iso2 === state.country)])) : []),
    ]);
    if (current !== generation)
      return; // a newer view was asked for meanwhile
    render({
      route: routeData.route,
      base: base.routeCoverage,
      coverage,
      trend,
      country,
      partnerships: details.map((d) => d.node).filter(Boolean),
      evidence: new Map(evidence),
    }, w);
    ui.status.textContent = '';
    document.body.dataset.day = state.day;
    document.body.dataset.ready = 'true';
    if (focusPanel)
      document.getElementById('panel-title')?.focus();
  } catch (error) {
    if (current === generation)
      ui.status.textContent = w.error + error.message;
  } finally {
    if (current === generation)
      document.body.removeAttribute('aria-busy');
  }
}

async function start() {
  layout();
  labels(words(state.lang));
  try {
    await Promise.all([loadWorld(), loadPickers()]);
  } catch (error) {
    ui.status.textContent = words(state.lang).error + error.message;
    return;
  }
  await refresh();
}

start();
