/**
 * Errors that reach users, made in one place. Each has a stable code, an HTTP status and a message in
 * Vietnamese and English; `details` names the row and field at fault where there is one.
 */
export interface ErrorDetail {
  /** 1-based row in the user's file, when the problem is in a file. */
  row?: number;
  field?: string;
  value?: string;
  /** Stable code of the kind of problem ("code.shape", "duplicate.code"…), when there is one. */
  code?: string;
  message: string;
  messageVi?: string;
}

export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly messageVi: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** A request or file that cannot be accepted as given (400). */
export function invalidInput(message: string, messageVi: string, details: ErrorDetail[] = []): AppError {
  return new AppError('invalid_input', 400, message, messageVi, details);
}

/** A unit code that is not in the register (404). */
export function unitNotFound(code: string): AppError {
  return new AppError('unit_not_found', 404, `no administrative unit has code ${code}`, `không có đơn vị hành chính mã ${code}`);
}

/** An uploaded file that is too large (413). */
export function fileTooLarge(limitBytes: number): AppError {
  const mb = Math.round(limitBytes / 1024 / 1024);
  return new AppError('file_too_large', 413, `the file is larger than ${mb} MB`, `tệp lớn hơn ${mb} MB`);
}

/** A file whose content is not a supported spreadsheet (415). */
export function unsupportedFile(message: string, messageVi: string): AppError {
  return new AppError('unsupported_file', 415, message, messageVi);
}

/** A change that conflicts with what is stored (409). */
export function conflict(message: string, messageVi: string, details: ErrorDetail[] = []): AppError {
  return new AppError('conflict', 409, message, messageVi, details);
}

/** A PDF asked for where no Chromium is installed to print it (503). */
export function pdfUnavailable(): AppError {
  return new AppError(
    'pdf_unavailable',
    503,
    'PDF needs Chromium: install the Debian package chromium or set ICTMON_CHROMIUM',
    'Cần Chromium để xuất PDF: cài gói chromium của Debian hoặc đặt biến môi trường ICTMON_CHROMIUM',
  );
}
