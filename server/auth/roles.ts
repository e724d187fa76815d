/** What a share link lets its holder do, weakest first. */
export const ROLES = ['view', 'comment', 'edit'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (v: unknown): v is Role => typeof v === 'string' && (ROLES as readonly string[]).includes(v);

/** True when `role` is at least `need` (edit ⊃ comment ⊃ view). */
export const roleAllows = (role: Role, need: Role) => ROLES.indexOf(role) >= ROLES.indexOf(need);
