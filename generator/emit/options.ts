/** Options of the emit stage, with their defaults. */
import type { Int64Mode } from '../../runtime/src/int64.js';

export type { Int64Mode };

export interface EmitOptions {
  /** npm package name; default `taobao-top-sdk`. */
  packageName?: string;
  /** How response `Number` fields are typed and decoded; default `string`. */
  int64?: Int64Mode;
  /** Emit only these APIs (methods) and/or categories (slugs); everything when absent. */
  include?: { apis?: string[]; categories?: string[] };
}

export type ResolvedEmitOptions = Required<Pick<EmitOptions, 'packageName' | 'int64'>> & Pick<EmitOptions, 'include'>;

export const INT64_MODES: readonly Int64Mode[] = ['string', 'bigint', 'number'];

export function resolveEmitOptions(options: EmitOptions = {}): ResolvedEmitOptions {
  return {
    packageName: options.packageName ?? 'taobao-top-sdk',
    int64: options.int64 ?? 'string',
    ...(options.include ? { include: options.include } : {}),
  };
}
