/** Pass Numérique stock and redemption rules: pure domain logic, no I/O. */
export * from './number-rule';
export * from './paris-date';
export * from './lot-calendar';
export * from './pass-state';
export * from './redemption-rule';
export * from './stock-csv';
export * from './stock-range';
