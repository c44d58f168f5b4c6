// The step chart: the route's coverage ratio at each change date (all sectors, and the chosen sector), with the
// chosen day marked. A click picks the change date in force at that point of the time axis.
import { s } from './dom.js';

const width = 640;
const height = 170;
const pad = { left: 40, right: 12, top: 10, bottom: 24 };

const time = (day) => Date.parse(`${day}T00:00:00Z`);

/** The step path of a series: flat from each point to the next, a gap where the ratio is null (no known cell). */
function steps(points, x, y, first, end) {
  let d = '';
  points.forEach((p, i) => {
    if (p.ratio === null || p.ratio === undefined)
      return;
    const x1 = x(Math.max(first, time(p.day)));
    const x2 = x(i + 1 < points.length ? time(points[i + 1].day) : end);
    const prev = points[i - 1];
    const joined = prev && prev.ratio !== null && prev.ratio !== undefined;
    d += `${joined ? 'L' : 'M'}${x1.toFixed(1)},${y(p.ratio).toFixed(1)} L${x2.toFixed(1)},${y(p.ratio).toFixed(1)} `;
  });
  return d.trim();
}

export function drawChart(svg, { all, sector, day, to, title, onPick }) {
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  // The axis starts a year before the first change (the trend's first point is its fixed start, long before any).
  const firstChange = [...new Set([...all, ...sector].map((p) => p.day))].sort()[1] ?? day;
  const first = Math.min(time(day), Date.UTC(Number(firstChange.slice(0, 4)) - 1, 0, 1));
  const end = Math.max(time(to), time(day)) + 86_400_000;
  const x = (t) => pad.left + ((t - first) / Math.max(1, end - first)) * (width - pad.left - pad.right);
  const y = (r) => pad.top + (1 - r) * (height - pad.top - pad.bottom);

  const years = [];
  const firstYear = new Date(first).getUTCFullYear();
  const lastYear = new Date(end).getUTCFullYear();
  const every = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 10));
  for (let year = firstYear + 1; year <= lastYear; year += every)
    years.push(year);

  const axis = s('g', { class: 'axis' },
    [0, 0.5, 1].map((r) => [
      s('line', { x1: pad.left, x2: width - pad.right, y1: y(r), y2: y(r), class: 'gridline' }),
      s('text', { x: pad.left - 6, y: y(r), dy: '0.35em', 'text-anchor': 'end' }, `${r * 100}%`),
    ]),
    years.map((year) => {
      const at = x(Date.UTC(year, 0, 1));
      return [
        s('line', { x1: at, x2: at, y1: height - pad.bottom, y2: height - pad.bottom + 4 }),
        s('text', { x: at, y: height - 6, 'text-anchor': 'middle' }, year),
      ];
    }));

  const marker = x(time(day));
  const pick = (event) => {
    const box = svg.getBoundingClientRect();
    const at = ((event.clientX - box.left) / box.width) * width;
    const stops = sector.length ? sector : all;
    const chosen = [...stops].reverse().find((p) => x(Math.max(first, time(p.day))) <= at) ?? stops[0];
    if (chosen)
      onPick(chosen.day);
  };

  svg.replaceChildren(
    s('title', {}, title),
    s('rect', { x: pad.left, y: pad.top, width: width - pad.left - pad.right, height: height - pad.top - pad.bottom, class: 'plot', onclick: pick }),
    axis,
    s('path', { d: steps(all, x, y, first, end), class: 'series all' }),
    s('path', { d: steps(sector, x, y, first, end), class: 'series sector' }),
    s('line', { x1: marker, x2: marker, y1: pad.top, y2: height - pad.bottom, class: 'today' }));
}
