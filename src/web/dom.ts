/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * A few lines of DOM building for the page: elements made from a tag, attributes and children, so
 * that the views read as the markup they produce. Text is always set as text, never as HTML.
 */

/** Attribute values: a string sets it, `true` sets it empty, `false`/`undefined` leaves it out. */
export type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;

/** A child: an element, text, or nothing (left out, so that conditional children read simply). */
export type Child = Node | string | number | null | undefined | false;

/**
 * An element with its attributes and children.
 * @example
 * ```ts
 * h('p', { class: 'govuk-body' }, 'Due: ', h('strong', {}, 'Monday 26 May 2025'));
 * ```
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attributes = {}, ...children: readonly (Child | readonly Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

/** Appends children (flattening arrays, skipping empty ones). */
export function append(parent: Node, children: readonly (Child | readonly Child[])[]): void {
  for (const child of children) {
    if (Array.isArray(child)) append(parent, child);
    else if (child instanceof Node) parent.appendChild(child);
    else if (child !== null && child !== undefined && child !== false) parent.appendChild(document.createTextNode(String(child)));
  }
}

/** Replaces an element's children. */
export function replace(parent: Element, ...children: readonly (Child | readonly Child[])[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** The element of an id the page itself made: missing means the page is broken, so say which. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (el === null) throw new Error(`The page has no element #${id}.`);
  return el as T;
}

/** Offers text as a file to save, made in the page (a blob URL): nothing is sent anywhere. */
export function download(name: string, text: string | Uint8Array, type: string): void {
  const blob = new Blob([text as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
