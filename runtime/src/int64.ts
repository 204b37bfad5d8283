/**
 * How TOP `Number` values (Java `long`, ids past 2^53) appear in responses. The generator rewrites this file
 * for its `int64` option; this default keeps them as exact decimal strings.
 */
export type Int64Mode = 'string' | 'bigint' | 'number';

export type Int64 = string;

export const INT64_MODE: Int64Mode = 'string';
