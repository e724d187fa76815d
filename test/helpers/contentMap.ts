import { type ArgumentMap, createEmptyMap, validateMap, formatIssues } from '../../core/model';
import { testMap, testStatement } from './ids';

/**
 * A small map holding one or more of every kind of content core/formats/content.ts counts. Texts
 * that only one kind of content carries hold a marker word ("Zqcomment"), so a test can look for
 * it in an export's output.
 */
export const MARKERS = {
  title: 'Zqtitle', description: 'Zqdesc', tags: 'zqtag', colors: '#abcdef', labels: 'Zqlabel', argumentTags: 'zqargtag', schemes: 'Zqscheme',
  sources: 'Zqsrctext', comments: 'Zqcomment', ratings: 'Zqrater', rounds: 'Zqround', scenarios: 'Zqscenario', walkthrough: 'Zqwalk',
} as const;

const at = '2024-05-01T10:00:00.000Z';

export function createContentMap(): ArgumentMap {
  const map = testMap({
    ...createEmptyMap(MARKERS.title),
    description: `About ${MARKERS.description}.`,
    direction: 'LR',
    sources: [{ id: 'src', title: 'Council memo', text: `Trees lower ${MARKERS.sources} temperatures.`, url: 'https://example.org/memo' }],
    statements: [
      testStatement({ id: 't', text: 'Cities should plant more trees.', kind: 'thesis', tags: [MARKERS.tags, 'urban'], color: MARKERS.colors,
        position: { x: 10, y: 20 }, pinned: true, anchors: [{ source: 'src', start: 0, end: 5, quote: 'Trees' }] }),
      testStatement({ id: 'a', text: 'Shade cools the street.', kind: 'evidence', position: { x: 0, y: 200 }, collapsed: true }),
      testStatement({ id: 'b', text: 'People walk more in shade.', kind: 'assumption' }),
      testStatement({ id: 'o', text: 'Roots break the pavement.' }),
      testStatement({ id: 'u', text: 'Shade is not the only factor.', kind: 'question' }),
    ],
    inferences: [
      { id: 'i1', premises: ['a', 'b'], target: 't', polarity: 'support', label: MARKERS.labels, tags: [MARKERS.argumentTags, 'pro'], scheme: MARKERS.schemes },
      { id: 'i2', premises: ['o'], target: 't', polarity: 'attack', answers: { inference: 'i1', question: 'cq1' } },
      { id: 'i3', premises: ['u'], target: 'i1', polarity: 'attack' },
    ],
    comments: [
      { id: 'c1', target: 't', author: 'ana', text: `Check ${MARKERS.comments}.`, createdAt: at },
      { id: 'c2', target: 'i1', parent: 'c1', author: 'bo', text: 'Done.', createdAt: at, resolved: true },
    ],
    workshop: {
      ratings: [{ participant: 'p1', name: MARKERS.ratings, target: 't', round: 'r1', stance: 'agree', confidence: 4, at }],
      rounds: [{ id: 'r1', name: MARKERS.rounds, openedAt: at }],
      scenarios: [{ id: 'sc1', name: MARKERS.scenarios, accept: ['t'], reject: ['o'], author: 'ana', createdAt: at }],
      walkthrough: { steps: [{ statement: 't', note: MARKERS.walkthrough }], updatedAt: at },
    },
  });
  const result = validateMap(map);
  if (!result.ok) throw new Error(formatIssues(result.issues));
  return result.map;
}
