export * from './org';
export * from './auth';
export * from './audit';
export * from './pairings';
export * from './ledger';
export * from './plans';
export * from './oversight';
export * from './reports';
