/**
 * The offline page's script: each part of the page mounted in its section. The page is a thin
 * layer: every date comes from the library's own modules, bundled into the one file.
 */
import { mountAudit } from './audit-view.js';
import { mountCalculator } from './calculator.js';
import { byId } from './dom.js';
import { mountTimeline } from './timeline-view.js';

mountCalculator(byId('calculator'));
mountTimeline(byId('timeline'));
mountAudit(byId('audit'));
