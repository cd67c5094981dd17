/** The errors of sign-in, sessions, tokens and accounts (English and Vietnamese, stable codes). */
import { AppError } from '../errors.ts';

/** Wrong username or password: the same answer whether or not the account exists (401). */
export function invalidCredentials(): AppError {
  return new AppError('invalid_credentials', 401, 'wrong username or password', 'sai tên đăng nhập hoặc mật khẩu');
}

/** Time as people in Vietnam read it: 22/11/2026 14:05. */
export function formatVietnamTime(at: Date): string {
  const t = new Date(at.getTime() + 7 * 3600_000).toISOString();
  return `${t.slice(8, 10)}/${t.slice(5, 7)}/${t.slice(0, 4)} ${t.slice(11, 16)}`;
}

/** An account locked after repeated failures: refused even with the right password until `until` (423). */
export function accountLocked(until: Date): AppError {
  const shown = formatVietnamTime(until);
  return new AppError(
    'account_locked',
    423,
    `too many failed sign-ins: the account is locked until ${shown} (Vietnam time); an administrator can unlock it`,
    `đăng nhập sai quá nhiều lần: tài khoản bị khoá đến ${shown}; quản trị viên có thể mở khoá`,
    [{ field: 'lockedUntil', value: until.toISOString(), message: `locked until ${until.toISOString()}` }],
  );
}

const TOKEN_REASONS = {
  expired: ['the API token has expired', 'mã truy cập API đã hết hạn'],
  revoked: ['the API token has been revoked', 'mã truy cập API đã bị thu hồi'],
  unknown: ['unknown API token', 'mã truy cập API không tồn tại'],
  inactive: ['the account of this API token is disabled', 'tài khoản của mã truy cập API này đã bị khoá'],
} as const;

/** A bearer credential that does not sign anyone in (401). */
export function tokenInvalid(reason: keyof typeof TOKEN_REASONS): AppError {
  const [en, vi] = TOKEN_REASONS[reason];
  return new AppError('token_invalid', 401, en, vi, [{ field: 'authorization', code: `token.${reason}`, message: en, messageVi: vi }]);
}

/** A state-changing request a browser may have been tricked into sending (403). */
export function csrfRefused(why: 'token' | 'origin'): AppError {
  return why === 'token'
    ? new AppError(
        'csrf_refused',
        403,
        'refused: a change made with a signed-in browser must carry the x-csrf-token header (from GET /api/auth/session)',
        'bị từ chối: thay đổi từ trình duyệt đã đăng nhập phải kèm tiêu đề x-csrf-token (lấy từ GET /api/auth/session)',
      )
    : new AppError('csrf_refused', 403, 'refused: the request comes from another site', 'bị từ chối: yêu cầu đến từ một trang web khác');
}

/** Too many attempts from one address (429). */
export function rateLimited(retryAfterSeconds: number): AppError {
  const n = Math.max(1, Math.ceil(retryAfterSeconds));
  return new AppError(
    'rate_limited',
    429,
    `too many attempts from your address: try again in ${n} s`,
    `thử quá nhiều lần từ địa chỉ của bạn: hãy thử lại sau ${n} giây`,
  );
}

export function userNotFound(username: string): AppError {
  return new AppError('user_not_found', 404, `no account ${username}`, `không có tài khoản ${username}`);
}

export function tokenNotFound(id: number): AppError {
  return new AppError('token_not_found', 404, `no API token #${id}`, `không có mã truy cập API #${id}`);
}

/** A first-run setup code that is wrong, used or expired (403). */
export function setupCodeInvalid(): AppError {
  return new AppError(
    'setup_code_invalid',
    403,
    'the setup code is wrong, used or expired (restart `ictmon serve` for a new one)',
    'mã thiết lập sai, đã dùng hoặc đã hết hạn (khởi động lại `ictmon serve` để có mã mới)',
  );
}

/** First-run setup once an administrator exists (409). */
export function setupNotNeeded(): AppError {
  return new AppError('setup_not_needed', 409, 'an administrator already exists: sign in instead', 'đã có quản trị viên: hãy đăng nhập');
}

/** A change an account may not make to itself (403). */
export function ownAccount(what: string, whatVi: string): AppError {
  return new AppError('own_account', 403, `you cannot change your own ${what}`, `không thể tự thay đổi ${whatVi} của chính mình`);
}

/** A signed-in action that needs a person, not the installation or a token (403). */
export function needsSignedInUser(what: string, whatVi: string): AppError {
  return new AppError('needs_user', 403, `${what} needs an account signed in with its password`, `${whatVi} cần tài khoản đăng nhập bằng mật khẩu`);
}

/** A wrong current password when changing one's own (403: the session itself is fine). */
export function wrongCurrentPassword(): AppError {
  return new AppError('wrong_password', 403, 'the current password is wrong', 'mật khẩu hiện tại không đúng');
}
