// The view lives in the URL's query string (route, sector, day, language, selected country, scenario), so a view
// can be shared by copying the address, and the back button is not needed to restore it.
import { languages } from './i18n.js';

const isDay = (text) => /^\d{4}-\d{2}-\d{2}$/.test(text ?? '');

/** Today in the browser's own calendar, as the API's Date scalar writes it. */
export function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function browserLanguage() {
  const tag = (navigator.language ?? 'en').slice(0, 2).toLowerCase();
  return languages.includes(tag) ? tag : 'en';
}

/** The view the address asks for; whatever it leaves out is filled in once the routes and sectors are known. */
export function readState(search = window.location.search) {
  const query = new URLSearchParams(search);
  const lang = query.get('lang');
  return {
    route: query.get('route') || null,
    sector: query.get('sector') || null,
    day: isDay(query.get('day')) ? query.get('day') : today(),
    lang: languages.includes(lang) ? lang : browserLanguage(),
    country: query.get('country') || null,
    without: query.get('without') || null,
  };
}

/** Writes the view into the address without reloading (replaceState: moving the day is not a page of history). */
export function writeState(state) {
  const query = new URLSearchParams();
  for (const key of ['route', 'sector', 'day', 'lang', 'country', 'without']) {
    if (state[key])
      query.set(key, state[key]);
  }
  const url = `${window.location.pathname}?${query}`;
  if (url !== `${window.location.pathname}${window.location.search}`)
    window.history.replaceState(null, '', url);
}
