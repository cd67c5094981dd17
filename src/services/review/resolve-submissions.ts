/** Submissions named by id, or by unit code, period and party (the CLI's and a form's way). */
import type { Queryable } from '../../db/database.ts';
import { findSubmissionIdByCode, findSubmissionsByIds } from '../../db/queries/review/submission-queries.ts';
import { formatPeriod } from '../../domain/periods/period.ts';
import { readPeriodInput } from '../values/period-input.ts';
import { AppError, type ErrorDetail } from '../errors.ts';

export type SubmissionRef = { id: number } | { unit: string; period: string; party?: string | undefined };

/** The ids of the submissions named; refuses (404, naming each) when any is unknown. */
export async function resolveSubmissionRefs(q: Queryable, refs: readonly SubmissionRef[]): Promise<number[]> {
  const ids: number[] = [];
  const missing: ErrorDetail[] = [];
  for (const ref of refs) {
    if ('id' in ref) {
      ids.push(ref.id);
      continue;
    }
    const period = readPeriodInput(ref.period)!;
    const id = await findSubmissionIdByCode(q, ref.unit, formatPeriod(period), ref.party ?? '');
    if (id === undefined) {
      const label = `${ref.unit} ${ref.period}${ref.party ? ` ${ref.party}` : ''}`;
      missing.push({
        field: 'submission',
        value: label,
        code: 'not_found',
        message: `no figures entered for ${label}`,
        messageVi: `chưa có số liệu nào của ${label}`,
      });
    } else ids.push(id);
  }
  const unique = [...new Set(ids)];
  const found = new Set((await findSubmissionsByIds(q, unique)).map((r) => r.id));
  for (const id of unique) {
    if (!found.has(id))
      missing.push({ field: 'submission', value: String(id), code: 'not_found', message: `no submission ${id}`, messageVi: `không có bộ số liệu ${id}` });
  }
  if (missing.length > 0) {
    throw new AppError(
      'submission_not_found',
      404,
      `${missing.length} submissions not found; nothing changed`,
      `không tìm thấy ${missing.length} bộ số liệu; không có thay đổi nào`,
      missing,
    );
  }
  return unique;
}
