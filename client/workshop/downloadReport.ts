import { svgExport } from '../../core/formats/svg';
import type { ArgumentMap } from '../../core/model';
import { buildReport, reportToMarkdown, toSvgDataUri } from '../../core/workshop';
import { fetchServerExport } from '../panels/export/serverExport';

/** A file name from the map's title: "Tram plan" → "tram-plan-report.md". */
export function getReportFileName(title: string, extension: 'md' | 'pdf'): string {
  const slug = title.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  return `${slug || 'map'}-report.${extension}`;
}

/**
 * Builds the critique report of the map as it is now and hands it to the browser as a download:
 * Markdown here, PDF from the server, which has the font files to embed.
 */
export async function downloadReport(mapId: string, map: ArgumentMap, format: 'md' | 'pdf'): Promise<void> {
  const blob = format === 'pdf'
    ? await fetchServerExport(mapId, { format: 'report-pdf' })
    : new Blob([reportToMarkdown(buildReport(map), { figure: toSvgDataUri(svgExport.export(map, { legend: true }) as string) })], { type: 'text/markdown;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = getReportFileName(map.title, format);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
