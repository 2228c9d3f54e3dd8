export * from './site';
export * from './agent';
export * from './setting';
export * from './outbox';
export * from './audit';
export * from './print-job';
export * from './beneficiary';
export * from './bilan';
