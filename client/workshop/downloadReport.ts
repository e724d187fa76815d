import { svgExport } from '../../core/formats/svg';
import type { ArgumentMap } from '../../core/model';
import { buildReport, reportToMarkdown, reportToPdf, toSvgDataUri } from '../../core/workshop';

/** A file name from the map's title: "Tram plan" → "tram-plan-report.md". */
export function getReportFileName(title: string, extension: 'md' | 'pdf'): string {
  const slug = title.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  return `${slug || 'map'}-report.${extension}`;
}

/** Builds the critique report of the map as it is now and hands it to the browser as a download. */
export function downloadReport(map: ArgumentMap, format: 'md' | 'pdf'): void {
  const report = buildReport(map);
  const data = format === 'pdf'
    ? reportToPdf(report, map)
    : reportToMarkdown(report, { figure: toSvgDataUri(svgExport.export(map, { legend: true }) as string) });
  const blob = new Blob([data as BlobPart], { type: format === 'pdf' ? 'application/pdf' : 'text/markdown;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = getReportFileName(map.title, format);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
