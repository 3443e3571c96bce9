/** The plain data that crosses stage boundaries. Every stage may import this layer; it imports none. */
export * from './place.js';
export * from './source.js';
export * from './layout.js';
export * from './facts.js';
export * from './parse-report.js';
export * from './flags.js';
export * from './result.js';
