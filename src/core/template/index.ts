export * from './types';
export * from './templates';
export * from './columns';
export * from './modelsTable';
export * from './roles';
export * from './layout';
export * from './recognize';
