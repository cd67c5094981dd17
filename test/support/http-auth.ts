/**
 * Credentials for HTTP tests that are not about accounts: the owner key (the installation itself, as the
 * local CLI presents it). Tests of roles and scopes sign in as accounts instead (test/auth, test/review).
 */
export const TEST_OWNER_KEY = 'ictmon-test-owner-key-7f3a9c2e5b1d4a68';

/** Headers of a request made as the installation. */
export const OWNER_HEADERS = { authorization: `Bearer ${TEST_OWNER_KEY}` } as const;
