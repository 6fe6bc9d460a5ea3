export * from './rules';
export * from './catalog';
export * from './catalog-2018';
export * from './catalog-2019';
export * from './plans.contracts';
export * from './rule-check';
export * from './rule-text';
