/** Rows of indicator_value in COPY text format, buffered into chunks for a streamed COPY. */

/** The indicator_value columns of the lines. */
export const VALUE_COLUMNS = [
  'unit_id',
  'indicator_code',
  'period',
  'breakdown',
  'series',
  'value_num',
  'value_bool',
  'value_text',
  'status',
  'batch_id',
  'recorded_by',
] as const;

/** Collects lines and hands out chunks of about `chunkChars` characters. */
export class ValueLines {
  private parts: string[] = [];
  private chars = 0;
  private readonly suffix: string;
  readonly counts = new Map<string, number>();
  rows = 0;

  constructor(
    batchId: number,
    private readonly chunkChars = 1 << 20,
  ) {
    this.suffix = `\tapproved\t${batchId}\tbench\n`;
  }

  /** Adds one value of a unit version. */
  add(unitId: number, indicator: string, period: string, value: number | boolean | string, breakdown = '', series: 'actual' | 'plan' = 'actual'): void {
    const v = typeof value === 'number' ? `${value}\t\\N\t\\N` : typeof value === 'boolean' ? `\\N\t${value ? 't' : 'f'}\t\\N` : `\\N\t\\N\t${value}`;
    const line = `${unitId}\t${indicator}\t${period}\t${breakdown}\t${series}\t${v}${this.suffix}`;
    this.parts.push(line);
    this.chars += line.length;
    this.rows++;
    this.counts.set(indicator, (this.counts.get(indicator) ?? 0) + 1);
  }

  /** A full chunk when one is ready (or whatever is left when `force`), else undefined. */
  take(force = false): string | undefined {
    if (this.chars === 0 || (!force && this.chars < this.chunkChars)) return undefined;
    const out = this.parts.join('');
    this.parts = [];
    this.chars = 0;
    return out;
  }
}
