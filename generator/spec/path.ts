/** Where a spec lives under `specs/`: `<category pkg>/<method>.yaml`, or `<method>.yaml` when no category is known. */
import type { ApiSpec } from './types.js';

export function specPath(spec: Pick<ApiSpec, 'api' | 'category'>): string {
  const file = `${spec.api.replace(/[^\w.-]/g, '_')}.yaml`;
  return spec.category ? `${spec.category.pkg.replace(/[^\w.-]/g, '_')}/${file}` : file;
}
