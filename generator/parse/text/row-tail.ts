/**
 * A top-level row's tail. The row is one line, its cells joined by single spaces and empty ones dropped, so where
 * the 示例值 ends and the 描述 begins is not written: the sample's value, the param's kind and type, and the form of
 * the text decide (`name Type 必须 2000-01-01 00:00:00 创建时间`).
 */
import { splitTypeText } from '../../spec/type-text.js';
import { sameValue } from './cells.js';

/** What `splitRowTail` knows of the row besides its text. */
export interface RowTailContext {
  /** The value the Java/XML sample gives the param (`''`: the sample sets it empty); undefined when it gives none. */
  sample: string | undefined;
  /** The param has sub-params: the samples never give an object a value. */
  object: boolean;
  /** The type cell as written (`Number`, `Date`, `byte[]`, `String []`). */
  type: string;
}

/**
 * Splits a top-level row's tail (`example description`, cells joined by single spaces, spaces inside either, empty
 * cells dropped). The sample value settles it when there is one: the example is the prefix that matches it, and a
 * sample that sets the param to `''` means the 示例值 cell is empty. Without a value (objects, files, pages without
 * samples): a lone word is the description; `X X` is an example that repeats its description; a leading date-time,
 * `{…}`/`[…]` or XML is the example whole; a value of the param's type or a placeholder (`null`) is; otherwise the
 * first word is, unless it ends a clause (`类型:`, `USD,`), an object's tail is plain English words (`result object`), or
 * the param is a Number, Boolean, Price or Date and the word is plain prose (`page 页码`): then the whole tail is
 * description.
 */
export function splitRowTail(tail: string, context: RowTailContext): { example?: string; description: string } {
  if (tail === '') return { description: '' };
  const { sample } = context;
  if (sample === '') return { description: tail };
  if (sample !== undefined) {
    if (sameValue(tail, sample)) return { example: tail, description: '' };
    for (let i = tail.indexOf(' '); i > 0; i = tail.indexOf(' ', i + 1)) {
      if (sameValue(tail.slice(0, i), sample)) return { example: tail.slice(0, i), description: tail.slice(i + 1) };
    }
  }
  // A lone word is the description (even `{}`: the doc-site JSON has descriptions that read `{}` and `[]`).
  if (!tail.includes(' ')) return { description: tail };
  const half = (tail.length - 1) / 2;
  if (tail[half] === ' ' && tail.slice(0, half) === tail.slice(half + 1)) return { example: tail.slice(0, half), description: tail.slice(half + 1) };
  const example = leadingValue(tail, context);
  return example === undefined ? { description: tail } : { example, description: tail.slice(example.length).trimStart() };
}

/** Values a placeholder example takes whatever the type (`null`, `[]`, `{}`, `[1,2,3]`, `-`). */
const PLACEHOLDER = /^(?:null|NULL|-|\[.*\]|\{.*\})$/;
/** What the first word must look like for a scalar type; other types (String, Json, objects, files) take any word. */
const TYPE_WORD: Readonly<Record<string, RegExp>> = {
  Number: /^-?\d+(?:\.\d+)?(?:,-?\d+(?:\.\d+)?)*$/,
  Price: /^-?\d+(?:\.\d+)?$/,
  Boolean: /^(?:true|false)$/i,
  Date: /^\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/,
};

/** The example a row tail starts with, as far as its form and the param's type tell; undefined when it has none. */
function leadingValue(tail: string, context: RowTailContext): string | undefined {
  const whole = leadingStructure(tail);
  if (whole !== undefined) return whole;
  const first = tail.slice(0, tail.indexOf(' '));
  // A word that ends a clause opens a sentence: `图片（凭证）。类型: JPG,GIF`, `目标币种:USD, GBP`, `记录集。返回 X`
  // (an ASCII word may end in a comma: `,ifd_warning,FakeCredit_Warning, 忽略警告提示`).
  if (/[，：；。、]/.test(first) || (/[,:;]$/.test(first) && /[^\x00-\x7f]/.test(first))) return undefined;
  // Nor is a lone bracket an example, or a description that would start with punctuation (`字段信息 。`).
  if (/^[{[<]$/.test(first) || /^ [，：；。、.,;:!?]/.test(tail.slice(first.length))) return undefined;
  // An object's type names the object, not a kind of value its example must be.
  const type = context.object ? '' : splitTypeText(context.type).type;
  const rule = Object.hasOwn(TYPE_WORD, type) ? TYPE_WORD[type] : undefined;
  // A value of the param's type is its example (`true success` for a Boolean), as is a placeholder.
  if (rule?.test(first) || PLACEHOLDER.test(first)) return first;
  // An object's tail of plain English words is a description (`result object`); an example ahead of one shows as
  // `foo 返回值`. A text param's is not (`aaa campaign Id`).
  if (context.object && /^[A-Za-z]+(?:'s)?(?: [A-Za-z]+(?:'s)?[,.]?)+$/.test(tail)) return undefined;
  // A typed param's example may not fit its type (`isv.sys.error` for a Boolean), but a plain word is prose
  // (`page 页码` for a Number, `是 是否默认` for a Boolean).
  return rule === undefined || !/^[A-Za-z\u3400-\u9fff]+$/.test(first) ? first : undefined;
}

/** A leading value with spaces inside: a date-time, a balanced `{…}` or `[…]`, or XML up to its last `>`. */
function leadingStructure(tail: string): string | undefined {
  const dateTime = /^\d{4}-\d{1,2}-\d{1,2} \d{1,2}:\d{2}(?::\d{2})?(?= )/.exec(tail);
  if (dateTime) return dateTime[0];
  const open = tail[0];
  if (open === '{' || open === '[') {
    const close = open === '{' ? '}' : ']';
    let depth = 0;
    let inString = false;
    for (let i = 0; i < tail.length; i++) {
      const c = tail[i];
      if (inString) {
        if (c === '\\') i++;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === open) depth++;
      else if (c === close && --depth === 0) return tail[i + 1] === ' ' ? tail.slice(0, i + 1) : undefined;
    }
    return undefined;
  }
  if (open === '<') {
    const end = tail.lastIndexOf('>');
    return end > 0 && tail[end + 1] === ' ' && !/[<>]/.test(tail.slice(end + 1)) ? tail.slice(0, end + 1) : undefined;
  }
  return undefined;
}
