// The route map: a world basemap (Natural Earth shapes from world-atlas, projected with d3-geo), the route's
// countries coloured by their coverage state in the chosen sector, and the route's legs drawn as arcs.
import { geoContains, geoGraticule10, geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { s } from './dom.js';

const width = 960;
const height = 540;
const glyph = { COVERED: '✓', GAP: '✕', UNKNOWN: '?' };

let world = null;
const shapeOf = new Map(); // iso2 -> world feature, found once per country

/** Loads the basemap, served beside the page by the API (no other host). */
export async function loadWorld() {
  const response = await fetch('explore/countries-110m.json');
  const topology = await response.json();
  world = feature(topology, topology.objects.countries).features;
}

/**
 * The world shape a country of the graph is drawn as: the one holding its centroid. world-atlas keys its shapes by
 * ISO numeric code, which the API does not give; the centroid the API gives finds the shape without a lookup table.
 * Countries too small for the 1:110m shapes (Malta) have none and are drawn as their marker only.
 */
function shape(country) {
  if (!country.centroid || !world)
    return null;
  if (!shapeOf.has(country.iso2))
    shapeOf.set(country.iso2, world.find((f) => geoContains(f, [country.centroid.lon, country.centroid.lat])) ?? null);
  return shapeOf.get(country.iso2);
}

/** An arc from one point to another: a quadratic curve bowed to the left of the direction of travel. */
function arc([x1, y1], [x2, y2]) {
  const [mx, my] = [(x1 + x2) / 2, (y1 + y2) / 2];
  const [dx, dy] = [x2 - x1, y2 - y1];
  const bow = 0.2;
  return `M${x1.toFixed(1)},${y1.toFixed(1)} Q${(mx - dy * bow).toFixed(1)},${(my + dx * bow).toFixed(1)} ${x2.toFixed(1)},${y2.toFixed(1)}`;
}

/**
 * Draws the map into an <svg>. `countries`: [{ iso2, name, centroid, roles, state (COVERED | GAP | UNKNOWN | null when
 * the country has no row in the matrix), changed }]; `legs`: [{ from, to }] with the same country shapes.
 */
export function drawMap(svg, { countries, legs, selected, label, onSelect }) {
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const placed = countries.filter((c) => c.centroid);
  const projection = geoNaturalEarth1();
  if (placed.length > 1)
    projection.fitExtent([[70, 50], [width - 120, height - 50]], // room on the right for the names
      { type: 'MultiPoint', coordinates: placed.map((c) => [c.centroid.lon, c.centroid.lat]) });
  const path = geoPath(projection);
  const at = (c) => projection([c.centroid.lon, c.centroid.lat]);

  const filled = new Map(placed.map((c) => [shape(c), c]).filter(([f]) => f));
  const defs = s('defs', {},
    s('pattern', { id: 'hatch', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
      s('rect', { width: 6, height: 6, class: 'hatch-ground' }),
      s('line', { x1: 0, y1: 0, x2: 0, y2: 6, class: 'hatch-line' })),
    s('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
      s('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrow' })));

  const land = s('g', { class: 'land' },
    (world ?? []).map((f) => {
      const country = filled.get(f);
      const state = country ? `on-route state-${country.state ?? 'NONE'}` : '';
      // Clicking the shape does what clicking the marker does; the markers are the keyboard's way in.
      return s('path', { d: path(f), class: `shape ${state}`.trim(), 'data-iso2': country?.iso2, onclick: country ? () => onSelect(country.iso2) : undefined });
    }));

  const arcs = s('g', { class: 'legs', 'aria-hidden': 'true' },
    legs.filter((l) => l.from.centroid && l.to.centroid)
      .map((l) => s('path', { d: arc(at(l.from), at(l.to)), class: 'leg', 'marker-end': 'url(#arrow)', 'data-leg': `${l.from.iso2}-${l.to.iso2}` })));

  const markers = s('g', { class: 'markers' },
    placed.map((c) => {
      const [x, y] = at(c);
      const state = c.state ?? 'NONE';
      const activate = (event) => {
        if (event.type === 'click' || event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onSelect(c.iso2);
        }
      };
      return s('g', {
        class: `marker state-${state}${c.changed ? ' changed' : ''}${c.iso2 === selected ? ' selected' : ''}`,
        transform: `translate(${x.toFixed(1)},${y.toFixed(1)})`,
        tabindex: 0,
        role: 'button',
        'aria-pressed': c.iso2 === selected ? 'true' : 'false',
        'aria-label': label(c),
        'data-iso2': c.iso2,
        'data-state': state,
        onclick: activate,
        onkeydown: activate,
      },
      s('title', {}, label(c)),
      c.changed ? s('circle', { r: 13, class: 'ring' }) : null,
      s('circle', { r: 9, class: 'dot' }),
      s('text', { class: 'glyph', dy: '0.35em' }, glyph[state] ?? ''),
      s('text', { class: 'name', x: 13, dy: '0.35em' }, c.name));
    }));

  svg.replaceChildren(defs,
    s('path', { d: path({ type: 'Sphere' }), class: 'sea' }),
    s('path', { d: path(geoGraticule10()), class: 'graticule' }),
    land, arcs, markers);
}
