import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cjkFontBytes, cjkPiecesFor, FONT_FACES, fontFilePath } from './fonts';

/** resvg reads fonts from files: the CJK pieces are unpacked from WOFF once into a cache folder. */
const cacheDir = join(tmpdir(), 'warrant-fonts-noto-sans-sc-5.3.0');

function cjkFile(id: string): string {
  const file = join(cacheDir, `noto-sans-sc-${id}.otf`);
  if (!existsSync(file)) {
    mkdirSync(cacheDir, { recursive: true });
    // Written under a temporary name first, so a parallel reader never sees half a font.
    const part = `${file}.${process.pid}.part`;
    writeFileSync(part, cjkFontBytes(id));
    renameSync(part, file);
  }
  return file;
}

/** The font files a figure needs: the four DejaVu Sans faces and the CJK pieces its text uses. */
export function figureFontFiles(text: string): string[] {
  return [...FONT_FACES.map((f) => fontFilePath(f.key)), ...cjkPiecesFor(text).map(cjkFile)];
}
