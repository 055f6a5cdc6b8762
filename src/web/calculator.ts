/**
 * The deadline calculator: a rule chosen from every rule (searchable), its trigger entered in the
 * inputs its record defines, the options it takes; the result of `deadline()` shown as `explain()`
 * gives it (due date in long form, citation and link, wording, the steps, the warnings) as soon as
 * the inputs are complete. The state lives in the address so that a result can be shared.
 */
import { formatLong } from '../day/arithmetic.js';
import { deadline } from '../engine/deadline.js';
import { explain } from '../engine/explain.js';
import type { Deadline } from '../engine/result.js';
import { getRule } from '../law/index.js';
import type { Rule } from '../law/types.js';
import { termCalendarFromCsv, type TermCalendar } from '../calendar/terms.js';
import { createTermCalendar } from '../schema/create-term-calendar.js';
import { SendTimescalesError } from '../errors.js';
import { byId, h, replace } from './dom.js';
import { complete, formModel, optionsOf, triggerOf, type FormModel } from './form-model.js';
import {
  checkboxGroup, details, errorMessage, errorSummary, inputGroup, notificationBanner, radiosGroup, selectGroup, summaryList, warningText,
} from './govuk.js';
import { problemsOf, type Problem } from './problems.js';
import { grouped, ruleCatalogue, searchRules, type RuleEntry } from './rule-catalogue.js';
import { decodeState, encodeState, type CalculatorState } from './url-state.js';

const SEARCH_ID = 'calc-search';
const RULE_ID = 'calc-rule';
const fieldId = (name: string) => `calc-field-${name}`;
const optionId = (name: string) => `calc-option-${name}`;
const TERMS_ID = 'calc-terms';

const FORCE_WORDS: Readonly<Record<Deadline['force'], string>> = {
  statute: 'Statute: a duty ("must")',
  guidance: 'Guidance: the Code of Practice ("should")',
  local: "A council's own standard",
};

