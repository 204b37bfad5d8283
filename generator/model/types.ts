/**
 * The typed IR between specs and emitted files. Every name is decided here once (`names.ts`);
 * emitters only print what the model holds.
 */
import type { TopScalar } from '../../runtime/src/schema.js';

export type { TopScalar };

/** Which side of a call a type lives on: requests accept wider inputs than responses return. */
export type Side = 'request' | 'response';

/** A field's type: a TOP scalar, a named nested struct of the same API, or a list of either. */
export type TypeRef = { kind: 'scalar'; top: TopScalar } | { kind: 'struct'; name: string } | { kind: 'list'; of: TypeRef };

/** Text shown in a field's JSDoc, raw as the spec has it (HTML and all); emitters escape it. */
export interface FieldDoc {
  description: string;
  example?: string;
  /** The 默认值 the doc gives: what TOP uses when the param is not sent. */
  defaultValue?: string;
  /** Human-readable constraint lines, e.g. `max length 20`. */
  constraints: string[];
}

export interface FieldModel {
  /** The param name exactly as written in TOP (snake_case), used as property and wire key. */
  name: string;
  /** True when `name` must be quoted as a property key. */
  quoted: boolean;
  type: TypeRef;
  /** Request side: the param is 必须. Response fields are always optional. */
  required: boolean;
  doc: FieldDoc;
}

export interface StructModel {
  /** Interface name, unique across the catalog (`TmallExchangeMessageAddRefundMessage`). */
  name: string;
  side: Side;
  /** The doc's type name this struct came from (`RefundMessage`). */
  docType: string;
  fields: FieldModel[];
}

export interface ApiModel {
  /** TOP method name as written (`tmall.exchange.message.add`). */
  method: string;
  title: string;
  description: string;
  /** Spec file the API came from, relative to the project root (`specs/exchange/tmall.exchange.message.add.yaml`). */
  specFile: string;
  /** Lower camel function name (`tmallExchangeMessageAdd`). */
  functionName: string;
  /** Exported static description of the call: method, response root and schemas (`tmallExchangeMessageAddOperation`). */
  operationName: string;
  requestType: string;
  responseType: string;
  /** Module path relative to `src/`, without extension (`apis/tmall.exchange.message.add`). */
  modulePath: string;
  /** Root key of the JSON response (`tmall_exchange_message_add_response`). */
  responseRoot: string;
  /** Category slug (`exchange`; `misc` when the spec has none). */
  category: string;
  request: FieldModel[];
  response: FieldModel[];
  /** Nested structs of both sides, in order of first use. */
  structs: StructModel[];
}

export interface CategoryModel {
  /** Slug used for `src/categories/<pkg>.ts` and the `./<pkg>` subpath export. */
  pkg: string;
  name: string;
  /** Methods in this category, sorted. */
  methods: string[];
}

export interface Model {
  /** Sorted by method (code-unit order). */
  apis: ApiModel[];
  /** Sorted by pkg. */
  categories: CategoryModel[];
}

/**
 * What the package's entry files (index, api map, category barrels, README) need of an API: its names. An `ApiModel` is
 * one; incremental runs keep these for the APIs they do not rebuild.
 */
export type ApiSummary = Pick<ApiModel, 'method' | 'functionName' | 'operationName' | 'requestType' | 'responseType' | 'modulePath' | 'category'> & {
  structs: readonly { name: string }[];
};

/** The model as the entry files see it. */
export interface EntryModel {
  apis: readonly ApiSummary[];
  categories: readonly CategoryModel[];
}
