/**
 * Diagnostic codes of the spec checks (TOP210…) and of patches (TOP4xx), one table, one comment each.
 * TOP201–203 belong to `read.ts` (YAML shape); everything here runs on a spec that read cleanly.
 */
export const SPEC_CODES = {
  /** error: a type that is neither a known scalar nor an object type identifier (`null`, `Foo<Bar>`, `a b`). */
  unknownType: 'TOP210',
  /** error: a param with no type at all. */
  missingType: 'TOP211',
  /** warning: an object type with no sub-params: the SDK can only type it as an open record. */
  objectWithoutChildren: 'TOP212',
  /** error: a scalar type (String, Price…) that has sub-params: one of the two is wrong. */
  scalarWithChildren: 'TOP213',
  /** error: two params with the same name at one level. */
  duplicateName: 'TOP214',
  /** warning: `maxListSize` on a param that is not a list. */
  listConstraintOnScalar: 'TOP215',
  /** warning: `maxLength` on a param that is not text. */
  maxLengthOnNonString: 'TOP216',
  /** warning: `required` on a response param (only request params are required or optional). */
  requiredInResponse: 'TOP217',
  /** error: a param with an empty name. */
  emptyName: 'TOP218',
  /** error: a param name with characters no wire key or property can carry (space, quote, `*`, control characters…). */
  unusableName: 'TOP219',
  /** warning: a param name that is not a plain identifier (`dimission.employee`, `x-id`): it must be quoted. */
  oddName: 'TOP220',
  /** error: an API name that is not dot-separated segments (`taobao.trade.get`). */
  badApiName: 'TOP221',
  /** warning: an API name with characters other than lowercase letters, digits and `_` in a segment. */
  oddApiName: 'TOP222',
  /** warning: a misspelled scalar type was corrected (`Stirng` → `String`); the message names the original. */
  typeCorrected: 'TOP223',
  /** error: a misspelled type close to more than one scalar type (`Bate`: Date or byte?). */
  ambiguousType: 'TOP224',
  /** error: the spec does not match `specs/spec.schema.json`. */
  schemaViolation: 'TOP225',
  /** error: an input larger than the size limit. */
  inputTooLarge: 'TOP226',
  /** error: an input nested deeper than the nesting limit. */
  nestingTooDeep: 'TOP227',
  /** error: an input with more params than the param limit. */
  tooManyParams: 'TOP228',
  /** warning: `minValue` greater than `maxValue`. */
  emptyRange: 'TOP229',
  /** error: a patch file that is not YAML or not a patch (`api`, `reason`, `ops`). */
  malformedPatch: 'TOP401',
  /** warning: a patch op whose target path is not in the spec (the doc changed; the patch may be obsolete). */
  patchTargetMissing: 'TOP402',
  /** error: a patch op that is not exactly one of set, remove or add, or whose values have the wrong type. */
  badPatchOp: 'TOP403',
  /** warning: a patch for an API that none of the checked specs has. */
  patchUnused: 'TOP404',
  /** warning: an `add` op for a param that already exists. */
  patchAddExists: 'TOP405',
  /** warning: a patch path matching several params (duplicates) without `occurrence`. */
  patchAmbiguous: 'TOP406',
  /** error: two patch files for the same API. */
  duplicatePatch: 'TOP407',
} as const satisfies Record<string, `TOP${number}`>;

export type SpecCode = (typeof SPEC_CODES)[keyof typeof SPEC_CODES];
