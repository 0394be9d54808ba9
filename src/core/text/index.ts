export * from './normalize';
export * from './wordCount';
export * from './capitals';
export * from './ascii';
export * from './syllable';
export * from './legacyTables';
export * from './legacy';
export * from './legacyDetect';
