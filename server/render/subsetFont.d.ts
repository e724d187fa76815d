declare module 'subset-font' {
  /** Subsets a font (sfnt, WOFF or WOFF2) to the glyphs `text` needs, with HarfBuzz's hb-subset. */
  export default function subsetFont(font: Uint8Array, text: string, options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2' }): Promise<Buffer>;
}
