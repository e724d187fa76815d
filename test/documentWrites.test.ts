import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/server';

/**
 * Every document write is an op: client/ and server/ change a Y.Doc only through core's
 * applyOps / applyWorkshopOps (the editor through its store's dispatch, and dispatchWorkshop from the
 * registered workshop actions only).
 * This scans their sources for the ways around that.
 */

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

/** core/sync's one-op shorthands: for tests and raw clients, not for the editor or the server. */
const SHORTHANDS = ['setRating', 'removeRating', 'putRound', 'putScenario', 'removeScenario', 'setWalkthrough', 'writeWorkshop'];
const Y_PARTS = /getDocParts\(|getWorkshopParts\(|\.get(Map|Array|Text|XmlFragment)\(/;
/** A write on a document part: reached through an accessor on the same line, a part by its name, or a Y.Text. */
const Y_WRITE = /(getDocParts\(|getWorkshopParts\(|\.get(Map|Array|Text)\()[^;]*\.(set|delete|insert|push)\(|\.(meta|statements|inferences|comments|sources|ratings|workshop)\.(set|delete)\(|\by?[tT]ext\.(insert|delete|applyDelta|format)\(/;

/** Files allowed a listed pattern, and why. */
const ALLOWED: Record<string, string> = {
  // These apply stored or relayed updates (someone's ops, already made) to a document; they write nothing new.
  'server/rooms.ts': 'transact',
  'server/work/tasks.ts': 'transact',
  'server/cluster/roomRelay.ts': 'transact',
};

/** The ways a file's text writes a document directly. */
export function findDirectWrites(path: string, text: string): string[] {
  const found: string[] = [];
  const imports = [...text.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"][^'"]*core\/sync['"]/g)].flatMap((m) => m[1].split(',').map((s) => s.trim()));
  for (const name of SHORTHANDS) if (imports.includes(name)) found.push(`imports ${name} from core/sync`);
  if (/\.transact\(|Y\.transact\(/.test(text) && ALLOWED[path] !== 'transact') found.push('opens its own transaction');
  // Workshop writes are registered actions (client/actions/workshopActions.ts); the store defines dispatchWorkshop.
  if (/\.dispatchWorkshop\(/.test(text) && !['client/actions/workshopActions.ts', 'client/store/mapStore.ts'].includes(path)) found.push('dispatches workshop ops outside the registered workshop actions');
  if (Y_PARTS.test(text)) {
    text.split('\n').forEach((line, i) => {
      if (Y_WRITE.test(line) && !/^\s*(\/\/|\*)/.test(line)) found.push(`line ${i + 1}: ${line.trim().slice(0, 80)}`);
    });
  }
  return found;
}

describe('document writes', () => {
  it('client/ and server/ write the document only through ops', () => {
    const bad = ['client', 'server'].flatMap((d) => files(join(ROOT, d))).flatMap((f) => {
      const path = relative(ROOT, f);
      return findDirectWrites(path, readFileSync(f, 'utf8')).map((w) => `${path}: ${w}`);
    });
    expect(bad).toEqual([]);
  });

  it('would catch a click handler or a route that writes the document itself', () => {
    expect(findDirectWrites('client/panels/X.tsx', "import { putScenario } from '../../../core/sync';")).toEqual(['imports putScenario from core/sync']);
    expect(findDirectWrites('server/api/x.ts', "room.doc.transact(() => getDocParts(room.doc).meta.set('title', t));")).toHaveLength(2);
    expect(findDirectWrites('client/x.ts', 'const ytext = getDocParts(doc).statements.get(id).get("text");\nytext.insert(0, "x");')).toEqual(['line 2: ytext.insert(0, "x");']);
    expect(findDirectWrites('client/x.ts', 'const parts = getDocParts(doc);\nparts.ratings.delete(key);')).toEqual(['line 2: parts.ratings.delete(key);']);
    expect(findDirectWrites('client/panels/workshop/X.tsx', "onClick={() => store.dispatchWorkshop([{ type: 'removeScenario', id }])}")).toEqual(['dispatches workshop ops outside the registered workshop actions']);
  });
});
