/** Diagnostic codes of the model stage (TOP3xx). */
export const MODEL_CODES = {
  /** Two methods map to the same function, type or file name. */
  nameCollision: 'TOP301',
  /** A param's type is not a TOP scalar and has no children (typo such as `Stirng`, or an object without fields). */
  unknownType: 'TOP302',
  /** A param has no type at all. */
  missingType: 'TOP303',
  /** A param has no name, or the same name twice at one level. */
  badParamName: 'TOP304',
  /** The same API method appears in two specs. */
  duplicateApi: 'TOP305',
  /** A known scalar type has children, which are ignored. */
  scalarWithChildren: 'TOP306',
} as const;
