import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getMapJsonSchema, validateMap } from '../../../core/model';
import { ROOT } from '../../helpers/server';

const schema = JSON.parse(readFileSync(join(ROOT, 'core/model/map.schema.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
const check = ajv.compile(schema);

const files = [
  ...readdirSync(join(ROOT, 'maps')).filter((f) => f.endsWith('.json')).map((f) => join(ROOT, 'maps', f)),
  join(ROOT, 'test/fixtures/smallMap.json'),
];

describe('the published JSON Schema', () => {
  it('is the one generated from the record schemas (npm run schema rewrites it)', () => {
    expect(schema).toEqual(getMapJsonSchema());
  });

  it.each(files)('accepts %s, as validateMap does', (file) => {
    const map = JSON.parse(readFileSync(file, 'utf8'));
    expect(check(map), JSON.stringify(check.errors)).toBe(true);
    expect(validateMap(map).ok).toBe(true);
  });

  const base = () => JSON.parse(readFileSync(join(ROOT, 'test/fixtures/smallMap.json'), 'utf8'));
  it.each([
    ['an unknown kind', (m: any) => (m.statements[0].kind = 'opinion')],
    ['an unknown field', (m: any) => (m.statements[0].premisses = [])],
    ['a bad polarity', (m: any) => (m.inferences[0].polarity = 'pro')],
    ['no premises', (m: any) => (m.inferences[0].premises = [])],
    ['a wrong version', (m: any) => (m.version = 2)],
    ['a missing text', (m: any) => delete m.statements[1].text],
  ])('rejects %s, as validateMap does', (_name, spoil) => {
    const m = base();
    spoil(m);
    expect(check(m)).toBe(false);
    expect(validateMap(m).ok).toBe(false);
  });
});
