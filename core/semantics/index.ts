export * from './evaluate';
export * from './explain';
export * from './lint';
export * from './statementRoles';
export { lintRules } from './lintRules';
export { EvaluationError } from './program';
export * from './acceptance';
