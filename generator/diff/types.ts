/** One change between two spec sets, as `diffSpecs` returns it. */
export type ChangeSeverity = 'breaking' | 'compatible' | 'info';

export type ChangeKind =
  | 'api-added'
  | 'api-removed'
  | 'param-added'
  | 'param-removed'
  | 'param-retyped'
  | 'param-required'
  | 'param-optional'
  | 'title-changed'
  | 'description-changed'
  | 'example-changed'
  | 'default-changed'
  | 'constraints-changed';

export interface SpecChange {
  api: string;
  kind: ChangeKind;
  severity: ChangeSeverity;
  /** Param path (`request.foo`, `response.result.items[].id`); absent for API-level changes. */
  path?: string;
  /** One phrase, e.g. `required param added (String)`. */
  message: string;
  /** The old value, as text (type, example, constraints…), when the change has one. */
  before?: string;
  /** The new value, as text. */
  after?: string;
}
