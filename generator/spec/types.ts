/**
 * The spec contract (`SPEC-FORMAT.md`), key for key. The parsers write it, the emitter reads only it.
 * Keys marked "extension" are ours, added beside the fixed ones.
 */

/** Constraints from the doc's 更多限制 cell (or the doc-site JSON's fields of the same names). */
export interface Constraints {
  maxLength?: number;
  maxListSize?: number;
  maxValue?: number;
  minValue?: number;
}

export const CONSTRAINT_KEYS = ['maxLength', 'maxListSize', 'maxValue', 'minValue'] as const satisfies readonly (keyof Constraints)[];

/** Every key a param may have in a spec file, in the order the writer puts them. */
export const PARAM_KEYS = ['name', 'type', 'list', 'required', 'example', 'description', 'constraints', 'default', 'children'] as const satisfies readonly (keyof ParamSpec)[];

export interface ParamSpec {
  /** The parameter's name as written (snake_case in TOP). */
  name: string;
  /** The element type as the doc writes it, without the list suffix: `String`, `Number`, `RefundMessage`… */
  type: string;
  /** `true` when the doc's type ends in `[]`; absent otherwise. */
  list?: true;
  /** Request params only: `true` for 必须, `false` for 可选. */
  required?: boolean;
  /** The 示例值 cell, as text; absent when the doc has none. */
  example?: string;
  /** The 描述 cell, as text. */
  description: string;
  constraints?: Constraints;
  /** Extension: the 默认值 (default value) of the 更多限制 cell, as text; absent when the doc gives none. */
  default?: string;
  /** The sub-params of an object type, in the doc's order. */
  children?: ParamSpec[];
}

/** Extension: the doc-site category the API is listed under (`<pkg>/catelog.json`). */
export interface CategoryRef {
  /** URL-safe slug, e.g. `exchange`; used for folders and subpath exports. */
  pkg: string;
  /** The category's Chinese name, e.g. `换货API`. */
  name: string;
  /** The doc site's category id. */
  id: number;
}

export interface ApiSpec {
  /** The method name, exactly as the doc writes it. */
  api: string;
  /** The Chinese name in the page title. */
  title: string;
  /** The API description (HTML kept as the doc has it). */
  description: string;
  request: ParamSpec[];
  response: ParamSpec[];
  /** Extension: the doc site's document id of the API, when the input carries it. */
  docId?: number;
  /** Extension: category, when the input names one. */
  category?: CategoryRef;
  /** Extension: inputs this spec was made from, paths relative to the project root, sorted. */
  sources?: string[];
}
