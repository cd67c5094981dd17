/** `/api/meta`: what the server runs on and which reference data is loaded (shown in the footer). */
import type { Meta } from '../../../src/services/setup/get-meta.ts';
import { useApi, type ApiState } from './use-api.ts';

/** Loads the server's metadata once. */
export function useMeta(): ApiState<Meta> {
  return useApi<Meta>('/api/meta');
}
