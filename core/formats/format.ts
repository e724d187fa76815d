import type { FigureOptions } from '../figure/options';
import type { ArgumentMap } from '../model/types';

/** Options every exporter accepts; each uses those that apply to it. */
export interface ExportOptions {
  /** Include a small legend (support / attack / undercut) in figures. */
  readonly legend?: boolean;
  /** Page size for paged formats: fit the map, or scale onto A4 / Letter. */
  readonly page?: 'fit' | 'a4' | 'letter';
  /** Raster scale (1, 2, 4) for PNG. */
  readonly scale?: number;
  /** Raster background for PNG. */
  readonly background?: 'white' | 'transparent';
  /** A figure composed for print (what, target, font size…); absent: the whole map at its own size. */
  readonly figure?: FigureOptions;
  /** SVG: embed subsets of the project's font (as @font-face data), for a file that needs no installed font. Server side only. */
  readonly embedFonts?: boolean;
  /** One sub-figure ('a', 'b', …) of a figure that had to split; absent: the first (PDF: all, one per page). */
  readonly part?: string;
}

export interface ExportFormat {
  readonly id: string;
  readonly label: string;
  /** File name extension without the dot. */
  readonly extension: string;
  readonly mimeType: string;
  export(map: ArgumentMap, options?: ExportOptions): string | Uint8Array;
}

export interface ImportResult {
  readonly map: ArgumentMap;
  /** Things the importer skipped or changed, for the person importing (e.g. "skipped 3 dialogue nodes (L, YA, TA)"). */
  readonly notes: readonly string[];
}

/** Thrown by importers: the message names the problem and, where known, its location (line, node id). */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

export interface ImportFormat {
  readonly id: string;
  readonly label: string;
  readonly extensions: readonly string[];
  /** Parses text into a valid map or throws ImportError. */
  import(text: string): ImportResult;
}
