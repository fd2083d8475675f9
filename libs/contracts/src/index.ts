export * from './camps.js';
export * from './enums.js';
export * from './extraction.js';
export * from './date-buckets.js';
export * from './claim-filters.js';
export * from './conflict-pack.js';
export * from './passwords.js';
export * from './month-names.js';
