export * from './docShape';
export * from './readMap';
export * from './applyOps';
export * from './seed';
export * from './workshop';
export * from './undo';
export * from './mapReader';
export * from './savingState';
