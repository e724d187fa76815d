import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ArgumentMap, parseMap } from '../../../core/model';
import { type Rating, buildReport, getSourceSpan, layoutReport, reportToMarkdown, toSvgDataUri } from '../../../core/workshop';
import { reportToEmbeddedPdf } from '../../../server/render/pdf';
import { SCRIPT_TEXTS, scriptsMap } from '../../fixtures/render/cases';
import { ROOT } from '../../helpers/server';

const seeded = parseMap(readFileSync(`${ROOT}/maps/csto-kazakhstan-2022.json`, 'utf8'));
const THESIS = seeded.statements[0].text;
const at = (m: number) => new Date(Date.UTC(2024, 2, 1, 10, m)).toISOString();
const r = (participant: string, round: string, stance: 'agree' | 'disagree', confidence: number, target = 'thesis'): Rating => ({ participant, target, round, stance, confidence, at: at(1) });

const rated: ArgumentMap = {
  ...seeded,
  workshop: {
    rounds: [
      { id: 'r1', name: 'Before the talk', openedAt: at(0), closedAt: at(10) },
      { id: 'r2', name: 'After the talk', openedAt: at(20) },
    ],
    ratings: [
      r('p-a', 'r1', 'agree', 5), r('p-b', 'r1', 'disagree', 5),
      r('p-a', 'r2', 'agree', 4), r('p-b', 'r2', 'agree', 2),
      { participant: 'p-c', target: 'inf-rival-force', strength: 'weak', at: at(3) },
    ],
    scenarios: [],
  },
};
const NOW = new Date('2024-03-02T09:00:00Z');

describe('the critique report', () => {
  const report = buildReport(rated, { now: NOW });
  const md = reportToMarkdown(report, { figure: 'map.svg' });

  it('summarises the structure of the map', () => {
    expect(report.structure).toEqual({
      statements: 68, byKind: [['thesis', 1], ['claim', 48], ['evidence', 11], ['assumption', 7], ['question', 1]],
      inferences: 54, supports: 35, attacks: 16, linked: 12, undercuts: 3, comments: 11,
    });
    expect(md).toContain('68 statements: 1 thesis, 48 claims, 11 evidence, 7 assumptions, 1 question.');
    expect(md).toContain('54 inferences: 35 supports, 16 attacks, 3 undercuts; 12 with linked premises.');
  });

  it('opens with the thesis and gives the grounded status of every statement, with the reason for each OUT', () => {
    expect(md.startsWith('# Critique report: Russia’s CSTO deployment')).toBe(true);
    expect(md).toContain(`## Thesis\n\n> ${THESIS} (\`thesis\`)`);
    expect(report.evaluation.counts).toEqual({ IN: 62, OUT: 6, UNDEC: 0 });
    expect(report.evaluation.rows).toHaveLength(68);
    expect(md).toContain('| OUT ✗ does not hold | Keeping the CSTO to its deliberately limited, defensive posture brings Moscow real benefits at low risk. (`opt-defend`) | OUT because it is attacked by the argument “A flare-up could expose the limited mandate” (inf-defend-credibility), which is IN |');
    expect(report.evaluation.rows.filter((x) => x.label === 'IN').every((x) => x.why === undefined)).toBe(true);
  });

  it('lists the critique checks by rule', () => {
    expect(report.lint.map((g) => g.rule)).toContain('unsupported-claim');
    expect(md).toMatch(/### unsupported-claim \(\d+\)\n\n\*a claim or thesis with no reason given for it\*\n\n- \*\*warning\*\*: /);
  });

  it('shows the ratings round by round, side by side', () => {
    expect(md).toContain('| Rated | Before the talk (closed) | After the talk (open) |');
    expect(md).toContain(`| ${THESIS} | ±0.00 divided or neutral (1 agree, 1 disagree, mean confidence 5.0); **split** | +0.60 broad agreement (2 agree, 0 disagree, mean confidence 3.0) |`);
    expect(md).toContain('### Ratings outside rounds');
    expect(md).toContain('| Rival option: respond with force | −1.00 broad disagreement (0 strong, 1 weak) |');
  });

  it('references the figure, or says that there is none', () => {
    expect(md.trimEnd().endsWith('![The argument map “Russia’s CSTO deployment in Kazakhstan (January 2022): stay defensive, withdraw or use force?”](map.svg)')).toBe(true);
    expect(reportToMarkdown(report)).toContain('*The figure is not included.*');
    expect(toSvgDataUri('<svg>é</svg>')).toBe(`data:image/svg+xml;base64,${Buffer.from('<svg>é</svg>').toString('base64')}`);
  });

  it('says so when nobody rated', () => {
    expect(reportToMarkdown(buildReport(seeded, { now: NOW }))).toContain('## Ratings\n\nNo ratings were given.');
  });

  it('writes a PDF whose text has the thesis and the rounds, and a last page with the figure', { timeout: 60_000 }, async () => {
    const pdf = await reportToEmbeddedPdf(layoutReport(report, rated));
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const dir = mkdtempSync(join(tmpdir(), 'warrant-report-'));
    writeFileSync(join(dir, 'r.pdf'), pdf);
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('For now, keeping to a defensive posture is probably the most strategically prudent');
    expect(text).toContain('Before the talk (closed): ±0.00 divided or neutral (1 agree, 1 disagree, mean confidence 5.0), split');
    expect(text).toContain('The map: Russia’s CSTO deployment');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, 'r.pdf')], { encoding: 'utf8' }))![1]);
    const last = execFileSync('pdftotext', ['-f', String(pages), '-l', String(pages), join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
    expect(last).toContain('THESIS');
  });
});

