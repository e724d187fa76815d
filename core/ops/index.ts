export * from './ops';
export * from './cascade';
export * from './subset';
