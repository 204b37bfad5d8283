/**
 * Tree recovery. Bullets do not show depth: a node with children is written without `└`, and where its children
 * end is not marked. The samples say which params belong to which object; without them a heuristic decides.
 */
import type { RawParam } from './cells.js';
import type { Evidence, EvidenceEntry } from './evidence.js';
import { evidenceKey, normName, takeEvidence } from './evidence.js';
import { splitTypeText } from '../../spec/type-text.js';

/**
 * Without evidence (measured by `scripts/roundtrip.ts` over the corpus; greedy 71.6%, the others 64–71%), after the
 * rules every heuristic shares (a wrapper field or an object of an enclosing object's type goes up):
 * - `greedy` (default): a node's children are all following bullets of its top-level row, except that a name
 *   already among its fields closes it (two fields cannot share a name);
 * - `alpha`: also closes a node when the next name breaks the alphabetical order of its fields but continues its
 *   parent's (some docs sort);
 * - `flat`: also closes a node whose fields so far are all leaves when a node with children follows.
 */
export type Heuristic = 'greedy' | 'alpha' | 'alpha-flat' | 'flat';

/**
 * Fields of TOP's result wrappers (`success`, `error_code`, `error_msg`, `total_count`, `has_next`, `request_id`…), by
 * normalised name. Without a sample, one of them after a nested object belongs to the wrapper the object is nested
 * in, not to the object: over the corpus this takes the trees recovered without samples from 2,604 to 3,043 of
 * 4,250 (459 fixed, 20 misplaced that were right, where list items carry their own `success` or `error_code`).
 * Bare `code`, `message`, `msg` and `total` are left out: as often an item's own fields, they cost more than gain.
 */
const WRAPPER_FIELDS = /^(?:success|issuccess|errorcode|errormsg|errormessage|errromsg|errcode|errmsg|msgcode|msginfo|resultcode|resultmsg|totalcount|totalresults|hasnext|pagesize|pageno|currentpage|totalpage|requestid|traceid|httpstatuscode|suberrormessage|suberrorcode|suberrormsg|errordesc|errorinfo)$/;

export interface Node {
  raw: RawParam;
  children: Node[];
  /** The sample's value for this param, when the sample has it. */
  value?: string;
  entry?: EvidenceEntry;
}

interface Level {
  ev?: Evidence;
  kids: Node[];
  /** The element type of the param whose fields this level holds (`ItemImageVO` for `ItemImageVO []`). */
  type: string;
}

export interface TreeIssue {
  kind: 'notInSample' | 'duplicate';
  param: RawParam;
}

/** Nests `raws` (preorder bullets of one top-level param) under `root`, whose sample evidence is `ev`. */
export function nest(root: Node, raws: readonly RawParam[], ev: Evidence | undefined, heuristic: Heuristic, issues: TreeIssue[], visited: Evidence[]): void {
  let i = 0;
  const levels: Level[] = [];
  const expects = (l: Level, name: string): boolean => {
    if (!l.ev) return false;
    const key = evidenceKey(l.ev, name);
    return l.ev.names.has(key) && !l.ev.used.has(key);
  };
  const belongsAbove = (r: RawParam, key: string): boolean => {
    const level = levels[levels.length - 1];
    if (!level || levels.length === 1 || level.kids.length === 0) return false;
    if (expects(level, r.name)) return false;
    for (let k = levels.length - 2; k >= 0; k--) if (expects(levels[k] as Level, r.name)) return true;
    if (level.ev) {
      // The sample knows this object and not this name: if an ancestor's sample knows it (used or not), go up.
      for (let k = levels.length - 2; k >= 0; k--) {
        const ev = levels[k]?.ev;
        if (ev?.names.has(evidenceKey(ev, r.name))) return true;
      }
    }
    // Without a sample: a result wrapper's own fields close the objects nested in it (`result { data [..], success }`).
    // Not into an object that has a field of that name already: then it is the nested object's own.
    if (!level.ev && r.leaf && WRAPPER_FIELDS.test(key) && !levels[levels.length - 2]?.kids.some((k) => normName(k.raw.name) === key)) return true;
    // An object is not a field of an object of its own type (29 of the corpus's 10,655 objects are): it follows it.
    if (!r.leaf && levels.slice(1).some((l) => l.type === splitTypeText(r.typeText).type)) return true;
    // A name already among this object's fields cannot be another one: it belongs further up.
    if (level.kids.some((k) => normName(k.raw.name) === key) && levels.slice(0, -1).some((l) => !l.kids.some((k) => normName(k.raw.name) === key))) return true;
    // `flat`: a node with children that follows a run of leaves closes the object the leaves belong to.
    if ((heuristic === 'flat' || heuristic === 'alpha-flat') && !r.leaf && level.kids.every((k) => k.raw.leaf)) return true;
    if (heuristic === 'alpha' || heuristic === 'alpha-flat') {
      const last = level.kids[level.kids.length - 1]?.raw.name ?? '';
      const parent = levels[levels.length - 2]?.kids;
      const parentName = parent?.[parent.length - 1]?.raw.name ?? '';
      if (r.name < last && r.name > parentName) return true;
    }
    return false;
  };
  const take = () => {
    const level = levels[levels.length - 1] as Level;
    while (i < raws.length) {
      const r = raws[i] as RawParam;
      const key = normName(r.name);
      if (belongsAbove(r, key)) return;
      i++;
      const node: Node = { raw: r, children: [] };
      if (level.kids.some((k) => normName(k.raw.name) === key)) issues.push({ kind: 'duplicate', param: r });
      let childEv: Evidence | undefined;
      const taken = level.ev && takeEvidence(level.ev, r);
      if (taken === 'unknown') issues.push({ kind: 'notInSample', param: r });
      else if (taken) {
        node.entry = taken.entry;
        if (taken.value !== undefined) node.value = taken.value;
        childEv = taken.children;
      }
      level.kids.push(node);
      if (!r.leaf) {
        const l: Level = { kids: node.children, type: splitTypeText(r.typeText).type };
        if (childEv) {
          l.ev = childEv;
          visited.push(childEv);
        }
        levels.push(l);
        take();
        levels.pop();
      }
    }
  };
  const top: Level = { kids: root.children, type: splitTypeText(root.raw.typeText).type };
  if (ev) top.ev = ev; // the caller has it in `visited` already
  levels.push(top);
  take();
}
