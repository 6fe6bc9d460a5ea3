export * from './roles';
export * from './scope';
