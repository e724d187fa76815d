export * from './ops';
export * from './cascade';
export * from './subset';
export * from './apply';
export * from './invariants';
export * from './structure';
export * from './workshopOps';
