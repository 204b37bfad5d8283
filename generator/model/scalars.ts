/**
 * The ONE table from TOP types to TypeScript. Request types accept what the runtime can encode;
 * response types are what the runtime decodes to.
 */
import type { Side, TopScalar } from './types.js';

export interface ScalarTs {
  /** TypeScript type of a request field. */
  request: string;
  /** TypeScript type of a response field. */
  response: string;
  /** Runtime type names the TS text refers to (imported from the runtime). */
  imports: readonly string[];
}

const JSON_TS = 'string | Record<string, unknown>';

export const SCALARS: Readonly<Record<TopScalar, ScalarTs>> = {
  String: { request: 'string', response: 'string', imports: [] },
  'Field List': { request: 'string', response: 'string', imports: [] },
  Number: { request: 'Int64Input', response: 'Int64', imports: ['Int64Input', 'Int64'] },
  Boolean: { request: 'boolean', response: 'boolean', imports: [] },
  Date: { request: 'DateInput', response: 'string', imports: ['DateInput'] },
  Price: { request: 'string', response: 'string', imports: [] },
  'byte[]': { request: 'TopFile', response: 'string', imports: ['TopFile'] },
  Json: { request: JSON_TS, response: JSON_TS, imports: [] },
  byte: { request: 'number', response: 'number', imports: [] },
};

const SCALAR_NAMES = Object.keys(SCALARS) as TopScalar[];

export interface ScalarMatch {
  top: TopScalar;
  /** True when the doc type only matched case-insensitively (`string`), worth a warning. */
  approximate: boolean;
}

/**
 * The TOP scalar a doc type names, or undefined when it names a struct (or nothing known). Aliases (`long`,
 * `BigDecimal`, `Map`) were resolved before the model, by the spec stage's type normalisation.
 */
export function matchScalar(type: string): ScalarMatch | undefined {
  if ((SCALAR_NAMES as string[]).includes(type)) return { top: type as TopScalar, approximate: false };
  const lower = type.toLowerCase();
  const loose = SCALAR_NAMES.find((s) => s.toLowerCase() === lower);
  return loose ? { top: loose, approximate: true } : undefined;
}

export function scalarTs(top: TopScalar, side: Side): string {
  return SCALARS[top][side];
}

/** The runtime types a scalar's TS text needs on one side. */
export function scalarImports(top: TopScalar, side: Side): string[] {
  const ts = SCALARS[top][side];
  const tokens = new Set(ts.split(/[^A-Za-z0-9_$]+/));
  return SCALARS[top].imports.filter((name) => tokens.has(name));
}
