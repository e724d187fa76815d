/** A readable id part from a title: lower-case ASCII letters and digits joined by dashes. */
export function slugify(title: string, maxLength: number): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength);
}
