import { describe, expect, it } from 'vitest';
import { createEmptyMap } from '../../core/model';
import { statementBox, typeAsPerson, waitForCaretIn, waitForMap } from '../helpers/person';
import { useStage } from '../helpers/stage';
import { testStatement } from '../helpers/ids';

const stage = useStage({ viewport: { width: 1200, height: 800 } });

describe('two people typing in the same statement', () => {
  it('keeps both people’s characters, live in both editors', async () => {
    const id = await stage.createMap({ ...createEmptyMap('Co-typing'), statements: [testStatement({ id: 's1', text: 'Trees help.', position: { x: 100, y: 100 } })] });
    const a = (await stage.arrive(`/m/${id}`, { name: 'Ana' })).page;
    const b = (await stage.arrive(`/m/${id}`, { name: 'Ben' })).page;
    await waitForMap(a, 's1');
    await waitForMap(b, 's1');
    await a.locator('[data-statement-id="s1"]').dblclick();
    await b.locator('[data-statement-id="s1"]').dblclick();
    const inA = statementBox(a);
    const inB = statementBox(b);
    await waitForCaretIn(a, inA, 'Ana’s text box');
    await waitForCaretIn(b, inB, 'Ben’s text box');
    await a.keyboard.press('Control+Home');
    await b.keyboard.press('Control+End');
    // Interleaved typing: Ana at the start, Ben at the end, at the same time.
    await Promise.all([typeAsPerson(a, 'Old ', inA, 'Ana’s text box', 40), typeAsPerson(b, ' A lot.', inB, 'Ben’s text box', 40)]);
    const expected = 'Old Trees help. A lot.';
    await expect.poll(() => inA.inputValue()).toBe(expected);
    await expect.poll(() => inB.inputValue()).toBe(expected);
    await a.keyboard.press('Enter');
    await b.keyboard.press('Enter');
    await expect.poll(async () => (await stage.saved(id)).statements[0].text).toBe(expected);
  });
});
