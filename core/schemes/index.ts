export * from './catalogue';
export * from './questions';
