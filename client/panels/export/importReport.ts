import { createStore } from 'zustand/vanilla';

/** The outcome of the last import, shown in the Export panel until the next one. */
export interface ImportReport {
  readonly mapId: string;
  readonly fileName: string;
  readonly ok: boolean;
  /** One sentence: what was added, or what is wrong with the file. */
  readonly message: string;
  /** The importer's notes (what it skipped or changed). */
  readonly notes: readonly string[];
  readonly at: number;
}

/** Module-wide, so a drop on the canvas reports into the panel whether or not the panel was open. */
export const importReports = createStore<{ report: ImportReport | null; busy: boolean }>(() => ({ report: null, busy: false }));
