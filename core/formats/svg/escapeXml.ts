/** Characters XML 1.0 forbids (control codes, lone surrogates, U+FFFE/U+FFFF). */
const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe inside an XML element or a quoted attribute. */
export const escapeXml = (text: string): string => text.replace(INVALID, '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
