/**
 * What-if: the province recounted under changed parameters, beside the national count, with the
 * communes whose outcome changes. Nothing is stored.
 */
import type { ServiceContext } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { summarizeCriteria, type CriteriaSummary } from './summarize-criteria.ts';

/** A commune whose outcome the changed parameters change. */
export interface WhatIfChange {
  code: string;
  name: string;
  from: string;
  to: string;
}

/** Recounts the area under `parameters` and compares it with the count under the national defaults. */
export async function runWhatIf(
  ctx: ServiceContext,
  input: { area: string | null; date: string; setId?: string | undefined; parameters: Readonly<Record<string, unknown>> },
): Promise<{ base: CriteriaSummary; whatIf: CriteriaSummary; changed: WhatIfChange[] }> {
  if (Object.keys(input.parameters).length === 0)
    throw invalidInput('a what-if needs at least one parameter', 'cần ít nhất một tham số để tính thử', [
      { field: 'parameters', message: 'empty', messageVi: 'trống' },
    ]);
  const base = await summarizeCriteria(ctx, { area: input.area, date: input.date, setId: input.setId, withPreviousYear: false });
  const whatIf = await summarizeCriteria(ctx, {
    area: input.area,
    date: input.date,
    setId: input.setId,
    parameters: input.parameters,
    withPreviousYear: false,
  });
  const before = new Map(base.communes.map((c) => [c.code, c.outcome]));
  const changed = whatIf.communes
    .filter((c) => before.get(c.code) !== c.outcome)
    .map((c) => ({ code: c.code, name: c.name, from: before.get(c.code) ?? 'missing', to: c.outcome }));
  return { base, whatIf, changed };
}
