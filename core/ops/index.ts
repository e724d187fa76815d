export * from './ops';
export * from './cascade';
