/** Runs every benchmark and prints one markdown report (copy the figures into bench/RESULTS.md). */
import { cpus, totalmem } from 'node:os';
import { benchDateSlice } from './date-slice.ts';
import { benchEventLoop } from './event-loop.ts';
import { benchReferenceLoad } from './reference-load.ts';
import { benchValuesImport } from './values-import.ts';

const header = `## ${new Date().toISOString().slice(0, 10)} — ${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`;
console.log(header);
for (const bench of [benchReferenceLoad, benchDateSlice, benchEventLoop, () => benchValuesImport()]) console.log(await bench());
console.log(await (await import('./criteria-country.ts')).benchCriteriaCountry());
console.log(await (await import('./analytics-country.ts')).benchAnalyticsCountry());
console.log(await (await import('./report-annual.ts')).benchReportAnnual());
