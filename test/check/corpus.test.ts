// The whole dev corpus passes `check` with zero errors once the patches in patches/ are applied.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSpecs } from '../../generator/commands/check.js';
import { formatDiagnostic } from '../../generator/diagnostics.js';
import { loadPatches } from '../../generator/spec/patch.js';
import { corpusEntries, ROOT } from './corpus.js';

describe('corpus check', () => {
  it('has zero errors after patches, and every patch applies', async () => {
    const entries = corpusEntries();
    expect(entries.length).toBe(4250);
    const { patches, diagnostics: loadDiagnostics } = await loadPatches('patches', ROOT);
    expect(loadDiagnostics).toEqual([]);
    const r = checkSpecs(entries, patches, { reportUnusedPatches: true });
    const errors = r.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
    expect(errors).toEqual([]);
    // Every op of every patch found its target: an obsolete patch shows up here first.
    expect(r.diagnostics.filter((d) => d.code.startsWith('TOP4')).map(formatDiagnostic)).toEqual([]);
    expect(r.applied.length).toBe(patches.reduce((n, p) => n + p.ops.length, 0));
  });

  it('finds the known errors without patches', () => {
    const r = checkSpecs(corpusEntries());
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    expect(new Set(errors.map((d) => d.code))).toEqual(new Set(['TOP210', 'TOP211', 'TOP213', 'TOP214']));
    expect(errors.find((d) => d.code === 'TOP210')?.path).toBe('request.query_trade_dto.status');

  });
});
