import { buildScene } from '../../render/buildScene';
import type { ExportFormat } from '../format';
import { sceneToPdf } from './sceneToPdf';

export { sceneToPdf, placeOnPage, PAPER } from './sceneToPdf';
export { writePdf, type PdfDocument, type PdfPage } from './pdfDocument';

export const pdfExport: ExportFormat = {
  id: 'pdf',
  label: 'PDF figure',
  extension: 'pdf',
  mimeType: 'application/pdf',
  export: (map, options = {}) => sceneToPdf(buildScene(map, { legend: options.legend }), options.page ?? 'fit'),
};
