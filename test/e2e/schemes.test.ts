import { describe, expect, it } from 'vitest';
import { type ArgumentMap, createEmptyMap } from '../../core/model';
import { statementBox, typeStatement, waitForCaretIn, waitForMap } from '../helpers/person';
import { useStage } from '../helpers/stage';
import { ADA } from './collabHelpers';
import { iid, testInference, testStatement } from '../helpers/ids';

const stage = useStage({ viewport: { width: 1300, height: 820 } });
const saved = (id: string): Promise<ArgumentMap> => stage.saved(id);

describe('argumentation schemes and critical questions', () => {
  it('a person chooses a scheme in the inspector and answers a critical question in one step', async () => {
    const map: ArgumentMap = {
      ...createEmptyMap('Hot summers'),
      statements: [
        testStatement({ id: 'e', text: 'Dr Lee is a climatologist.', position: { x: 40, y: 260 } }),
        testStatement({ id: 'a', text: 'Dr Lee says summers will be hotter.', position: { x: 340, y: 260 } }),
        testStatement({ id: 'c', text: 'Summers will be hotter.', position: { x: 190, y: 40 } }),
      ],
      inferences: [testInference({ id: 'i1', premises: ['e', 'a'], target: 'c', polarity: 'support' })],
    };
    const id = await stage.createMap(map);
    const { page } = await stage.arrive(`/m/${id}`, ADA);
    await waitForMap(page, 'c');
    await page.locator('.react-flow__node[data-id="inference:i1"]').click();
    const tab = page.getByRole('tab', { name: 'Inspector' });
    if (!(await tab.isVisible())) await page.getByRole('button', { name: 'Panels' }).click();
    await tab.click();
    await page.getByLabel('Argumentation scheme').selectOption({ label: 'Argument from expert opinion' });
    await expect.poll(async () => (await saved(id)).inferences[0].scheme).toBe('expert-opinion');
    const questions = page.locator('.cq-list li');
    await expect.poll(() => questions.count()).toBe(6);
    expect(await page.locator('.cq-title').textContent()).toContain('6 open');

    // Answer “Is E an expert in the field that A is in?” with the undercut it suggests.
    await questions.nth(1).getByRole('button', { name: 'Answer with an undercut' }).click();
    await waitForCaretIn(page, statementBox(page), 'the undercut’s text box');
    await page.keyboard.press('ControlOrMeta+a');
    await typeStatement(page, 'Dr Lee studies oceans, not summer weather.');
    await expect.poll(async () => (await saved(id)).inferences.find((i) => i.answers)?.answers).toEqual({ inference: iid('i1'), question: 'cq2' });
    const after = await saved(id);
    const undercut = after.inferences.find((i) => i.answers)!;
    expect(undercut.target).toBe('i1');
    expect(after.statements.find((s) => s.id === undercut.premises[0])?.text).toBe('Dr Lee studies oceans, not summer weather.');

    // Back on the inference: the question shows as answered, five stay open; the lint panel lists them.
    await page.locator('.react-flow__node[data-id="inference:i1"]').click();
    await tab.click();
    await expect.poll(() => page.locator('.cq-title').textContent()).toContain('5 open');
    expect(await questions.nth(1).textContent()).toContain('Answered by');
    await page.getByRole('tab', { name: 'Critique' }).click();
    await page.getByText('unanswered-critical-question').waitFor();
  });
});
