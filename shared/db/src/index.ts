export * from './config';
export * from './stats';
export * from './ids';
export * from './errors';
export * from './data-source';
export * from './request-database';
export * from './tenant-scope';
export * from './audit';
