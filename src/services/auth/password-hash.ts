/**
 * Password hashing with scrypt (RFC 7914) from node:crypto, run on libuv's thread pool so that the event
 * loop never waits for it. Stored as `scrypt$<log2 N>$<r>$<p>$<salt b64url>$<key b64url>`: the cost is
 * read back from the stored string, so it can be raised later and old hashes still verify (and are
 * re-hashed at the next sign-in, see needsRehash).
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { availableParallelism } from 'node:os';

export interface ScryptCost {
  /** log2 of N, the CPU/memory cost. */
  logN: number;
  r: number;
  p: number;
}

/**
 * N = 2^15, r = 8, p = 3: one of the settings of OWASP's password storage cheat sheet (32 MiB, some
 * 150–300 ms per hash on a small server). Raising this constant is all it takes to go further: stored
 * hashes are upgraded as their owners sign in.
 */
export const SCRYPT_COST: ScryptCost = { logN: 15, r: 8, p: 3 };
const SALT_BYTES = 16;
const KEY_BYTES = 32;

/**
 * At most half the cores hash at once (at least one). scrypt is memory-hard on purpose: twenty at once
 * on libuv's four threads would take every core and the memory bus, and a flood of sign-ins would slow
 * every other request; queued here, they wait their turn and the rest of the server keeps a core.
 */
const MAX_CONCURRENT_HASHES = Math.max(1, Math.floor(availableParallelism() / 2));
let running = 0;
const waiting: (() => void)[] = [];

async function inHashSlot<T>(fn: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT_HASHES) await new Promise<void>((resolve) => waiting.push(resolve));
  else running++;
  try {
    return await fn();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

function derive(password: string, salt: Buffer, cost: ScryptCost, keyBytes: number): Promise<Buffer> {
  const N = 2 ** cost.logN;
  // scrypt needs 128·N·r·p bytes; Node's default ceiling (32 MiB) is exactly N = 2^15, r = 8: leave room.
  const maxmem = 256 * N * cost.r * cost.p;
  return inHashSlot(
    () =>
      new Promise((resolve, reject) =>
        scrypt(password.normalize('NFC'), salt, keyBytes, { N, r: cost.r, p: cost.p, maxmem }, (err, key) => (err ? reject(err) : resolve(key))),
      ),
  );
}

/** Hashes a password (NFC-normalised, so a Vietnamese password typed composed or decomposed is the same). */
export async function hashPassword(password: string, cost: ScryptCost = SCRYPT_COST): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, cost, KEY_BYTES);
  return ['scrypt', cost.logN, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

interface ParsedHash {
  cost: ScryptCost;
  salt: Buffer;
  key: Buffer;
}

/** Reads a stored hash; undefined when it is not one ictmon wrote (or its cost is out of sane bounds). */
function parseHash(stored: string): ParsedHash | undefined {
  const m = /^scrypt\$(\d{1,2})\$(\d{1,2})\$(\d{1,2})\$([\w-]{16,})\$([\w-]{16,})$/.exec(stored);
  if (!m) return undefined;
  const cost = { logN: Number(m[1]), r: Number(m[2]), p: Number(m[3]) };
  if (cost.logN < 10 || cost.logN > 20 || cost.r < 1 || cost.r > 32 || cost.p < 1 || cost.p > 16) return undefined;
  return { cost, salt: Buffer.from(m[4]!, 'base64url'), key: Buffer.from(m[5]!, 'base64url') };
}

/** Whether `password` matches `stored`, compared in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed.cost, parsed.key.length);
  return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}

/** Whether a stored hash is weaker than today's cost (re-hash it when the password is next known). */
export function needsRehash(stored: string): boolean {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const c = parsed.cost;
  return c.logN < SCRYPT_COST.logN || c.r < SCRYPT_COST.r || c.p < SCRYPT_COST.p || parsed.key.length < KEY_BYTES;
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as verifying a real password, and fails: answers for unknown or disabled
 * accounts must not be faster than for a wrong password (no user enumeration by timing).
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword(randomBytes(18).toString('base64url'));
  await verifyPassword(password, await dummyHash);
  return false;
}
