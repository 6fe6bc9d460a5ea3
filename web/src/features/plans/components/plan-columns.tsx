import { Button, Space, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { describeRule, type Lang, type PlanIndicatorDto } from '@xiezuo/domain';
import type { Translate } from '../../../app/i18n';
import { pacingText, targetText } from '../utils/plan-view';

export type PlanColumnsInput = {
  t: Translate;
  lang: Lang;
  canEdit: boolean;
  groupName: (code: string) => string;
  countyName: (code: string) => string;
  onEdit: (ind: PlanIndicatorDto) => void;
  onToggle: (ind: PlanIndicatorDto) => void;
};

/** The plan table's columns: name with its code, rule in words, target, pacing, group, status, and the office's actions. */
export function planColumns({
  t,
  lang,
  canEdit,
  groupName,
  countyName,
  onEdit,
  onToggle,
}: PlanColumnsInput): TableColumnsType<PlanIndicatorDto> {
  const cols: TableColumnsType<PlanIndicatorDto> = [
    {
      key: 'name',
      // the code is the editor's handle (rules and imports cite it); a reader sees the name only
      title: canEdit ? `${t('plans.col.name')} / ${t('plans.col.code')}` : t('plans.col.name'),
      width: 230,
      render: (_, i) => (
        <>
          <div>{i.name[lang]}</div>
          {canEdit ? (
            <Typography.Text type="secondary" className="xz-mono xz-plan-code">
              {i.code}
            </Typography.Text>
          ) : null}
        </>
      ),
    },
    // on a phone the rule (read in the editor) and the pacing and group give way: squeezed beside the fixed actions
    // they were one character a line; with a width they can no longer be squeezed
    {
      key: 'rule',
      title: t('plans.col.rule'),
      minWidth: 240,
      responsive: ['md'],
      render: (_, i) => describeRule(i.rule, lang),
    },
    { key: 'target', title: t('plans.col.target'), width: 140, render: (_, i) => targetText(i, lang, countyName) },
    {
      key: 'pacing',
      title: t('plans.col.pacing'),
      width: 100,
      responsive: ['lg'],
      render: (_, i) => pacingText(i.pacing, lang),
    },
    {
      key: 'group',
      title: t('plans.col.group'),
      width: 130,
      responsive: ['lg'],
      render: (_, i) => groupName(i.group),
    },
    {
      key: 'status',
      title: t('plans.col.status'),
      width: 72,
      render: (_, i) => (i.isActive ? <Tag color="green">{t('plans.active')}</Tag> : <Tag>{t('plans.inactive')}</Tag>),
    },
  ];
  if (!canEdit) return cols;
  cols.push({
    key: 'actions',
    title: t('plans.col.actions'),
    width: 112,
    fixed: 'right',
    render: (_, i) => (
      <Space size={0}>
        <Button
          type="link"
          size="small"
          onClick={() => onEdit(i)}
          aria-label={t('plans.editOf', { name: i.name[lang] })}
        >
          {t('plans.edit')}
        </Button>
        <Button
          type="link"
          size="small"
          danger={i.isActive}
          onClick={() => onToggle(i)}
          aria-label={`${t(i.isActive ? 'plans.deactivate' : 'plans.reactivate')} ${i.name[lang]}`}
        >
          {t(i.isActive ? 'plans.deactivate' : 'plans.reactivate')}
        </Button>
      </Space>
    ),
  });
  return cols;
}
