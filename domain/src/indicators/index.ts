export * from './rules';
export * from './progress';
export * from './catalog';
export * from './catalog-2018';
export * from './indicators.contracts';
export * from './rule-check';
export * from './rule-text';
