export * from './accounts.contracts';
