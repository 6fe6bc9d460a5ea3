import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import { ROLE_LABELS } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { useCurrentSession } from '../../auth/session-context';

/** The signed-in user and each role with the scope it applies to. */
export function AccountCard() {
  const { t, lang } = useT();
  const { user, roles } = useCurrentSession();
  return (
    <Card
      title={
        <Typography.Title level={2} className="xz-card-title">
          {t('home.account')}
        </Typography.Title>
      }
    >
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'username', label: t('home.username'), children: <span className="xz-mono">{user.username}</span> },
          { key: 'name', label: t('home.displayName'), children: user.displayName },
          { key: 'tenant', label: t('home.tenant'), children: user.tenant.name },
        ]}
      />
      <Typography.Title level={3} className="xz-subheading">
        {t('home.roles')}
      </Typography.Title>
      {roles.length === 0 ? (
        <Typography.Text type="secondary">{t('home.noRoles')}</Typography.Text>
      ) : (
        <ul className="xz-role-list">
          {roles.map((r) => (
            <li key={`${r.role}:${r.scopeId ?? ''}`}>
              <Space wrap size={4}>
                <Tag color="blue">{ROLE_LABELS[r.role][lang]}</Tag>
                <Typography.Text type="secondary">{t(`scope.${r.scopeType}`)}:</Typography.Text>
                <Typography.Text>{r.scopeName ?? r.scopeId ?? '—'}</Typography.Text>
              </Space>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
