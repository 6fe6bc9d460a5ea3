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
  SUMMARY_IDENTIFYING: {
    status: 400,
    zh: '病例摘要须去标识化：不得包含身份证号或电话号码',
    en: 'The case summary must be de-identified: no ID number or phone number',
  },
  DUPLICATE: { status: 409, zh: '已存在相同的数据', en: 'This already exists' },
  PLEDGE_BELOW_BOUGHT: {
    status: 409,
    zh: '认购额不能低于该单位本年度已计入的采购额',
    en: 'A pledge cannot be below what the unit has already bought (and counted) this year',
  },
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
  CHARITY_OVER_CAP: {
    status: 409,
    zh: '认领金额超过该需求尚未认领的部分',
    en: 'The claim is more than what is left of the need',
  },
  CHARITY_NEED_CLOSED: {
    status: 409,
    zh: '该需求未发布或已认领完毕、已关闭，不能认领',
    en: 'This need is not open for claims (not published, fully claimed or closed)',
  },
  CHARITY_BENEFICIARY_CAP: {
    status: 409,
    zh: '该受助人本年度受助金额将超过上限',
    en: 'This beneficiary would receive more than the yearly cap',
  },
  CHARITY_MAKER_CHECKER: {
    status: 409,
    zh: '需求须由录入人以外的人员核实',
    en: 'A need must be verified by someone other than the person who entered it',
  },
  CHARITY_RECEIPT_SHORT: {
    status: 409,
    zh: '接收金额不足以覆盖所认领的需求',
    en: 'The amount received does not cover the claimed needs',
  },
  CHARITY_WRONG_COUNTY: {
    status: 409,
    zh: '划转批次中有不属于该县的需求',
    en: 'The batch holds needs of another county',
  },
  CHARITY_CLAIM_STATE: {
    status: 409,
    zh: '所选认领的状态不允许此操作（已接收、已划转或已过期）',
    en: 'A chosen claim is not in a state for this step (already received, passed on or expired)',
  },
  CHARITY_PERSONAL_TEXT: {
    status: 400,
    zh: '标题或说明中不能含有受助人姓名、身份证号或电话',
    en: 'The title or description must not contain the beneficiary’s name, ID number or phone',
  },
  CHARITY_BENEFICIARY_REQUIRED: {
    status: 400,
    zh: '个人受助的需求须填写受助人姓名和身份证号',
    en: 'A need for a person needs the beneficiary’s name and ID number',
  },
  LABOUR_POST_FILLED: {
    status: 409,
    zh: '该岗位的招聘名额已满，不能再录用',
    en: 'All openings of this post are filled; no one more can be hired',
  },
  LABOUR_ALREADY_APPLIED: { status: 409, zh: '已经申请过该岗位', en: 'This worker has already applied to this post' },
  LABOUR_POST_NOT_OPEN: { status: 409, zh: '该岗位未在招聘中', en: 'This post is not open' },
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
