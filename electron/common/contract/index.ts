import './zod-locale';
export * from './errors';
export * from './frames';
export * from './roles';
export * from './dto';
export * from './devices';
export * from './beneficiaries';
export * from './methods';
export * from './events';
