import { Alert, Button, Card, Col, Descriptions, Row, Skeleton, Tag, Typography, type DescriptionsProps } from 'antd';
import { useT, type Translate } from '../../../app/i18n';
import { PageHeader } from '../../../components/page-header';
import { useNavigate } from 'react-router';
import { useSystemConfig } from '../api/use-system-config.query';

function yesNo(v: boolean, t: Translate) {
  return v ? <Tag color="orange">{t('common.yes')}</Tag> : <Tag>{t('common.no')}</Tag>;
}

function Section({ title, items }: { title: string; items: DescriptionsProps['items'] }) {
  return (
    <Card
      size="small"
      title={
        <Typography.Title level={2} className="xz-card-title">
          {title}
        </Typography.Title>
      }
    >
      <Descriptions column={1} size="small" items={items} />
    </Card>
  );
}

/** Read-only view of the configuration in force, for config.read (系统管理员). */
export function SystemConfigPage() {
  const { t } = useT();
  const config = useSystemConfig();
  const navigate = useNavigate();
  const header = (
    <PageHeader
      title={t('system.title')}
      subtitle={t('system.subtitle')}
      extra={<Button onClick={() => void navigate('/system/messages')}>{t('system.messages.open')}</Button>}
    />
  );
  if (config.isPending)
    return (
      <>
        {header}
        <Skeleton active />
      </>
    );
  if (config.error)
    return (
      <>
        {header}
        <Alert type="error" showIcon title={config.error.message} />
      </>
    );
  const c = config.data;

  return (
    <>
      {header}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Section
            title={t('system.general')}
            items={[
              { key: 'v', label: t('system.version'), children: <span className="xz-mono">{c.version}</span> },
              {
                key: 'db',
                label: t('system.database'),
                children: t(c.database === 'embedded' ? 'system.db.embedded' : 'system.db.external'),
              },
              { key: 'demo', label: t('system.demo'), children: yesNo(c.demo, t) },
              {
                key: 'secure',
                label: t('system.cookieSecure'),
                children: c.cookieSecure ? (
                  <Tag color="green">{t('common.yes')}</Tag>
                ) : (
                  <Tag color="orange">{t('common.no')}</Tag>
                ),
              },
            ]}
          />
        </Col>
        <Col xs={24} lg={12}>
          <Section
            title={t('system.session')}
            items={[
              { key: 'idle', label: t('system.idle'), children: t('system.minutes', { n: c.session.idleMinutes }) },
              { key: 'abs', label: t('system.absolute'), children: t('system.hours', { n: c.session.absoluteHours }) },
            ]}
          />
        </Col>
        <Col xs={24} lg={12}>
          <Section
            title={t('system.lockout')}
            items={[
              { key: 'th', label: t('system.threshold'), children: c.lockout.threshold },
              { key: 'min', label: t('system.lockMinutes'), children: t('system.minutes', { n: c.lockout.minutes }) },
              {
                key: 'rate',
                label: t('system.rate'),
                children: t('system.perMinute', { n: c.lockout.loginRatePerMinute }),
              },
            ]}
          />
        </Col>
        <Col xs={24} lg={12}>
          <Section
            title={t('system.policy')}
            items={[
              {
                key: 'len',
                label: t('system.minLength'),
                children: t('system.chars', { n: c.passwordPolicy.minLength }),
              },
              {
                key: 'cls',
                label: t('system.minClasses'),
                children: t('system.classes', { n: c.passwordPolicy.minClasses }),
              },
              { key: 'hist', label: t('system.history'), children: c.passwordPolicy.historySize },
            ]}
          />
        </Col>
      </Row>
    </>
  );
}
