import { describe, expect, it } from 'vitest';
import { FigureOptionError } from '../../../core/figure';
import { parseExportOptions } from '../../../core/formats';
import { EXPORT_OPTION_CASES } from '../../helpers/exportOptionCases';

describe('reading export options by name (core: the rules the CLI and the HTTP export share)', () => {
  it.each(EXPORT_OPTION_CASES.map((c) => [JSON.stringify(c.values), c] as const))('%s', (_, c) => {
    const read = () => parseExportOptions((name) => c.values[name]);
    if (c.error) {
      expect(read).toThrow(FigureOptionError);
      expect(read).toThrow(c.error);
    } else expect(read()).toMatchObject(c.options!);
  });
});
