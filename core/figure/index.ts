export * from './options';
export * from './select';
export * from './compose';
export * from './scenes';
