/** Password hashing (scrypt, parameters in the stored string) and the password rules, table-driven. */
import { describe, expect, it } from 'vitest';
import { hashPassword, needsRehash, verifyAgainstDummy, verifyPassword } from '../../src/services/auth/password-hash.ts';
import { checkPasswordRules } from '../../src/services/auth/password-rules.ts';
import { canonicalSetupCode, csrfTokenFor, newApiToken, newSetupCode } from '../../src/services/auth/secrets.ts';

describe('password hashing', () => {
  it('round-trips and stores scrypt$15$8$3$salt$hash with a 16-byte salt and a 32-byte key', async () => {
    const stored = await hashPassword('Mật khẩu rất dài 2026');
    const m = /^scrypt\$15\$8\$3\$([\w-]+)\$([\w-]+)$/.exec(stored);
    expect(m).not.toBeNull();
    expect(Buffer.from(m![1]!, 'base64url')).toHaveLength(16);
    expect(Buffer.from(m![2]!, 'base64url')).toHaveLength(32);
    expect(await verifyPassword('Mật khẩu rất dài 2026', stored)).toBe(true);
    expect(await verifyPassword('Mật khẩu rất dài 2027', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
    expect(needsRehash(stored)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same password 123')).not.toBe(await hashPassword('same password 123'));
  });

  it('reads the cost from the stored string (old hashes verify and ask to be upgraded)', async () => {
    const weak = await hashPassword('an older password', { logN: 12, r: 8, p: 1 });
    expect(weak.startsWith('scrypt$12$8$1$')).toBe(true);
    expect(await verifyPassword('an older password', weak)).toBe(true);
    expect(needsRehash(weak)).toBe(true);
  });

  it('treats a Vietnamese password typed composed or decomposed as the same', async () => {
    const stored = await hashPassword('Hà Nội mùa thu'.normalize('NFC'));
    expect(await verifyPassword('Hà Nội mùa thu'.normalize('NFD'), stored)).toBe(true);
  });

  it.each([['not a hash'], ['scrypt$40$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAA'], ['bcrypt$2b$10$abc'], ['']])(
    'refuses the malformed stored value %j',
    async (stored) => {
      expect(await verifyPassword('whatever password', stored)).toBe(false);
    },
  );

  it('the dummy check fails and costs about as much as a real one', async () => {
    const stored = await hashPassword('correct horse battery');
    await verifyAgainstDummy('warm up the dummy');
    let t = performance.now();
    await verifyPassword('wrong horse battery', stored);
    const real = performance.now() - t;
    t = performance.now();
    expect(await verifyAgainstDummy('wrong horse battery')).toBe(false);
    const dummy = performance.now() - t;
    console.log(`scrypt verify: real ${real.toFixed(1)} ms, dummy ${dummy.toFixed(1)} ms`);
    expect(dummy).toBeGreaterThan(real / 4);
  });
});

describe('password rules', () => {
  it.each([
    ['Đủ dài và khác tên', 'lan.nguyen', []],
    ['ngắn quá', 'lan.nguyen', ['password.too_short']],
    ['12345678901', 'lan.nguyen', ['password.too_short']],
    ['123456789012', 'lan.nguyen', []],
    ['xx-LAN.NGUYEN-2026', 'lan.nguyen', ['password.contains_username']],
    ['aaaaaaaaaaaaaaaa', 'lan.nguyen', ['password.one_character']],
    ['aaaa', 'lan.nguyen', ['password.too_short', 'password.one_character']],
    ['🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂', 'lan.nguyen', ['password.one_character']],
    ['Hà Nội mùa thu', 'lan.nguyen', []],
    ['x'.repeat(1025) + 'y', 'lan.nguyen', ['password.too_long']],
  ])('%j for %s breaks %j', (password, username, codes) => {
    expect(checkPasswordRules(password, username).map((d) => d.code)).toEqual(codes);
  });

  it('explains every rule in both languages', () => {
    for (const d of checkPasswordRules('aaaa', 'aaa')) {
      expect(d.message.length).toBeGreaterThan(10);
      expect(d.messageVi?.length).toBeGreaterThan(10);
    }
  });
});

describe('secrets', () => {
  it('makes tokens, setup codes and CSRF tokens of the documented shape', () => {
    expect(newApiToken()).toMatch(/^ictm_[\w-]{43}$/);
    const code = newSetupCode();
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{2}$/);
    expect(canonicalSetupCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code.replace(/-/g, ''));
    expect(csrfTokenFor('a')).not.toBe(csrfTokenFor('b'));
    expect(csrfTokenFor('a')).toBe(csrfTokenFor('a'));
  });
});
