/** Injection token of the shared ioredis client (keys prefixed with `REDIS_PREFIX:`). */
export const REDIS_CLIENT = Symbol('REDIS_CLIENT');
