/**
 * GOV.UK Frontend components as the page uses them: the markup of the design system's components
 * (form groups, labels, hints, error summary and messages, radios, checkboxes, selects, buttons,
 * summary lists, tables, warning text, notification banners), so that their tested accessibility
 * comes with them. Only the markup: the page adds its own behaviour.
 */
import { h, type Child } from './dom.js';

/** A label, with the hint and error message ids a control's `aria-describedby` names. */
export interface Described {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly error?: string;
}

function describedBy(d: Described): string | undefined {
  const ids = [d.hint !== undefined ? `${d.id}-hint` : '', d.error !== undefined ? `${d.id}-error` : ''].filter((x) => x !== '');
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function hint(d: Described): Child {
  return d.hint !== undefined ? h('div', { class: 'govuk-hint', id: `${d.id}-hint` }, d.hint) : null;
}

/** The error message under a label: "Error:" is read out before it, as the design system does. */
export function errorMessage(id: string, text: string): HTMLElement {
  return h('p', { class: 'govuk-error-message', id: `${id}-error` }, h('span', { class: 'govuk-visually-hidden' }, 'Error: '), text);
}

function group(d: Described, ...children: Child[]): HTMLDivElement {
  return h('div', { class: `govuk-form-group${d.error !== undefined ? ' govuk-form-group--error' : ''}`, 'data-group-for': d.id }, ...children);
}

/** A labelled text-like input (`type` date, datetime-local, search, text). */
export function inputGroup(d: Described & { readonly type: string; readonly value?: string; readonly required?: boolean; readonly width?: string }): { group: HTMLDivElement; input: HTMLInputElement } {
  const input = h('input', {
    class: `govuk-input${d.width !== undefined ? ` ${d.width}` : ''}${d.error !== undefined ? ' govuk-input--error' : ''}`,
    id: d.id, name: d.id, type: d.type, 'aria-describedby': describedBy(d), required: d.required === true,
  });
  if (d.value !== undefined) input.value = d.value;
  const label = h('label', { class: 'govuk-label govuk-label--s', for: d.id }, d.label);
  return { group: group(d, label, hint(d), d.error !== undefined ? errorMessage(d.id, d.error) : null, input), input };
}

/** A labelled select of options, optionally in groups. */
export function selectGroup(d: Described & { readonly options: readonly (HTMLOptionElement | HTMLOptGroupElement)[] }): { group: HTMLDivElement; select: HTMLSelectElement } {
  const select = h('select', { class: `govuk-select${d.error !== undefined ? ' govuk-select--error' : ''}`, id: d.id, name: d.id, 'aria-describedby': describedBy(d) }, ...d.options);
  const label = h('label', { class: 'govuk-label govuk-label--s', for: d.id }, d.label);
  return { group: group(d, label, hint(d), d.error !== undefined ? errorMessage(d.id, d.error) : null, select), select };
}

/** A fieldset of radios (one choice), each with its label and an optional hint. */
export function radiosGroup(d: Described & { readonly choices: readonly { value: string; label: string; hint?: string }[]; readonly checked?: string; readonly small?: boolean }): { group: HTMLDivElement; inputs: HTMLInputElement[] } {
  const inputs: HTMLInputElement[] = [];
  const items = d.choices.map((c, i) => {
    const id = i === 0 ? d.id : `${d.id}-${i + 1}`;
    const input = h('input', { class: 'govuk-radios__input', id, name: d.id, type: 'radio', value: c.value, 'aria-describedby': c.hint !== undefined ? `${id}-item-hint` : undefined });
    input.checked = (d.checked ?? d.choices[0]?.value) === c.value;
    inputs.push(input);
    return h('div', { class: 'govuk-radios__item' },
      input,
      h('label', { class: 'govuk-label govuk-radios__label', for: id }, c.label),
      c.hint !== undefined ? h('div', { class: 'govuk-hint govuk-radios__hint', id: `${id}-item-hint` }, c.hint) : null);
  });
  const fieldset = h('fieldset', { class: 'govuk-fieldset', 'aria-describedby': describedBy(d) },
    h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, d.label),
    hint(d),
    d.error !== undefined ? errorMessage(d.id, d.error) : null,
    h('div', { class: `govuk-radios${d.small === true ? ' govuk-radios--small' : ''}`, 'data-module': 'govuk-radios' }, ...items));
  return { group: group(d, fieldset), inputs };
}

