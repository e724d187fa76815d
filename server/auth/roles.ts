/** What a share link lets its holder do, weakest first: the one policy lives in core. */
export { ROLES, type Role, isRole, roleAllows } from '../../core/policy/roles';
