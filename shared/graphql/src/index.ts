export * from './errors';
export * from './payload';
export * from './connection';
export * from './loaders';
export * from './env';
export * from './http';
export * from './secure-schema';
export * from './subgraph';
