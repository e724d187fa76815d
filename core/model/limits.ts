/**
 * Every size limit of the map format and of the places that take maps in, in one place. The
 * schema (core/model/records.ts), the server's write guard, the API, the CLI and the browser's
 * import all read these; a limit a person can meet has its message next to where it is checked.
 */

/** Characters of a statement's text, a comment, a description. */
export const MAX_TEXT = 100_000;
/** Characters of one source text. */
export const MAX_SOURCE_TEXT = 5_000_000;
/** Bytes (UTF-8) of a source text attached in the browser or through the API. */
export const MAX_SOURCE_BYTES = 5_000_000;
/** Characters of an id (see ID_PATTERN). */
export const MAX_ID = 128;
/** Characters of a title (map, source, inference label). */
export const MAX_TITLE = 500;
/** Characters of a name (author, participant, round, scenario). */
export const MAX_NAME = 200;
/** Characters of a scheme name. */
export const MAX_SCHEME = 200;
/** Characters of a colour label. */
export const MAX_COLOR = 64;
/** Characters of a date string. */
export const MAX_DATE = 64;
/** Characters of a source URL. */
export const MAX_URL = 2000;
/** Characters of a critical-question id. */
export const MAX_QUESTION = 100;
/** Characters of a walkthrough note. */
export const MAX_NOTE = 5000;
/** Bytes of a file to import (browser drop or pick, CLI argument): far above any real map, well below what stalls a tab. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
