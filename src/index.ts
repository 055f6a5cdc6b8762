/**
 * send-timescales: the statutory deadlines of England's SEND system as pure, cited, traced
 * date arithmetic. Everything here is a re-export; see the modules for the details.
 * @packageDocumentation
 */
export * from './day/index.js';
export * from './calendar/index.js';
export { SendTimescalesError, errorCodes, type ErrorCode } from './errors.js';
export { version } from './version.js';
