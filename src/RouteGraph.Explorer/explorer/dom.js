// Tiny helpers to build the page: elements are created, never parsed from strings, so no text from the API can
// become markup.
const SVG = 'http://www.w3.org/2000/svg';

function fill(element, attrs, children) {
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false)
      continue;
    if (key.startsWith('on') && typeof value === 'function')
      element.addEventListener(key.slice(2), value);
    else
      element.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false)
      continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** An HTML element: h('p', { class: 'x' }, 'text', h('b', {}, 'bold')). */
export function h(tag, attrs, ...children) {
  return fill(document.createElement(tag), attrs, children);
}

/** An SVG element. */
export function s(tag, attrs, ...children) {
  return fill(document.createElementNS(SVG, tag), attrs, children);
}

/** Replaces the children of an element. */
export function put(element, ...children) {
  element.replaceChildren();
  return fill(element, {}, children);
}
