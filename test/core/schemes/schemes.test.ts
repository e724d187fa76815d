import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aifExport, aifImport } from '../../../core/formats/aif';
import { argdownExport, argdownImport } from '../../../core/formats/argdown';
import { type ArgumentMap, createEmptyMap, parseMap, validateMap } from '../../../core/model';
import { SCHEMES, findSchemeByName, getAnswerOps, getOpenQuestions, getQuestionStatus, getScheme } from '../../../core/schemes';
import { lint } from '../../../core/semantics';
import { applyOps, createDocFromMap, readMap } from '../../../core/sync';
import { buildReport, reportToMarkdown } from '../../../core/workshop';
import { runArgdown } from '../../fixtures/formats/argdownOracle';
import { iid, sid, testInference, testStatement } from '../../helpers/ids';

const seeded = parseMap(readFileSync(new URL('../../../maps/csto-kazakhstan-2022.json', import.meta.url), 'utf8'));

/** An expert-opinion step: the expert and her assertion support the claim. */
const expertMap: ArgumentMap = {
  ...createEmptyMap('Expert'),
  statements: [
    testStatement({ id: 'e', text: 'Dr Lee is a climatologist.' }),
    testStatement({ id: 'a', text: 'Dr Lee says summers will be hotter.' }),
    testStatement({ id: 'c', text: 'Summers will be hotter.' }),
  ],
  inferences: [testInference({ id: 'i1', premises: ['e', 'a'], target: 'c', polarity: 'support', scheme: 'expert-opinion' })],
};

describe('the scheme catalogue', () => {
  it('has the common Walton schemes, each with premises, a conclusion and critical questions', () => {
    for (const id of ['expert-opinion', 'positive-consequences', 'negative-consequences', 'analogy', 'sign', 'cause-to-effect', 'position-to-know', 'practical-reasoning']) {
      expect(getScheme(id)?.id).toBe(id);
    }
    expect(new Set(SCHEMES.map((s) => s.id)).size).toBe(SCHEMES.length);
    for (const s of SCHEMES) {
      expect(s.premises.length).toBeGreaterThan(0);
      expect(s.conclusion).not.toBe('');
      expect(s.questions.length).toBeGreaterThanOrEqual(2);
      expect(s.questions.map((q) => q.id)).toEqual(s.questions.map((_, i) => `cq${i + 1}`));
      expect(findSchemeByName(s.aifName)).toBe(s);
    }
    expect(getScheme('expert-opinion')!.questions).toHaveLength(6);
  });
});

describe('critical questions', () => {
  it('are all open until an attack answers one; answering creates the suggested undercut or rebuttal in one step', () => {
    expect(getOpenQuestions(expertMap).map((q) => q.question.id)).toEqual(['cq1', 'cq2', 'cq3', 'cq4', 'cq5', 'cq6']);
    const doc = createDocFromMap(expertMap);
    const i1 = expertMap.inferences[0];
    applyOps(doc, getAnswerOps(i1, 'cq2', { statement: sid('s-field'), inference: iid('u-field') }));
    applyOps(doc, getAnswerOps(i1, 'cq5', { statement: sid('s-others'), inference: iid('r-others') }));
    const after = readMap(doc).map;
    const undercut = after.inferences.find((i) => i.id === 'u-field')!;
    expect(undercut).toEqual({ id: iid('u-field'), premises: ['s-field'], target: 'i1', polarity: 'attack', answers: { inference: iid('i1'), question: 'cq2' } });
    expect(after.inferences.find((i) => i.id === 'r-others')!.target).toBe('c');
    expect(after.statements.find((s) => s.id === 's-field')!.text).toBe(getScheme('expert-opinion')!.questions[1].draft);
    const status = getQuestionStatus(after, after.inferences[0])!;
    expect(status.questions.filter((q) => q.answeredBy.length).map((q) => q.question.id)).toEqual(['cq2', 'cq5']);
    expect(getOpenQuestions(after).map((q) => q.question.id)).toEqual(['cq1', 'cq3', 'cq4', 'cq6']);
  });

  it('unanswered ones appear in the lint panel’s checks and in the workshop report', () => {
    const findings = lint(expertMap).filter((f) => f.rule === 'unanswered-critical-question');
    expect(findings).toHaveLength(1);
    expect(findings[0].target).toBe('i1');
    expect(findings[0].message).toContain('6 critical questions still open');
    expect(findings[0].message).toContain('Is E an expert in the field that A is in?');
    const md = reportToMarkdown(buildReport(expertMap, { now: new Date('2024-03-02T10:00:00Z') }));
    expect(md).toContain('unanswered-critical-question');
    expect(md).toContain('Is E’s assertion based on evidence?');
  });

  it('the link to a question is validated at the boundary', () => {
    const bad = { ...expertMap, inferences: [...expertMap.inferences, { id: iid('u'), premises: ['a'], target: 'i1', polarity: 'attack', answers: { inference: 'i1' } }] };
    const r = validateMap(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0].path).toBe('inferences[1].answers.question');
  });
});

describe('schemes in interchange formats', () => {
  it('AIF writes the RA-node’s scheme name and reads it back as the catalogue scheme', () => {
    const aif = JSON.parse(aifExport.export(expertMap) as string);
    const ra = aif.nodes.find((n: { nodeID: string }) => n.nodeID === 'i1');
    expect(ra).toMatchObject({ type: 'RA', text: 'Expert Opinion', scheme: 'Expert Opinion' });
    expect(aifImport.import(JSON.stringify(aif)).map.inferences[0].scheme).toBe('expert-opinion');
  });

  it('Argdown writes it as data on the inference line, which @argdown/core reads, and reads it back', () => {
    const text = argdownExport.export(expertMap) as string;
    expect(text).toContain('-- Argument from expert opinion {scheme: "expert-opinion"} --');
    const seen = runArgdown(text);
    expect(seen.errors).toEqual([]);
    const argument = seen.response.arguments.i1;
    const inference = argument.pcs.find((s: { inference?: unknown }) => s.inference).inference;
    expect(inference.data).toEqual({ scheme: 'expert-opinion' });
    expect(argdownImport.import(text).map.inferences[0].scheme).toBe('expert-opinion');
  });
});

describe('the seeded map', () => {
  it.each([
    ['inf-thesis-balance', 'practical-reasoning'],
    ['inf-wd-remove-risk', 'practical-reasoning'],
    ['inf-force-stability', 'practical-reasoning'],
    ['inf-wd-premature-exit', 'negative-consequences'],
    ['inf-force-overstretch', 'negative-consequences'],
    ['inf-force-discourage', 'positive-consequences'],
    ['inf-order-claimed', 'position-to-know'],
  ])('%s uses %s', (id, scheme) => {
    expect(seeded.inferences.find((i) => i.id === id)?.scheme).toBe(scheme);
  });

  it('links the article’s own objections to the questions they answer', () => {
    const legitimise = seeded.inferences.find((i) => i.id === 'inf-undercut-legitimise')!;
    expect(legitimise.answers).toEqual({ inference: iid('inf-peacekeeping-purpose'), question: 'cq2' });
    const open = getOpenQuestions(seeded).filter((q) => q.inference.id === 'inf-peacekeeping-purpose').map((q) => q.question.id);
    expect(open).toEqual(['cq1', 'cq3']);
    for (const i of seeded.inferences) if (i.scheme) expect(getScheme(i.scheme)).toBeDefined();
  });
});
