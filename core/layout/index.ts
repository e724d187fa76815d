export * from './size';
export * from './layoutGraph';
export * from './layoutMap';
