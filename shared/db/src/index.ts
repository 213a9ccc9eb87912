export * from './config';
export * from './stats';
export * from './ids';
export * from './data-source';
export * from './tenant-scope';
export * from './audit';
