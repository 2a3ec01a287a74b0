export * from './benefits';
export * from './id-number';
export * from './phone';
export * from './towns';
export * from './membership';
export * from './stations';
export * from './error-codes';
