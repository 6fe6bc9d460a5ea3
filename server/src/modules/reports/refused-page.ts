import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ERROR_CODES, type ErrorCode, type Lang } from '@xiezuo/domain';
import { AppError } from '../../http/app-error';
import { escapeHtml } from './report-doc';

const TEXT = {
  zh: { title: '无法下载该报告', back: '返回报告页面', code: '错误代码' },
  en: { title: 'This report cannot be downloaded', back: 'Back to reports', code: 'Error code' },
} as const;

/** A refused download as a page a person reads: the reason in their language and the way back, not a JSON body. */
export function refusedPage(lang: Lang, code: ErrorCode, reason?: string): string {
  const t = TEXT[lang];
  const message = ERROR_CODES[code][lang];
  const detail = reason ? `<p>${escapeHtml(reason)}</p>` : '';
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t.title}</title>
<style>body{font-family:system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:0;background:#f5f5f5;color:#1f1f1f}main{max-width:32rem;margin:12vh auto;padding:2rem;background:#fff;border-radius:8px;box-shadow:0 1px 4px rgba(0,0,0,.08)}h1{font-size:1.25rem;margin:0 0 1rem}p{line-height:1.6}a{color:#1677ff}small{color:#8c8c8c}</style></head>
<body><main role="main"><h1>${t.title}</h1><p>${escapeHtml(message)}</p>${detail}<p><a href="/reports">${t.back}</a></p><small>${t.code}: ${code}</small></main></body></html>
`;
}

/** The reason a person can act on, from an AppError's details (`{ zh, en }`, or "en / zh" halves picked by language). */
function reasonOf(err: AppError, lang: Lang): string | undefined {
  const d = err.details as { reason?: unknown } | undefined;
  const r = d?.reason as { zh?: unknown; en?: unknown } | string | undefined;
  if (r && typeof r === 'object' && typeof r[lang] === 'string') return r[lang];
  if (typeof r !== 'string') return undefined;
  const reason = r;
  const [en, zh] = reason.split(' / ');
  return lang === 'zh' ? (zh ?? en) : en;
}

/**
 * For the download routes: a browser that navigated to a file (Accept: text/html) and is refused gets a page; API
 * callers and server errors go on to the app's one error handler (rethrown).
 */
export function downloadErrorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  const status = err instanceof AppError ? ERROR_CODES[err.code].status : (err.statusCode ?? 500);
  const navigated = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
  if (!navigated || status >= 500 || status < 400) throw err;
  const lang = req.lang ?? 'zh';
  const code: ErrorCode = err instanceof AppError ? err.code : status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST';
  const reason = err instanceof AppError ? reasonOf(err, lang) : undefined;
  return reply
    .status(status)
    .type('text/html; charset=utf-8')
    .send(refusedPage(lang, code, reason));
}
