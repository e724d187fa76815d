export * from './evaluate';
export * from './explain';
export * from './lint';
export { lintRules } from './lintRules';
export { EvaluationError } from './program';
