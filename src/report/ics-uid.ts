/**
 * The UID of a deadline's calendar event: the same case, rule and due date give the same UID on
 * every run, in every time zone, so a calendar that imports the file again updates the event it
 * already holds instead of adding a second one.
 */

/** The domain-like part after `@`, which RFC 5545 §3.8.4.7 recommends so that UIDs are unique beyond one file. */
const UID_DOMAIN = 'send-timescales';

/**
 * A part of a UID with every character but ASCII letters, digits, `.`, `_`, `~` and `-` written as
 * `%XX` per UTF-8 byte. A case id may hold anything (`;`, `,`, spaces, `@`, line breaks, accents):
 * encoded, it can neither break the property line nor be read as a separator, and two different
 * ids never encode alike. Lone surrogates are encoded as U+FFFD by TextEncoder, as in any UTF-8 text.
 */
export function uidPart(text: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(text)) {
    const char = String.fromCharCode(byte);
    out += /[A-Za-z0-9._~-]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/**
 * What identifies one deadline event: the case (or, for a deadline worked out on its own, its
 * trigger), the rule and the due date. The same rule can fall due more than once in one case (a
 * review every 12 months), hence the due date.
 */
export type UidKey =
  | { readonly caseId: string; readonly ruleId: string; readonly due: string }
  | { readonly trigger: string | Readonly<Record<string, string>>; readonly ruleId: string; readonly due: string };

/** `case-<id>` or `trigger-<date>` (`trigger-move=…&aware=…` for named dates): the two never meet. */
function scopeOf(key: UidKey): string {
  if ('caseId' in key) return `case-${uidPart(key.caseId)}`;
  const trigger = typeof key.trigger === 'string' ? key.trigger : Object.entries(key.trigger).map(([k, v]) => `${k}=${v}`).join('&');
  return `trigger-${uidPart(trigger)}`;
}

/**
 * Gives each event of one calendar its UID. Two deadlines of one case with the same rule and due
 * date (two advice requests made the same day) are told apart by their order, `-2`, `-3` …, so no
 * event of the file replaces another; the first keeps the plain UID.
 */
export function uidMaker(): (key: UidKey) => string {
  const seen = new Map<string, number>();
  return (key) => {
    const base = `${scopeOf(key)}/${uidPart(key.ruleId)}/${uidPart(key.due)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return `${base}${count === 1 ? '' : `-${count}`}@${UID_DOMAIN}`;
  };
}
