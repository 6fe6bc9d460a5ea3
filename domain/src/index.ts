export * from './roles';
export * from './errors';
export * from './password-policy';
export * from './auth.contracts';
export * from './org.contracts';
export * from './users.contracts';
export * from './system.contracts';
