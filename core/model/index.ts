export * from './types';
export * from './validate';
export * from './slug';
export * from './ids';
export * from './relations';
