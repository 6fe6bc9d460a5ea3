import type { Lang } from '@xiezuo/domain';

/** zh-CN unless the client asks for English first. */
export function langFromHeader(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'zh';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh';
}
