export * from './format';
export * from './registry';
