/** What a password must be: long enough, not the username, not one character repeated. */
import { invalidInput, type ErrorDetail } from '../errors.ts';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 1024;

/** The rules a password breaks (empty: acceptable), each with a stable code and both languages. */
export function checkPasswordRules(password: string, username: string): ErrorDetail[] {
  const chars = [...password.normalize('NFC')];
  const problems: ErrorDetail[] = [];
  const detail = (code: string, message: string, messageVi: string) => problems.push({ field: 'password', code, message, messageVi });
  if (chars.length < PASSWORD_MIN_LENGTH) {
    detail('password.too_short', `the password must have at least ${PASSWORD_MIN_LENGTH} characters`, `mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự`);
  }
  if (chars.length > PASSWORD_MAX_LENGTH) {
    detail('password.too_long', `the password may have at most ${PASSWORD_MAX_LENGTH} characters`, `mật khẩu có tối đa ${PASSWORD_MAX_LENGTH} ký tự`);
  }
  const name = username.trim().toLowerCase();
  if (name.length > 0 && password.toLowerCase().includes(name)) {
    detail('password.contains_username', 'the password must not contain the username', 'mật khẩu không được chứa tên đăng nhập');
  }
  if (chars.length > 0 && chars.every((c) => c === chars[0])) {
    detail('password.one_character', 'the password must not be one character repeated', 'mật khẩu không được chỉ lặp lại một ký tự');
  }
  return problems;
}

/** Refuses (400, every broken rule listed) a password that breaks the rules. */
export function requirePasswordRules(password: string, username: string): void {
  const problems = checkPasswordRules(password, username);
  if (problems.length > 0) {
    throw invalidInput(
      `the password is not acceptable: ${problems.map((p) => p.message).join('; ')}`,
      `mật khẩu không hợp lệ: ${problems.map((p) => p.messageVi).join('; ')}`,
      problems,
    );
  }
}
