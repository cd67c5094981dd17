/**
 * Answers cached per data version, for the read endpoints many clients ask at once (the dashboard, the
 * map boundaries). The data version is the id of the last audit event (every write leaves one, in its
 * transaction), so a cached answer is never served after a write has been seen; it is read at most every
 * DATA_VERSION_TTL_MS, so a write by this or another process shows within that time (issue #5: "visible
 * within 1 second"). An answer is built once however many clients ask for it at the same time, and
 * serialised, gzip-compressed and tagged (ETag) once per version.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { readDataVersion } from '../../db/queries/analytics/read-data-version.ts';
import type { ServiceContext } from '../context.ts';

/** How long a read of the data version is trusted (ms). */
export const DATA_VERSION_TTL_MS = 200;

/** One cached answer: the value, and its JSON text, gzip bytes and ETag made on first use. */
export class VersionedAnswer<T> {
  private jsonText?: string;
  private gzipBytes?: Buffer;
  private tag?: string;

  constructor(
    readonly version: string,
    readonly value: T,
  ) {}

  get json(): string {
    this.jsonText ??= JSON.stringify(this.value);
    return this.jsonText;
  }

  get gzip(): Buffer {
    this.gzipBytes ??= gzipSync(this.json);
    return this.gzipBytes;
  }

  /** A strong entity tag of the JSON text. */
  get etag(): string {
    this.tag ??= `"${createHash('sha1').update(this.json).digest('base64url')}"`;
    return this.tag;
  }
}

/** A bounded cache of answers by key (per database), each valid for the data version it was built on. */
export class VersionedAnswers<T> {
  private readonly byDb = new WeakMap<object, { entries: Map<string, VersionedAnswer<T>>; building: Map<string, Promise<VersionedAnswer<T>>> }>();

  constructor(private readonly maxEntries: number) {}

  /** The answer for `key` on the current data version, built by `build` when there is none. */
  async get(ctx: ServiceContext, key: string, build: () => Promise<T>): Promise<VersionedAnswer<T>> {
    let cache = this.byDb.get(ctx.db);
    if (!cache) {
      cache = { entries: new Map(), building: new Map() };
      this.byDb.set(ctx.db, cache);
    }
    const { entries, building } = cache;
    const version = await currentDataVersion(ctx);
    const hit = entries.get(key);
    if (hit && hit.version === version) return hit;
    const buildKey = `${key}\u0000${version}`;
    let pending = building.get(buildKey);
    if (!pending) {
      pending = build()
        .then((value) => {
          const answer = new VersionedAnswer(version, value);
          entries.delete(key);
          if (entries.size >= this.maxEntries) entries.delete(entries.keys().next().value!);
          entries.set(key, answer);
          return answer;
        })
        .finally(() => building.delete(buildKey));
      building.set(buildKey, pending);
    }
    return pending;
  }
}

const versions = new WeakMap<object, { version: string; readAt: number }>();
const versionReads = new WeakMap<object, Promise<string>>();

/** The data version of the database behind `ctx`, read at most every DATA_VERSION_TTL_MS (one read at a time). */
export async function currentDataVersion(ctx: ServiceContext): Promise<string> {
  const known = versions.get(ctx.db);
  const now = performance.now();
  if (known && now - known.readAt < DATA_VERSION_TTL_MS) return known.version;
  let pending = versionReads.get(ctx.db);
  if (!pending) {
    pending = readDataVersion(ctx.db)
      .then((version) => {
        versions.set(ctx.db, { version, readAt: now });
        return version;
      })
      .finally(() => versionReads.delete(ctx.db));
    versionReads.set(ctx.db, pending);
  }
  return pending;
}
