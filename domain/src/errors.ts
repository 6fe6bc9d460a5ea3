/** Application error codes, their HTTP status and their zh-CN / en messages. One map, used by server and web. */
export const ERROR_CODES = {
  VALIDATION_FAILED: { status: 400, zh: '提交的数据不符合要求', en: 'The request is not valid' },
  BAD_REQUEST: { status: 400, zh: '请求有误', en: 'Bad request' },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '上传内容过大', en: 'The upload is too large' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, zh: '不支持的内容类型', en: 'Unsupported content type' },
  XLSX_REFUSED: {
    status: 400,
    zh: 'Excel 文件超出安全限制或已损坏，已拒绝读取',
    en: 'The Excel file exceeds a safety limit or is damaged; it was not read',
  },
  IMPORT_HEADER_INVALID: {
    status: 400,
    zh: 'Excel 表头与导入模板不一致',
    en: 'The sheet’s header row does not match the import template',
  },
  PASSWORD_POLICY: {
    status: 400,
    zh: '新密码不符合密码策略',
    en: 'The new password does not meet the password policy',
  },
  PASSWORD_REUSED: { status: 400, zh: '新密码不能与最近使用过的密码相同', en: 'The new password was used recently' },
  ADMIN_ROLES_SEPARATED: {
    status: 400,
    zh: '系统管理员、安全管理员、审计管理员不能由同一人兼任',
    en: 'The three admin roles cannot be held together',
  },
  ADMIN_AND_BUSINESS_ROLES: {
    status: 400,
    zh: '三员角色不能同时持有业务角色',
    en: 'An admin role cannot be combined with a business role',
  },
  SCOPE_REQUIRED: { status: 400, zh: '该角色必须指定范围', en: 'This role needs a scope' },
  INVALID_CREDENTIALS: { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password' },
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Please sign in' },
  SESSION_EXPIRED: { status: 401, zh: '登录已过期，请重新登录', en: 'Your session has expired; please sign in again' },
  FORBIDDEN: { status: 403, zh: '没有权限执行此操作', en: 'You are not allowed to do this' },
  CSRF_REJECTED: {
    status: 403,
    zh: '请求来源校验失败，请刷新页面后重试',
    en: 'Request origin check failed; reload the page and try again',
  },
  PASSWORD_CHANGE_REQUIRED: { status: 403, zh: '请先修改初始密码', en: 'You must change your initial password first' },
  NOT_FOUND: { status: 404, zh: '未找到', en: 'Not found' },
  CONFLICT: {
    status: 409,
    zh: '数据已被他人修改，请刷新后重试',
    en: 'The data was changed by someone else; reload and try again',
  },
  PERIOD_CLOSED: {
    status: 409,
    zh: '该期间已关账，修改须提交解锁申请',
    en: 'The period is closed; changes need an approved unlock request',
  },
  RECORD_PRODUCED: {
    status: 409,
    zh: '该台账记录由业务模块自动生成，只能在原模块中修改',
    en: 'This record was produced by a module; it changes only through that module',
  },
  SAME_MAKER_CHECKER: {
    status: 403,
    zh: '经办人与审核人不能为同一人：不能审批或确认自己提交的事项',
    en: 'Maker and checker must differ: you cannot approve or confirm what you entered',
  },
  FUND_RULE_BROKEN: {
    status: 409,
    zh: '批准后资金比例将低于规定要求；如确需批准，请勾选“例外批准”并说明理由',
    en: 'Approving this breaks a fund rule; approve it only as an override with a reason',
  },
  AMOUNT_OVER_OPEN: {
    status: 409,
    zh: '金额超过项目尚未拨付的批复金额',
    en: 'The amount exceeds what is approved and not yet paid on the project',
  },
  AMOUNT_OVER_RECEIVED: {
    status: 409,
    zh: '支出金额超过项目已到账资金',
    en: 'The spending exceeds the money the project has received',
  },
  EVIDENCE_REQUIRED: {
    status: 409,
    zh: '请先上传佐证材料（验收报告、照片等）',
    en: 'Attach the evidence (acceptance report, photos) first',
  },
  INVALID_TRANSITION: {
    status: 409,
    zh: '当前状态下不能执行此操作',
    en: 'This action is not possible in the current status',
  },
  IDEMPOTENCY_IN_PROGRESS: { status: 409, zh: '相同的请求正在处理中', en: 'The same request is still being processed' },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    zh: 'Idempotency-Key 已用于另一个不同的请求',
    en: 'This Idempotency-Key was used for a different request',
  },
  DUPLICATE: { status: 409, zh: '已存在相同的数据', en: 'This already exists' },
  PLAN_EXISTS: { status: 409, zh: '该年度已有实施方案', en: 'That year already has a plan' },
  IMPORT_ROWS_INVALID: {
    status: 400,
    zh: 'Excel 中有不符合要求的行，未作任何修改',
    en: 'Some rows of the sheet are not valid; nothing was changed',
  },
  ACCOUNT_LOCKED: {
    status: 423,
    zh: '登录失败次数过多，账户已锁定，请稍后再试',
    en: 'Too many failed sign-ins; the account is locked for a while',
  },
  ACCOUNT_DISABLED: { status: 403, zh: '账户已停用', en: 'The account is disabled' },
  RATE_LIMITED: { status: 429, zh: '请求过于频繁，请稍后再试', en: 'Too many requests; try again later' },
  LOOKUP_RATE_LIMITED: {
    status: 429,
    zh: '身份证号查询次数已达每分钟上限，请稍后再试',
    en: 'You have reached the limit of ID-number lookups per minute; try again shortly',
  },
  PHONE_INVALID: {
    status: 400,
    zh: '手机号码格式不正确，请输入 11 位中国大陆手机号',
    en: 'Not a valid phone number; enter an 11-digit mainland China mobile number',
  },
  OTP_INVALID: { status: 400, zh: '验证码错误或已过期', en: 'The code is wrong or has expired' },
  OTP_LOCKED: {
    status: 423,
    zh: '验证码错误次数过多，请重新获取验证码',
    en: 'Too many wrong codes; request a new code',
  },
  INTERNAL: { status: 500, zh: '服务器内部错误', en: 'Internal server error' },
  UNAVAILABLE: { status: 503, zh: '服务暂不可用', en: 'Service unavailable' },
  DATABASE_UNAVAILABLE: {
    status: 503,
    zh: '数据库暂时不可用，本次操作可能未保存，请稍后查看并重试',
    en: 'The database is unavailable; this may not have been saved. Check and try again shortly',
  },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;
export type Lang = 'zh' | 'en';

/** The error body every failing response carries. */
export type ErrorBody = { error: { code: ErrorCode; message: string; details?: unknown } };

/** Looks up the message for a code in a language. */
export function errorMessage(code: ErrorCode, lang: Lang): string {
  return ERROR_CODES[code][lang];
}
