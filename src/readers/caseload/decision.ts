/**
 * A decision cell: the library's own word (`assess`, `not-assess`, `continue` …), or a council's
 * word for it through the column map's `decisions` (`Agreed to assess` → assess).
 */
import { matchKey, type CheckedColumnMap } from '../../schema/column-map.js';

/** The decision a cell names; a word neither the library nor the map knows is left as written, for the schema to refuse. */
export function decisionOf(text: string, map: CheckedColumnMap | undefined): string {
  return map?.decisions.get(matchKey(text)) ?? text;
}