/** The calculator in its section of the page. */
export function mountCalculator(root: HTMLElement): void {
  const catalogue = ruleCatalogue();
  const search = inputGroup({ id: SEARCH_ID, label: 'Search the rules', hint: 'Part of a title, a rule id or a provision, for example "20 weeks", "final-plan" or "reg 13".', type: 'search', width: 'govuk-!-width-two-thirds' });
  const ruleSelect = selectGroup({ id: RULE_ID, label: 'Rule', hint: 'Statutory, guidance and tribunal rules, and the built-in council profiles\' own standards.', options: [] });
  const matches = h('p', { class: 'govuk-body-s', id: 'calc-matches', 'aria-live': 'polite' });
  const formArea = h('div', { id: 'calc-form' });
  const errorArea = h('div', { id: 'calc-errors' });
  const resultArea = h('div', { id: 'calc-result', 'aria-live': 'polite' });
  replace(root,
    h('h2', { class: 'govuk-heading-l' }, 'Deadline calculator'),
    h('p', { class: 'govuk-body' }, 'Choose a rule, enter the date that starts it, and the page works out the last day to do it in time, with the law it comes from and each step of the counting.'),
    errorArea,
    search.group, ruleSelect.group, matches, formArea, resultArea);

  let model: FormModel | undefined;
  let rule: Rule | undefined;
  /**
   * The school term calendar opened for a rule that reads term dates. A file cannot be put in the
   * address, so it is kept here while the page is open (across rules) and must be opened again after.
   */
  let terms: TermCalendar | undefined;

  /** Fills the Rule select with the rules a search finds, keeping the chosen rule listed. */
  const listRules = (query: string, keep: string) => {
    const found = searchRules(catalogue, query);
    const shown: readonly RuleEntry[] = found.some((e) => e.id === keep) || keep === '' ? found : [...catalogue.filter((e) => e.id === keep), ...found];
    const groups = [...grouped(shown)].map(([label, entries]) => h('optgroup', { label },
      ...entries.map((e) => h('option', { value: e.id }, `${e.title} (${e.provision}; ${e.id})`))));
    replace(ruleSelect.select, h('option', { value: '' }, 'Choose a rule'), ...groups);
    ruleSelect.select.value = keep;
    matches.textContent = query.trim() === '' ? `${catalogue.length} rules.` : `${found.length} of ${catalogue.length} rules match "${query.trim()}".`;
  };

  /** Draws the trigger inputs and the options of the chosen rule, filled from a state. */
  const drawForm = (state: CalculatorState | undefined) => {
    const id = ruleSelect.select.value;
    rule = id === '' ? undefined : getRule(id);
    model = rule === undefined ? undefined : formModel(rule);
    if (rule === undefined || model === undefined) {
      replace(formArea);
      return;
    }
    const controls: Node[] = [];
    for (const f of model.fields) {
      const value = state?.trigger[f.name] ?? '';
      if (f.control === 'rule-select') {
        const options = [h('option', { value: '' }, 'Choose a rule'), ...catalogue.map((e) => h('option', { value: e.id }, `${e.id}: ${e.title}`))];
        const g = selectGroup({ id: fieldId(f.name), label: f.label, ...(f.hint !== undefined ? { hint: f.hint } : {}), options });
        g.select.value = value;
        controls.push(g.group);
      } else {
        controls.push(inputGroup({ id: fieldId(f.name), label: f.label, ...(f.hint !== undefined ? { hint: f.hint } : {}), type: f.control, value, required: f.required, width: f.control === 'date' ? 'govuk-input--width-10' : 'govuk-input--width-20' }).group);
      }
    }
    for (const o of model.options) {
      const chosen = state?.options[o.name];
      if (o.control === 'checkbox') {
        const g = checkboxGroup({ id: optionId(o.name), label: o.label, ...(o.hint !== undefined ? { hint: o.hint } : {}), checked: chosen === 'yes' });
        if (o.more !== undefined) g.group.appendChild(details(`What ${o.hint?.split(',')[0] ?? 'this'} changed`, h('p', { class: 'govuk-body-s' }, o.more)));
        controls.push(g.group);
      } else {
        const checked = o.choices.some((c) => c.value === chosen) ? chosen : undefined;
        controls.push(radiosGroup({ id: optionId(o.name), label: o.label, ...(o.hint !== undefined ? { hint: o.hint } : {}), choices: o.choices, ...(checked !== undefined ? { checked } : {}), small: true }).group);
      }
    }
    if (model.terms === true) {
      const input = inputGroup({
        id: TERMS_ID, label: 'School term dates', type: 'file',
        hint: 'This rule counts school days or needs a term date, so it needs the school\'s own term dates: a term calendar file, JSON or CSV (see examples/terms-example.json). It is read here, in your browser, and is not kept in the page\'s address.',
      });
      input.input.setAttribute('accept', '.json,.csv,application/json,text/csv');
      input.input.addEventListener('change', () => void openTerms(input.input.files?.[0]));
      controls.push(input.group, h('p', { class: 'govuk-body-s', id: `${TERMS_ID}-status`, 'aria-live': 'polite' }, termsStatus()));
    }
    replace(formArea,
      h('h3', { class: 'govuk-heading-m' }, rule.title),
      h('p', { class: 'govuk-body' }, `${rule.citation.provision} of ${rule.citation.instrument}. Owed by: ${rule.owedBy}. Starts with: ${rule.trigger}.`),
      model.profile !== undefined ? summaryList([['Council profile', `${model.profile} (this rule is one of its own standards, worked out with it)`]]) : null,
      ...controls);
  };

  /** What the page holds of a term calendar, in a sentence. */
  const termsStatus = (): string => (terms === undefined
    ? 'No term calendar is open: without one the rule gives no date (the library never guesses term dates).'
    : `Term calendar open: ${terms.name}, ${formatLong(terms.firstDate)} to ${formatLong(terms.lastDate)} (source: ${terms.source}).`);

  /** Reads a term calendar file (JSON as docs/terms.md describes it, or CSV), checks it, and works the result out again. */
  const openTerms = async (file: File | undefined) => {
    if (file === undefined) return;
    try {
      const text = await file.text();
      terms = file.name.toLowerCase().endsWith('.csv')
        ? createTermCalendar(termCalendarFromCsv(text, { name: file.name, source: `file ${file.name}` }))
        : createTermCalendar(parseJson(text, file.name) as Parameters<typeof createTermCalendar>[0]);
    } catch (error) {
      terms = undefined;
      update();
      showErrors(problemsOf(error).map((p) => ({ ...p, path: TERMS_ID })));
      return;
    }
    update();
  };

  /** The values in the inputs now. */
  const readState = (): CalculatorState | undefined => {
    if (model === undefined) return undefined;
    const trigger: Record<string, string> = {};
    for (const f of model.fields) trigger[f.name] = (byId<HTMLInputElement | HTMLSelectElement>(fieldId(f.name))).value.trim();
    const options: Record<string, string> = {};
    for (const o of model.options) {
      if (o.control === 'checkbox') options[o.name] = byId<HTMLInputElement>(optionId(o.name)).checked ? 'yes' : '';
      else {
        const picked = formArea.querySelector<HTMLInputElement>(`input[name="${optionId(o.name)}"]:checked`);
        // The first choice is the library's default: the address names only a choice that differs.
        options[o.name] = picked === null || picked.value === o.choices[0]?.value ? '' : picked.value;
      }
    }
    return { rule: model.ruleId, trigger, options };
  };

  /** Works the result out when the inputs are complete, and puts the state in the address. */
  const update = () => {
    clearErrors();
    const state = readState();
    const address = state === undefined ? '' : `#${encodeState(state)}`;
    if (address !== location.hash && !(address === '' && !location.hash.includes('='))) {
      history.replaceState(null, '', address === '' ? location.pathname + location.search : address);
    }
    if (state === undefined || model === undefined || rule === undefined) {
      replace(resultArea, h('p', { class: 'govuk-body' }, 'Choose a rule to see the dates it needs.'));
      return;
    }
    if (!complete(model, state.trigger)) {
      replace(resultArea, h('p', { class: 'govuk-body' }, 'Enter every date above to see the due date.'));
      return;
    }
    const status = document.getElementById(`${TERMS_ID}-status`);
    if (status !== null) status.textContent = termsStatus();
    try {
      const options = optionsOf(model, state.options);
      const result = deadline(rule.id, triggerOf(rule, state.trigger), model.terms === true && terms !== undefined ? { ...options, terms } : options);
      replace(resultArea, resultView(result));
    } catch (error) {
      showErrors(problemsOf(error));
      replace(resultArea);
    }
  };

  const clearErrors = () => {
    replace(errorArea);
    for (const g of root.querySelectorAll('.govuk-form-group--error')) g.classList.remove('govuk-form-group--error');
    for (const m of root.querySelectorAll('.govuk-error-message')) m.remove();
    for (const i of root.querySelectorAll('.govuk-input--error, .govuk-select--error')) i.classList.remove('govuk-input--error', 'govuk-select--error');
  };

  const targetOf = (path: string | undefined): string | undefined => {
    if (model === undefined || path === undefined) return undefined;
    if (path === 'trigger' || path === 'date') return model.fields[0] !== undefined ? fieldId(model.fields[0].name) : undefined;
    if (path.startsWith('trigger.')) {
      const name = path.slice('trigger.'.length);
      return model.fields.some((f) => f.name === name) ? fieldId(name) : undefined;
    }
    if (model.options.some((o) => o.name === path)) return optionId(path);
    if (path === TERMS_ID || path === 'terms' || path.startsWith('terms.')) return model.terms === true ? TERMS_ID : undefined;
    return path === 'ruleId' ? RULE_ID : undefined;
  };

  const showErrors = (problems: readonly Problem[]) => {
    const linked = problems.map((p) => ({ message: p.message, target: targetOf(p.path) ?? RULE_ID }));
    replace(errorArea, errorSummary(linked));
    for (const p of linked) {
      const control = document.getElementById(p.target);
      const group = control?.closest('.govuk-form-group');
      if (!control || !group) continue;
      group.classList.add('govuk-form-group--error');
      control.classList.add(control.tagName === 'SELECT' ? 'govuk-select--error' : 'govuk-input--error');
      // Under the label and its hint, as the design system places an error message.
      const above = group.querySelector(':scope > .govuk-hint') ?? group.querySelector('label, legend');
      above?.after(errorMessage(p.target, p.message));
      control.setAttribute('aria-describedby', [control.getAttribute('aria-describedby'), `${p.target}-error`].filter(Boolean).join(' '));
    }
  };

  // The error summary's links move focus to the control, as the design system's script does.
  errorArea.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a[data-target]');
    if (!link) return;
    event.preventDefault();
    document.getElementById(link.getAttribute('data-target') ?? '')?.focus();
  });

  /** Opens a state (from the address): its rule listed and chosen, its values filled in. */
  const open = (state: CalculatorState | undefined) => {
    const known = state !== undefined && catalogue.some((e) => e.id === state.rule);
    listRules(search.input.value, known ? state.rule : ruleSelect.select.value);
    drawForm(known ? state : undefined);
    update();
    if (state !== undefined && !known) showErrors([{ message: `The address names a rule "${state.rule}" the library does not have: choose one from the list.`, path: 'ruleId' }]);
  };

  search.input.addEventListener('input', () => listRules(search.input.value, ruleSelect.select.value));
  ruleSelect.select.addEventListener('change', () => {
    drawForm(undefined);
    update();
  });
  formArea.addEventListener('input', update);
  formArea.addEventListener('change', update);
  window.addEventListener('hashchange', () => {
    const state = decodeState(location.hash);
    if (state !== undefined) open(state);
  });
  open(decodeState(location.hash));
}

