export * from './telemedicine.contracts';
