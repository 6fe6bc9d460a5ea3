export * from './templates';
export * from './messages.contracts';
