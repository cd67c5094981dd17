/**
 * Who may do what (issue #6): the roles of an ictmon installation and the actions each may take. An
 * account has one role and one scope (a unit, or the whole country); every action below is also
 * limited to the units of that scope, checked where the action names its units. The public (no
 * account) reads published — approved — figures only and changes nothing.
 */

export const ROLES = ['admin', 'reviewer', 'officer', 'operator', 'inspector'] as const;
export type Role = (typeof ROLES)[number];

export interface RoleInfo {
  vi: string;
  en: string;
  /** What the role is for, shown where accounts are made. */
  dutyVi: string;
  dutyEn: string;
}

export const ROLE_INFO: Record<Role, RoleInfo> = {
  officer: {
    vi: 'Cán bộ xã',
    en: 'Commune officer',
    dutyVi: 'Nhập và gửi số liệu của xã và các thôn, bản trong xã',
    dutyEn: 'Enters and submits the figures of its commune and the commune’s villages',
  },
  reviewer: {
    vi: 'Cán bộ thẩm định cấp tỉnh',
    en: 'Provincial reviewer',
    dutyVi: 'Xem xét, phê duyệt hoặc trả lại số liệu đã gửi; mở lại số liệu đã duyệt khi cần sửa',
    dutyEn: 'Reviews submitted figures, approves or returns them; reopens approved figures for correction',
  },
  admin: {
    vi: 'Quản trị cấp tỉnh',
    en: 'Provincial administrator',
    dutyVi: 'Quản lý tài khoản, kế hoạch, tham số tiêu chí, bản đồ ranh giới, khoá sổ kỳ báo cáo',
    dutyEn: 'Manages accounts, plans, criteria parameters, boundaries and the closing of periods',
  },
  operator: {
    vi: 'Doanh nghiệp',
    en: 'Operator',
    dutyVi: 'Gửi số liệu mạng lưới của chính doanh nghiệp qua API bằng mã truy cập',
    dutyEn: 'Submits the figures of its own network, through the API with tokens',
  },
  inspector: {
    vi: 'Thanh tra',
    en: 'Inspector',
    dutyVi: 'Xem toàn bộ số liệu, lịch sử và nhật ký thay đổi trong phạm vi',
    dutyEn: 'Reads every figure, its history and the audit log within its scope',
  },
};

/** A role's name for an account of that scope: an administrator of the whole country is not a provincial one. */
export function roleName(role: Role, national: boolean): { vi: string; en: string } {
  if (role === 'admin' && national) return { vi: 'Quản trị hệ thống (toàn quốc)', en: 'National administrator' };
  return { vi: ROLE_INFO[role].vi, en: ROLE_INFO[role].en };
}

/** The actions of the application that are not open to everyone. */
export const ACTIONS = {
  /** Store actual figures (a file, a form) for units in scope. */
  'values.enter': ['officer', 'operator', 'admin'],
  /** Store plan targets (the series `plan`). */
  'values.plan': ['admin'],
  /** Submit entered figures for review. */
  'submission.submit': ['officer', 'operator', 'admin'],
  /** Approve or return submitted figures. */
  'submission.review': ['reviewer', 'admin'],
  /** Reopen approved figures for a correction (with a reason). */
  'submission.reopen': ['reviewer', 'admin'],
  /** Close a period, open it again, grant exceptions. */
  'period.close': ['admin'],
  /** Set the reporting deadlines (days after a period's end). */
  'deadline.set': ['admin'],
  /** Read figures not yet approved, their history, the review queue, what is due. */
  'values.readUnpublished': ['officer', 'operator', 'reviewer', 'admin', 'inspector'],
  /** Read the audit log. */
  'audit.read': ['inspector', 'admin'],
  /** Create, change and disable accounts within scope. */
  'users.manage': ['admin'],
  /** Import the administrative register (units, villages). */
  'units.import': ['admin'],
  /** Import map boundaries. */
  'boundaries.import': ['admin'],
  /** Change the criteria parameters of a province (overlays). */
  'criteria.parameters': ['admin'],
  /** Record the official criteria evaluation of a province. */
  'criteria.record': ['reviewer', 'admin'],
  /** Recompute the analytics tables. */
  'analytics.rebuild': ['admin'],
  /** Build the annual review report (DOCX, XLSX, PDF). */
  'reports.build': ['officer', 'reviewer', 'admin', 'operator', 'inspector'],
} as const satisfies Record<string, readonly Role[]>;
export type Action = keyof typeof ACTIONS;

/** Actions that concern the whole installation: only an account scoped to the whole country may take them. */
export const NATIONAL_ACTIONS: ReadonlySet<Action> = new Set<Action>(['units.import', 'analytics.rebuild', 'deadline.set']);

/** Whether `role` may take `action` (its scope is checked apart). */
export function roleMay(role: Role, action: Action): boolean {
  return (ACTIONS[action] as readonly Role[]).includes(role);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
