/**
 * How TOP `Number` values (Java `long`, ids past 2^53) appear in responses: generated for the `int64` option (string).
 */
export type Int64Mode = 'string' | 'bigint' | 'number';

export type Int64 = string;

export const INT64_MODE: Int64Mode = 'string';
