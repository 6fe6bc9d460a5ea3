import type { ReactNode } from 'react';
import { Flex, Tag, Tooltip, Typography, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { ROLE_LABELS, type Lang, type UserAdminDto } from '@xiezuo/domain';
import type { Translate } from '../../../app/i18n';

function StatusTags({ u, t }: { u: UserAdminDto; t: Translate }) {
  return (
    <Flex wrap gap={4}>
      {u.isActive ? <Tag color="green">{t('users.status.active')}</Tag> : <Tag>{t('users.status.inactive')}</Tag>}
      {u.isLocked ? (
        <Tag color="red">
          {t('users.status.locked', { time: u.lockedUntil ? dayjs(u.lockedUntil).format('MM-DD HH:mm') : '—' })}
        </Tag>
      ) : null}
      {u.mustChangePassword ? <Tag color="gold">{t('users.status.mustChange')}</Tag> : null}
    </Flex>
  );
}

/** Column config of the users table; the actions column is present only for users.manage. */
export function userColumns(opts: {
  t: Translate;
  lang: Lang;
  selfId: string;
  actions: ((u: UserAdminDto) => ReactNode) | null;
}): NonNullable<TableProps<UserAdminDto>['columns']> {
  const { t, lang, selfId, actions } = opts;
  const cols: NonNullable<TableProps<UserAdminDto>['columns']> = [
    {
      title: t('users.col.username'),
      dataIndex: 'username',
      key: 'username',
      width: 150,
      render: (name: string, u) => (
        <>
          <span className="xz-mono">{name}</span>
          {u.id === selfId ? <Typography.Text type="secondary">{t('users.you')}</Typography.Text> : null}
        </>
      ),
    },
    { title: t('users.col.displayName'), dataIndex: 'displayName', key: 'displayName', width: 170 },
    {
      title: t('users.col.roles'),
      key: 'roles',
      render: (_v, u) => (
        <Flex wrap gap={4}>
          {u.roles.map((r) => (
            <Tooltip key={`${r.role}:${r.scopeId ?? ''}`} title={r.scopeId ?? undefined}>
              <Tag color="blue">
                {ROLE_LABELS[r.role][lang]}
                {r.scopeType !== 'tenant' ? ` · ${r.scopeName ?? r.scopeId ?? '?'}` : ''}
              </Tag>
            </Tooltip>
          ))}
        </Flex>
      ),
    },
    { title: t('users.col.status'), key: 'status', width: 130, render: (_v, u) => <StatusTags u={u} t={t} /> },
    {
      title: t('users.col.createdAt'),
      dataIndex: 'createdAt',
      key: 'createdAt',
      width: 110,
      responsive: ['lg'],
      render: (at: string) => <time dateTime={at}>{dayjs(at).format('YYYY-MM-DD')}</time>,
    },
  ];
  if (actions)
    cols.push({
      title: t('users.col.actions'),
      key: 'actions',
      width: lang === 'en' ? 290 : 220,
      render: (_v, u) => actions(u),
    });
  return cols;
}
