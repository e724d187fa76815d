export { placeOnPage, PAPER } from './placeOnPage';
export { writePdf, type PdfDocument, type PdfPage } from './pdfDocument';
