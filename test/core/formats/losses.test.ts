import { describe, expect, it } from 'vitest';
import { CONTENT_KINDS, type ContentKind, LOSS_FORMATS, countContent, describeLosses, getExportLosses } from '../../../core/formats/losses';
import { exportFormats, getExportFormat, getImportFormat } from '../../../core/formats';
import { createEmptyMap } from '../../../core/model';
import { MARKERS, createContentMap } from '../../helpers/contentMap';

const map = createContentMap();
const counts = countContent(map);
const lost = (format: string) => new Set(getExportLosses(map, format).filter((l) => !l.warrantOnly).map((l) => l.kind));

describe('what an export leaves out', () => {
  it('the test map holds every kind of content', () => {
    expect(CONTENT_KINDS.filter((k) => counts[k] === 0)).toEqual([]);
  });

  it('covers every core export format', () => {
    expect(exportFormats.map((f) => f.id).filter((id) => !LOSS_FORMATS.includes(id))).toEqual([]);
  });

  // Formats Warrant reads back: what is said to be kept comes back with the same count, the rest does not come back.
  it.each(['json', 'graphml', 'argdown', 'aif'])('%s: a round trip keeps exactly what is said to be kept', (id) => {
    const text = getExportFormat(id)!.export(map) as string;
    const read = getImportFormat(id)!.import(text).map;
    const back = countContent(read);
    const gone = lost(id);
    // The title and description are compared as text (an importer names a map it got without a title).
    const kept = (k: ContentKind) => (k === 'title' || k === 'description' ? read[k] === map[k] : back[k] === counts[k]);
    const none = (k: ContentKind) => (k === 'title' || k === 'description' ? read[k] !== map[k] : back[k] === 0);
    const wrong = CONTENT_KINDS.filter((k) => !(gone.has(k) ? none(k) : kept(k)));
    expect(wrong.map((k) => `${k}: ${counts[k]} → ${back[k]} (said ${gone.has(k) ? 'lost' : 'kept'})`)).toEqual([]);
  });

  // The others: each marker word is in the output exactly when its content is said to be kept.
  it.each(['markdown', 'dot', 'mermaid', 'svg', 'tikz'])('%s: the output holds the kept content and not the lost', (id) => {
    const text = getExportFormat(id)!.export(map) as string;
    const gone = lost(id);
    const wrong = (Object.entries(MARKERS) as [ContentKind, string][]).filter(([k, marker]) => text.includes(marker) === gone.has(k));
    expect(wrong.map(([k]) => `${k} (said ${gone.has(k) ? 'lost' : 'kept'})`)).toEqual([]);
  });

  it('PDF and PNG are drawn from the same figure as SVG, so they say the same', () => {
    expect(getExportLosses(map, 'pdf')).toEqual(getExportLosses(map, 'svg'));
    expect(getExportLosses(map, 'png')).toEqual(getExportLosses(map, 'svg'));
  });

  it('names only what this map has, with its count, in one line', () => {
    const plain = { ...createEmptyMap('Plain'), comments: map.comments, statements: map.statements.map((s) => ({ ...s, kind: 'claim' as const, tags: [], anchors: [], color: undefined, pinned: undefined, collapsed: undefined })) };
    expect(describeLosses('Markdown outline', getExportLosses(plain, 'markdown'))).toBe('Markdown outline leaves out 2 comments; Warrant JSON keeps everything.');
    expect(describeLosses('AIF (JSON)', getExportLosses(plain, 'aif'))).toBe('AIF (JSON) keeps the title and 2 comments in fields only Warrant reads; other tools ignore them.');
    expect(describeLosses('Argdown', getExportLosses(createEmptyMap(''), 'argdown'))).toBeUndefined();
    expect(getExportLosses(map, 'json')).toEqual([]);
    const line = describeLosses('Graphviz DOT', getExportLosses(map, 'dot'))!;
    expect(line).not.toContain('\n');
    expect(line).toContain('2 comments');
    expect(line).toContain('1 source anchor,');
  });

  it('says what only Warrant reads back apart from what is gone', () => {
    const title = { kind: 'title', count: 1, text: 'the title' } as const;
    const tags = { kind: 'tags', count: 3, text: '3 tags', warrantOnly: true } as const;
    const comments = { kind: 'comments', count: 2, text: '2 comments', warrantOnly: true } as const;
    expect(describeLosses('AIF (JSON)', [tags, comments])).toBe('AIF (JSON) keeps 3 tags and 2 comments in fields only Warrant reads; other tools ignore them.');
    expect(describeLosses('X', [title, tags])).toBe('X leaves out the title, and keeps 3 tags in fields only Warrant reads; Warrant JSON keeps everything.');
  });
});
