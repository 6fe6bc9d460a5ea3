export * from './catalogue.contracts';
export * from './purchases.contracts';
export * from './counting';
export * from './imports.contracts';
export * from './supplier-portal.contracts';
