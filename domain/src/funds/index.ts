export * from './funds.model';
export * from './project-stages';
export * from './projects.contracts';
export * from './money.contracts';
export * from './fund-rules';
export * from './findings.contracts';
export * from './matching';
export * from './scope';
