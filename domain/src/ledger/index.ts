export * from './declarations';
export * from './measures';
export * from './id-number';
export * from './registry';
export * from './record-schema';
export * from './workflow';
export * from './records.contracts';
export * from './types.funds';
