export * from './types';
export * from './validate';
export * from './slug';
export * from './ids';
export * from './relations';
export * from './limits';
export { getMapJsonSchema } from './mapSchema';
export type { Immutable, RecordOf } from './schemaCheck';
export * from './migrations';
