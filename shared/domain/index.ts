export * from './document';
export * from './money';
export * from './dates';
export * from './contact';
export * from './prng';
