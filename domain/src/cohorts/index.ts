export * from './cohorts.contracts';
