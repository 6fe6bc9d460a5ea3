export * from './documents.contracts';
export * from './tasks.contracts';
export * from './task-status';
