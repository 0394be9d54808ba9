export * from './types';
export * from './sanitize';
export * from './videoLink';
export * from './fileName';
export * from './submission';
export * from './sender';
