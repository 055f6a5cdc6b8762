/**
 * The SEN2 person-level return: reading it (the XML return, streamed, and the data collection
 * service's CSV export) into one model, and telling it from other inputs by content.
 */

export type {
  Sen2Source, Sen2Header, Sen2Placement, Sen2NamedPlan, Sen2Assessment, Sen2Need, Sen2ActivePlan, Sen2Request,
  Sen2Person, Sen2UnknownElement, Sen2Return,
} from './model.js';
export { readSen2Xml, streamSen2Xml, type Sen2XmlOptions, type Sen2StreamOptions, type Sen2StreamSummary } from './xml-reader.js';
export { readSen2Csv, type Sen2CsvFile, type Sen2CsvReturn } from './csv-reader.js';
export { detectSen2, type Sen2Detection, type Sen2InputKind } from './detect.js';
export type { Sen2TextInput } from './text-input.js';
export * from './cases.js';
