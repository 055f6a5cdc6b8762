/** Telling the files the page opens apart by their content (issue 17 §1.3: CSV, SEN2 XML, Excel). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileKind, jsonKind } from '../../src/web/file-kind.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('fileKind', () => {
  it.each([
    ['examples/caseload.csv', 'csv'],
    ['examples/wide-caseload.csv', 'csv'],
    ['examples/wide-caseload.xlsx', 'xlsx'],
    ['examples/case.json', 'json'],
    ['examples/wide-map.json', 'json'],
  ])('%s is %s', (path, kind) => {
    expect(fileKind(new Uint8Array(readFileSync(path))).kind).toBe(kind);
  });

  it('an SEN2 return\'s XML and a file of its CSV export, whatever they are called', () => {
    expect(fileKind(bytes('<?xml version="1.0"?><Message><Header><CollectionDetails><Collection>SEN2</Collection>')).kind).toBe('sen2-xml');
    expect(fileKind(bytes('requeststableid,persontableid,receiveddate\n')).kind).toBe('sen2-csv');
  });

  it('text that is none of them is unknown, with the reason', () => {
    const found = fileKind(bytes('hello'));
    expect(found.kind).toBe('unknown');
    expect(found.reason).not.toBe('');
  });
});

describe('jsonKind', () => {
  it('a case, a caseload and { cases } are cases; examples/wide-map.json is a column map', () => {
    expect(jsonKind(JSON.parse(readFileSync('examples/case.json', 'utf8')))).toBe('cases');
    expect(jsonKind([])).toBe('cases');
    expect(jsonKind({ cases: [] })).toBe('cases');
    expect(jsonKind(JSON.parse(readFileSync('examples/wide-map.json', 'utf8')))).toBe('column-map');
    expect(jsonKind({ somethingElse: 1 })).toBe('unknown');
    expect(jsonKind(42)).toBe('unknown');
  });
});
