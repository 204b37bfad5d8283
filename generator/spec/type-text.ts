/**
 * How a doc writes a param's type: `RefundMessage []`, `Number[]`, `String`, `byte[]`.
 * The one place that knows the list suffix and the `byte[]` exception (a file, not a list of bytes).
 */

export interface TypeText {
  /** The element type without the list suffix; `byte[]` stays `byte[]`. */
  type: string;
  list: boolean;
}

const LIST_SUFFIX = /\s*\[\s*\]$/;

/** Splits the doc's type cell into element type and list-ness. White space (incl. NBSP) is tolerated around `[]`. */
export function splitTypeText(text: string): TypeText {
  let type = text.replace(/[\s\u00a0]+/g, ' ').trim();
  if (isFileType(type)) return { type: 'byte[]', list: false };
  if (!LIST_SUFFIX.test(type)) return { type, list: false };
  type = type.replace(LIST_SUFFIX, '');
  // `byte[][]`: a list of files.
  if (isFileType(type)) return { type: 'byte[]', list: true };
  return { type, list: true };
}

/** The type as the doc site's JSON writes it (`RefundMessage[]`), for renderers and diffs. */
export function joinTypeText(t: { type: string; list?: boolean | undefined }): string {
  return t.list ? `${t.type}[]` : t.type;
}

function isFileType(type: string): boolean {
  return /^byte\s*\[\s*\]$/.test(type);
}
