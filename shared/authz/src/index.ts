export * from './roles';
export * from './actor';
export * from './context-token';
export * from './policy';
export * from './permissions';
export * from './access-token';
export * from './signing-keys';
export * from './audit-readers';
