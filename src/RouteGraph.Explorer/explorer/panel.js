// The country panel: the country's roles on the route, its partnerships sector by sector with their status on the day
// and their lifecycle, and for every fact the source document with the quote the graph holds.
import { say } from './i18n.js';
import { h } from './dom.js';

function sourceItem(source, w) {
  const doc = source.document ?? source; // Source { document, quote } or a bare Document
  const title = doc.url ? h('a', { href: doc.url, rel: 'noreferrer', target: '_blank' }, doc.title) : doc.title;
  return h('li', { class: 'source' },
    h('cite', {}, title),
    h('span', { class: 'publisher' }, [doc.publisher, doc.date].filter(Boolean).join(', ')),
    source.quote
      ? h('blockquote', { class: 'quote', 'data-document': doc.id }, source.quote)
      : source.document ? h('span', { class: 'no-quote' }, ` — ${w.noQuote}`) : null);
}

function sources(list, w) {
  return list?.length ? h('ul', { class: 'sources', 'aria-label': w.sources }, list.map((x) => sourceItem(x, w))) : null;
}

function partnershipItem(p, details, titles, day, w) {
  const full = details.get(p.id);
  const status = full?.statusOn;
  return h('li', { class: 'partnership', 'data-partnership': p.id },
    h('div', { class: 'partnership-title' },
      h('strong', {}, full?.title ?? titles.get(p.id) ?? p.id),
      status ? h('span', { class: `status status-${status}`, title: w.statusOn(day) }, say(w.statuses, status)) : null),
    full?.lifecycle?.length
      ? h('ol', { class: 'lifecycle', 'aria-label': w.lifecycle }, full.lifecycle.map((e) => h('li', {},
        h('span', { class: 'event' }, `${say(w.events, e.kind)} ${e.date ?? '?'}`),
        e.note ? h('span', { class: 'note' }, ` — ${e.note}`) : null)))
      : null,
    full?.sources?.length ? h('details', { class: 'more-sources' }, h('summary', {}, w.sources), sources(full.sources, w)) : null);
}

/**
 * The facts behind a cell, one entry per document and quote, saying which facts it supports (the country is a
 * partner, the partnership covers the sector, a lifecycle event): the same sentence often proves all three.
 */
function evidenceList(cell, w) {
  const grouped = new Map();
  for (const e of cell?.evidence ?? []) {
    const key = `${e.document.id}\u0000${e.quote ?? ''}`;
    const entry = grouped.get(key) ?? { ...e, facts: new Set() };
    entry.facts.add(e.fact);
    grouped.set(key, entry);
  }
  if (grouped.size === 0)
    return null;
  return h('div', { class: 'evidence' },
    h('h5', {}, w.evidence),
    h('ul', { class: 'sources' }, [...grouped.values()].map((e) => h('li', { class: 'source' },
      h('span', { class: 'facts' }, [...e.facts].map((f) => say(w.facts, f)).join(', ')),
      [...sourceItem(e, w).childNodes]))));
}

function activityList(cell, w) {
  if (!cell?.activities?.length)
    return null;
  return h('div', { class: 'activities' },
    h('h5', {}, w.activities),
    h('ul', {}, cell.activities.map((a) => h('li', {},
      a.programme.name, h('span', { class: 'note' }, ` — ${say(w.relations, a.relation)}, ${say(w.statuses, a.status)}`)))));
}

/**
 * Renders the panel. `country`: the ExplorerCountry answer; `row`: the country's row of the coverage matrix (null for
 * a country with no row: an EU member state, an arrival country); `details`: the ExplorerPartnership answers for the
 * row's partnerships; `titles`: partnership id -> title for those on the route; `evidence`: sector code -> the country's cell of ExplorerEvidence; `sectors`: [{ code, name }] in rank order.
 */
export function renderPanel(container, { country, row, details: detailed, titles, evidence, routeId, sectors, day, w, onClose }) {
  const onRoute = country.routes.find((r) => r.route.id === routeId);
  const details = new Map([...country.partnerships, ...detailed].map((p) => [p.id, p]));
  const roles = row?.roles ?? onRoute?.roles ?? [];

  container.replaceChildren(
    h('div', { class: 'panel-head' },
      h('h2', { id: 'panel-title', tabindex: -1 }, country.name),
      h('button', { type: 'button', class: 'close', onclick: onClose, 'aria-label': w.close }, '×')),
    h('section', {},
      h('h3', {}, w.roles),
      h('p', { class: 'roles' }, roles.map((r) => say(w.roleNames, r)).join(', ')),
      onRoute ? sources(onRoute.sources, w) : null),
    row
      ? h('section', {},
        h('h3', {}, w.bySector),
        sectors.map((sector) => {
          const cell = row.cells.find((c) => c.sector === sector.code);
          if (!cell)
            return null;
          return h('div', { class: 'sector-cell', 'data-sector': sector.code, 'data-state': cell.state },
            h('h4', {},
              h('span', { class: `badge state-${cell.state}` }, w[cell.state] ?? cell.state),
              ` ${sector.name}`,
              cell.reason ? h('span', { class: 'reason' }, ` — ${say(w.reasons, cell.reason)}`) : null),
            cell.partnerships.length
              ? h('ul', { class: 'partnerships' }, cell.partnerships.map((p) => partnershipItem(p, details, titles, day, w)))
              : h('p', { class: 'none' }, w.noPartnership),
            evidenceList(evidence?.get(sector.code), w),
            activityList(evidence?.get(sector.code), w));
        }))
      : null,
    country.sources.length ? h('section', {}, h('h3', {}, w.countrySources), sources(country.sources, w)) : null);
}
