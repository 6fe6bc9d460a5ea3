import { Segmented } from 'antd';
import type { Lang } from '@xiezuo/domain';
import { useLang } from './i18n';

const OPTIONS: { label: string; value: Lang }[] = [
  { label: '中文', value: 'zh' },
  { label: 'EN', value: 'en' },
];

/** 中文 / EN switch; the choice is kept in localStorage and, for English, in the URL. */
export function LangSwitch() {
  const [lang, setLang] = useLang();
  return (
    <Segmented<Lang> size="small" aria-label="语言 / Language" options={OPTIONS} value={lang} onChange={setLang} />
  );
}
