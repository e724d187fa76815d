export * from './format';
export * from './registry';
export * from './detect';
export * from './exportOptions';
export * from './losses';
