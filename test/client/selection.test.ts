import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import type { NodeId } from '../../core/model';
import { type TestEditor, createTestEditor } from '../helpers/testEditor';

let editor: TestEditor;
afterEach(() => editor?.destroy());

describe('the selection: one shape, the model’s own ids', () => {
  it('holds statement and inference ids as NodeIds; an id the map does not hold is left out', () => {
    editor = createTestEditor(['i1: a > t']);
    editor.store.select(['a', 'i1', 'gone', 'inference:i1']);
    const selected = editor.store.state.getState().selected;
    expectTypeOf(selected).toEqualTypeOf<ReadonlySet<NodeId>>();
    expect([...selected]).toEqual(['a', 'i1']);
  });

  it('a junction node’s canvas id selects its inference by the inference’s own id', () => {
    editor = createTestEditor(['i1: a b > t']);
    editor.select('inference:i1');
    expect([...editor.store.state.getState().selected]).toEqual(['i1']);
  });
});
