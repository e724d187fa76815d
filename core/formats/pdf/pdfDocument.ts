/**
 * A minimal PDF 1.4 writer: one content stream per page, the standard Helvetica faces
 * (WinAnsi encoded, not embedded), an Info dictionary and a classic xref table.
 * Strings here are "byte strings": every char code is below 256.
 */

export interface PdfPage {
  readonly width: number;
  readonly height: number;
  /** Content stream operators, as a byte string. */
  readonly content: string;
}

export interface PdfDocument {
  readonly title: string;
  readonly pages: readonly PdfPage[];
}

/** Font resource names used by content streams, and the standard font each stands for. */
export const PDF_FONTS = { F1: 'Helvetica', F2: 'Helvetica-Bold', F3: 'Helvetica-Oblique', F4: 'Helvetica-BoldOblique' } as const;
export type PdfFontName = keyof typeof PDF_FONTS;

const num = (v: number): string => String(Math.round(v * 1000) / 1000);

/** A PDF text string that keeps any Unicode: UTF-16BE with a byte-order mark, in hex. */
function textString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/** Serialises the document to bytes. */
export function writePdf(doc: PdfDocument): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add('');
  const pagesId = add('');
  const fontIds = Object.entries(PDF_FONTS).map(
    ([name, base]) => [name, add(`<< /Type /Font /Subtype /Type1 /BaseFont /${base} /Encoding /WinAnsiEncoding >>`)] as const,
  );
  const fontDict = fontIds.map(([name, id]) => `/${name} ${id} 0 R`).join(' ');
  const pageIds = doc.pages.map((page) => {
    const stream = add(`<< /Length ${page.content.length} >>\nstream\n${page.content}\nendstream`);
    return add(
      `<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${num(page.width)} ${num(page.height)}] /Resources << /Font << ${fontDict} >> /ProcSet [/PDF /Text] >> /Contents ${stream} 0 R >>`,
    );
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesId} 0 R >>`;
  objects[pagesId - 1] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  const info = add(`<< /Title ${textString(doc.title)} /Producer (Warrant) /Creator (Warrant argument map export) >>`);

  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets = objects.map((body, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  const bytes = new Uint8Array(out.length);
  for (let i = 0; i < out.length; i++) bytes[i] = out.charCodeAt(i);
  return bytes;
}
