// The output contract: schema/claims.schema.json validates what the built binary really prints
// (--json and --format ndjson), on the bundled report and on the corpus reports when present.
import Ajv, { type ValidateFunction } from 'ajv';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIM_KINDS, MODALITIES, QUALIFIERS, SECTOR_IDS } from '../../src/core/types.js';
import { SCHEMA_ID } from '../../src/printers/json.js';
import { fixture, root, zhibiao } from '../e2e-run.js';

const schema = JSON.parse(readFileSync(join(root, 'schema', 'claims.schema.json'), 'utf8'));
const ID = 'https://zhibiao.dev/schema/claims-1.json';
const ajv = new Ajv({ allErrors: true, strict: true });
ajv.addSchema(schema);
const anyOutput = ajv.getSchema(ID)!;
const documentObject = ajv.getSchema(`${ID}#/definitions/document`)!;
const ndjsonLine = ajv.getSchema(`${ID}#/definitions/ndjsonLine`)!;

const corpus = ['ganzi-2024', 'hangzhou-2024', 'sichuan-2025']
  .map((name) => join(root, '..', 'shared', 'corpus', `${name}.txt`))
  .filter((path) => existsSync(path));

function expectValid(validate: ValidateFunction, value: unknown): void {
  const ok = validate(value);
  expect(ok ? [] : ajv.errorsText(validate.errors, { separator: '\n' }).split('\n').slice(0, 5)).toEqual([]);
}

function extract(args: string[]): string {
  const run = zhibiao(['extract', ...args]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout;
}

describe('schema/claims.schema.json', () => {
  it('is the version the output names, with the core’s enums', () => {
    expect(schema.$id).toBe(ID);
    expect(schema.definitions.schemaName.const).toBe(SCHEMA_ID);
    const fields = schema.definitions.claimFields.properties;
    expect(fields.kind.enum).toEqual([...CLAIM_KINDS]);
    expect(fields.qualifier.enum).toEqual([...QUALIFIERS, null]);
    expect(fields.modality.enum).toEqual([...MODALITIES]);
    expect(fields.sector.enum).toEqual([...SECTOR_IDS]);
  });

  it('validates --json on the bundled report: one document object', () => {
    const output = JSON.parse(extract([fixture, '--json']));
    expect(output.claims.length).toBeGreaterThan(300);
    expectValid(documentObject, output);
    expectValid(anyOutput, output);
  });

  it('validates every --format ndjson line of the bundled report', () => {
    const lines = extract([fixture, '--format', 'ndjson']).trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(300);
    for (const line of lines) expectValid(ndjsonLine, JSON.parse(line));
  });

  it.runIf(corpus.length > 1)('validates --json and ndjson on the corpus reports together (an array of documents)', () => {
    const docs = JSON.parse(extract([...corpus, '--json']));
    expect(docs.map((d: { document: string }) => d.document)).toHaveLength(corpus.length);
    expectValid(anyOutput, docs);
    const lines = extract([...corpus, '--format', 'ndjson']).trimEnd().split('\n');
    expect(new Set(lines.map((l) => JSON.parse(l).document)).size).toBe(corpus.length);
    for (const line of lines) expectValid(ndjsonLine, JSON.parse(line));
  }, 60_000);

  it('rejects what breaks the contract: a value JSON turned to null, an unknown field, another version', () => {
    const output = JSON.parse(extract([fixture, '--json']));
    const claim = output.claims[0];
    const broken = [
      { ...output, claims: [{ ...claim, value: null }] }, // Infinity prints as null
      { ...output, claims: [{ ...claim, document: 'x' }] }, // the document belongs to ndjson lines only
      { ...output, claims: [{ ...claim, span: { start: 3 } }] },
      { ...output, claims: [{ ...claim, sector: 'sports' }] },
      { ...output, schema: 'zhibiao/claims@2' },
      { ...output, encoding: 'gbk' },
      { ...output, level: 'town' }, // national, provincial, city, county or null
      { ...output, year: '2024' },
      { ...output, region: '' },
    ];
    for (const b of broken) expect(documentObject(b)).toBe(false);
    expect(ndjsonLine({ ...claim })).toBe(false); // a line without its document
    expect(ndjsonLine({ ...claim, document: 'x', line: 0 })).toBe(false);
    expect(ndjsonLine({ ...claim, document: 'x', level: 'prefecture' })).toBe(false);
  });

  it('describes the identity every document carries (additions within version 1: optional)', () => {
    const output = JSON.parse(extract([fixture, '--json']));
    expect(output).toMatchObject({ region: '甘孜州', level: 'city', year: 2024, review_year: 2023, plan_year: 2024 });
    const { region: _r, level: _l, year: _y, review_year: _ry, plan_year: _py, ...withoutIdentity } = output;
    expectValid(documentObject, withoutIdentity); // what version 1 printed before stays valid
    expectValid(documentObject, { ...output, region: null, level: null, year: null, review_year: null, plan_year: null });
    const line = JSON.parse(extract([fixture, '--format', 'ndjson', '--limit', '1']));
    expect(Object.keys(line).slice(0, 4)).toEqual(['document', 'region', 'level', 'year']);
    expectValid(ndjsonLine, line);
  });

  it('validates what zhibiao query prints from an index (the same contract)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhibiao-schema-'));
    const db = join(dir, 'claims.sqlite');
    expect(zhibiao(['index', fixture, '--db', db]).status).toBe(0);
    const docs = JSON.parse(zhibiao(['query', '--db', db, '--json']).stdout);
    expect(docs).toHaveLength(1);
    expectValid(anyOutput, docs);
    const lines = zhibiao(['query', '--db', db, '--format', 'ndjson']).stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(300);
    for (const line of lines) expectValid(ndjsonLine, JSON.parse(line));
  });
});