/** One checkbox with its label, in a form group. */
export function checkboxGroup(d: Described & { readonly checked?: boolean }): { group: HTMLDivElement; input: HTMLInputElement } {
  const input = h('input', { class: 'govuk-checkboxes__input', id: d.id, name: d.id, type: 'checkbox', value: 'yes', 'aria-describedby': describedBy(d) });
  input.checked = d.checked === true;
  const box = h('div', { class: 'govuk-checkboxes govuk-checkboxes--small', 'data-module': 'govuk-checkboxes' },
    h('div', { class: 'govuk-checkboxes__item' }, input, h('label', { class: 'govuk-label govuk-checkboxes__label', for: d.id }, d.label)));
  return { group: group(d, hint(d), d.error !== undefined ? errorMessage(d.id, d.error) : null, box), input };
}

/** A button (type button unless said). */
export function button(text: string, attrs: Readonly<Record<string, string>> = {}, secondary = false): HTMLButtonElement {
  return h('button', { type: 'button', class: `govuk-button${secondary ? ' govuk-button--secondary' : ''}`, 'data-module': 'govuk-button', ...attrs }, text);
}

/** The error summary: "There is a problem" and a link to each control at fault. */
export function errorSummary(problems: readonly { readonly message: string; readonly target?: string }[]): HTMLDivElement {
  return h('div', { class: 'govuk-error-summary', 'data-module': 'govuk-error-summary', tabindex: '-1' },
    h('div', { role: 'alert' },
      h('h2', { class: 'govuk-error-summary__title' }, 'There is a problem'),
      h('div', { class: 'govuk-error-summary__body' },
        h('ul', { class: 'govuk-list govuk-error-summary__list' },
          ...problems.map((p) => h('li', {}, p.target !== undefined ? h('a', { href: `#${p.target}`, 'data-target': p.target }, p.message) : p.message))))));
}

/** A summary list of key and value rows. */
export function summaryList(rows: readonly (readonly [string, Child | readonly Child[]])[]): HTMLElement {
  return h('dl', { class: 'govuk-summary-list' },
    ...rows.map(([key, value]) => h('div', { class: 'govuk-summary-list__row' },
      h('dt', { class: 'govuk-summary-list__key' }, key),
      h('dd', { class: 'govuk-summary-list__value' }, ...(Array.isArray(value) ? value : [value as Child])))));
}

/** Warning text: the "!" icon and the warning, with "Warning" read out before it. */
export function warningText(text: string): HTMLDivElement {
  return h('div', { class: 'govuk-warning-text' },
    h('span', { class: 'govuk-warning-text__icon', 'aria-hidden': 'true' }, '!'),
    h('strong', { class: 'govuk-warning-text__text' }, h('span', { class: 'govuk-visually-hidden' }, 'Warning'), text));
}

/** A notification banner holding a result (`success`) or a plain notice. */
export function notificationBanner(id: string, title: string, success: boolean, ...content: Child[]): HTMLDivElement {
  return h('div', { class: `govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''}`, role: 'region', 'aria-labelledby': `${id}-title`, 'data-module': 'govuk-notification-banner' },
    h('div', { class: 'govuk-notification-banner__header' }, h('h2', { class: 'govuk-notification-banner__title', id: `${id}-title` }, title)),
    h('div', { class: 'govuk-notification-banner__content' }, ...content));
}

/** A table with a caption, a header row and rows of cells (numbers right-aligned when said). */
export function table(caption: string, head: readonly string[], rows: readonly (readonly Child[])[], numeric: ReadonlySet<number> = new Set()): HTMLTableElement {
  const cls = (i: number, base: string) => `${base}${numeric.has(i) ? ` ${base}--numeric` : ''}`;
  return h('table', { class: 'govuk-table' },
    h('caption', { class: 'govuk-table__caption govuk-table__caption--s' }, caption),
    h('thead', { class: 'govuk-table__head' }, h('tr', { class: 'govuk-table__row' }, ...head.map((t, i) => h('th', { scope: 'col', class: cls(i, 'govuk-table__header') }, t)))),
    h('tbody', { class: 'govuk-table__body' }, ...rows.map((r) => h('tr', { class: 'govuk-table__row' }, ...r.map((c, i) => h('td', { class: cls(i, 'govuk-table__cell') }, c))))));
}

/** A tag (a short status word in a coloured box). */
export function tag(text: string, colour?: string): HTMLElement {
  return h('strong', { class: `govuk-tag${colour !== undefined ? ` govuk-tag--${colour}` : ''}` }, text);
}

/** A details element: a summary a person opens for more. */
export function details(summary: string, ...content: Child[]): HTMLDetailsElement {
  return h('details', { class: 'govuk-details' },
    h('summary', { class: 'govuk-details__summary' }, h('span', { class: 'govuk-details__summary-text' }, summary)),
    h('div', { class: 'govuk-details__text' }, ...content));
}
