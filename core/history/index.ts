export * from './diff';
export * from './restore';
export { sameValue } from './sameValue';
