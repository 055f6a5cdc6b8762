export { deadline, type DeadlineOptions } from './deadline.js';
export { explain } from './explain.js';
export type { Deadline, DeadlineStatus, TraceStep } from './result.js';
export type { TriggerInput, TriggerObject } from './trigger.js';
