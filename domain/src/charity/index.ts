export * from './workflow';
export * from './public-facts';
export * from './needs.contracts';
export * from './custody.contracts';
export * from './public.contracts';
export * from './dashboard.contracts';
export * from './settings.contracts';