describe('the report PDF, on the figure export\'s PDF path', { timeout: 60_000 }, () => {
  it('embeds every font it uses (pdffonts) and keeps Polish, Cyrillic, Greek and CJK text intact (pdftotext)', async () => {
    const map = scriptsMap();
    const pdf = await reportToEmbeddedPdf(layoutReport(buildReport(map, { now: NOW }), map));
    const file = join(mkdtempSync(join(tmpdir(), 'warrant-report-scripts-')), 'r.pdf');
    writeFileSync(file, pdf);
    const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThan(1);
    // name, type, encoding, emb, sub, uni: every font embedded, as a subset, with a Unicode map.
    for (const row of rows) expect(row, row).toMatch(/\syes\s+yes\s+yes\s/);
    expect(rows.map((row) => row.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ''))).toEqual(expect.arrayContaining(['DejaVuSans', 'DejaVuSans-Bold']));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const [script, words] of Object.entries(SCRIPT_TEXTS)) expect(text, script).toContain(words.replace(/\s+/g, ''));
    expect(text).toContain('Critiquereport:Scripts:Łódź,Алматы,Αθήνα,北京');
  });
});

describe('the source span of a walkthrough step', () => {
  it('gives the anchored quote with the words around it, cut at word breaks', () => {
    const span = getSourceSpan(seeded, 'ctx-violence', 60)!;
    const anchor = seeded.statements.find((s) => s.id === 'ctx-violence')!.anchors[0];
    expect(span.quote).toBe(anchor.quote);
    expect(span.before.startsWith('…')).toBe(true);
    expect(span.after.endsWith('…')).toBe(true);
    expect(span.before.length).toBeLessThanOrEqual(62);
    expect(seeded.sources[0].text.replace(/\s+/g, ' ')).toContain(`${span.before.slice(1)}${span.quote}`.replace(/\s+/g, ' '));
    expect(getSourceSpan(seeded, 'asm-best-balance')).toBeUndefined();
    // Near the start of the text nothing is cut before the quote.
    expect(getSourceSpan(seeded, 'order-restored', 60)!.before.startsWith('…')).toBe(false);
  });
});
