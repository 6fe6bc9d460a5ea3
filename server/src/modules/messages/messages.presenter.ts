import {
  fillTemplate,
  MESSAGE_TEMPLATES,
  recordType,
  type Lang,
  type MessageDto,
  type MessageTemplateCode,
  type MessageVars,
} from '@xiezuo/domain';
import type { MessageRow } from './messages.repository';

const DECISIONS: Record<string, { zh: string; en: string }> = {
  approved: { zh: '批准', en: 'approved' },
  rejected: { zh: '驳回', en: 'rejected' },
};

/** Variables stored in Chinese that have a label in the reader's language: record types, decisions. */
function localised(vars: MessageVars, lang: Lang): MessageVars {
  const type = typeof vars.typeCode === 'string' ? recordType(vars.typeCode)?.label[lang] : undefined;
  const decision = typeof vars.decisionCode === 'string' ? DECISIONS[vars.decisionCode]?.[lang] : undefined;
  return { ...vars, ...(type ? { type } : {}), ...(decision ? { decision } : {}) };
}

/** A message as its recipient reads it, in their language; the link is the in-app path. */
export function presentMessage(m: MessageRow, lang: Lang): MessageDto {
  const t = MESSAGE_TEMPLATES[m.template as MessageTemplateCode];
  const vars = localised(m.vars, lang);
  return {
    id: m.id,
    template: m.template,
    title: t ? fillTemplate(t.title[lang], vars) : m.template,
    body: t ? fillTemplate(t.body[lang], vars) : '',
    link: m.link,
    createdAt: m.createdAt.toISOString(),
    readAt: m.readAt?.toISOString() ?? null,
  };
}