/** The result of `deadline()` in the parts `explain()` gives, each in GOV.UK markup. */
function resultView(result: Deadline): HTMLElement {
  const headline = result.due !== null
    ? [h('p', { class: 'govuk-notification-banner__heading', id: 'calc-due' }, `Due: ${formatLong(result.due)}`),
      h('p', { class: 'govuk-body' }, `${result.due}: the last day on which it is done in time.`)]
    : [h('p', { class: 'govuk-notification-banner__heading', id: 'calc-due' }, result.status !== undefined ? `No due date: the limit is ${result.status}` : 'No due date'),
      result.reason !== undefined ? h('p', { class: 'govuk-body' }, result.reason) : null];
  const trigger = typeof result.trigger === 'string'
    ? `${formatLong(result.trigger)} (${result.trigger})`
    : Object.entries(result.trigger).map(([k, v]) => `${k}: ${/^\d{4}-\d{2}-\d{2}$/.test(v) ? `${formatLong(v)} (${v})` : v}`).join('; ');
  const rows: [string, Node | string | (Node | string)[]][] = [
    ['Rule', `${result.title} (${result.ruleId})`],
    ['Trigger', trigger],
    ['Citation', [`${result.citation.instrument}, ${result.citation.provision}. `, h('a', { class: 'govuk-link', href: result.citation.url, rel: 'noreferrer' }, `${result.citation.provision} on legislation.gov.uk`)]],
    ['Force', FORCE_WORDS[result.force]],
  ];
  if (result.wouldHaveBeenDue !== undefined) rows.push([`Without the ${result.status === 'relaxed' ? 'relaxation' : 'exception'}`, `${formatLong(result.wouldHaveBeenDue)} (${result.wouldHaveBeenDue})`]);
  if (result.statutory) rows.push(['The law\'s date', `${result.statutory.ruleId}: ${result.statutory.due !== null ? `${formatLong(result.statutory.due)} (${result.statutory.due})` : result.statutory.status ?? 'no date'}`]);
  return h('div', {},
    notificationBanner('calc-banner', 'Result', result.due !== null, ...headline),
    summaryList(rows),
    h('h3', { class: 'govuk-heading-s' }, 'The wording of the law'),
    h('blockquote', { class: 'govuk-inset-text', id: 'calc-wording' }, `"${result.wording}"`),
    result.exception ? h('p', { class: 'govuk-body' }, `Exception ${result.exception.code} (${result.exception.citation.provision}): "${result.exception.wording}"`) : null,
    h('h3', { class: 'govuk-heading-s' }, 'How the date was worked out'),
    h('ol', { class: 'govuk-list govuk-list--number', id: 'calc-trace' },
      ...result.trace.map((s) => h('li', {}, s.step, s.date ? ` [${s.date}]` : '', s.detail ? `: ${s.detail}` : ''))),
    result.warnings.length > 0 ? h('div', { id: 'calc-warnings' }, h('h3', { class: 'govuk-heading-s' }, 'Warnings'), ...result.warnings.map((w) => warningText(w))) : null,
    details('The explanation as text, to copy', h('pre', { class: 'app-pre' }, explain(result))));
}

/** A file's text as JSON, or the library's error naming the file. */
function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SendTimescalesError('MALFORMED_FILE', 'terms', name, `The term calendar ${name} is not JSON (${(error as Error).message}): open a term calendar file as docs/terms.md describes it, or a CSV of term,start,end,half_term_start,half_term_end.`);
  }
}
