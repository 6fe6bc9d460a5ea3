export * from './labour.contracts';
export * from './applications.contracts';
export * from './matching';
