export * from './style';
export * from './scene';
export * from './metrics';
export * from './nodeText';
export * from './edges';
export * from './buildScene';
