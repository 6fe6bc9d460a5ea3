import type { SupervisionOrderBody, WarningDto } from '@xiezuo/domain';

/** Days an order from a warning gets by default before it is due. */
export const DEFAULT_DUE_DAYS = 14;

/** A day `days` after `today` (both YYYY-MM-DD, UTC calendar arithmetic). */
export function addDays(today: string, days: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

type Lang = 'zh' | 'en';

/** The order a warning suggests: its title as the subject, its responsible units, what to answer, due in two weeks. */
export function orderFromWarning(w: WarningDto, today: string, lang: Lang): SupervisionOrderBody {
  const ask =
    lang === 'en'
      ? 'State the cause, the measures taken and the date by which the gap will be closed, with evidence.'
      : '请说明原因、已采取的整改措施和预计完成时间，并附佐证材料。';
  return {
    kind: 'supervision',
    subject: w.title[lang].slice(0, 200),
    warningId: w.id,
    indicatorCodes: w.indicatorCode ? [w.indicatorCode] : [],
    recordIds: w.recordId ? [w.recordId] : [],
    unitIds: w.responsibleUnits.map((u) => u.id),
    dueDate: addDays(today, DEFAULT_DUE_DAYS),
    requiredResponse: `${w.message[lang]}\n${ask}`.slice(0, 5000),
  };
}
