import { Alert, Button, Card, Layout, List, Tag, Typography } from 'antd';
import { useParams } from 'react-router';
import { useT } from '../../../app/i18n';
import { LangSwitch } from '../../../app/lang-switch';
import { AccountGate } from '../../account/components/account-gate';
import { useApplications, useApply, usePost } from '../api/labour.api';
import { destKey, statusKey, wageText } from '../utils/labour-format';

/** The pushed post on a worker's phone: large text, one tap to apply, the status of its own applications only. */
function WorkerPost({ id }: { id: string | null }) {
  const { t } = useT();
  const post = usePost(id);
  const mine = useApplications({ page: 1, pageSize: 20 });
  const apply = useApply();
  const current = mine.data?.items.find((a) => a.postId === id);
  const p = post.data;
  return (
    <>
      {p ? (
        <Card style={{ marginBottom: 16 }}>
          <Typography.Title level={2} style={{ marginTop: 0 }}>
            {p.title}
          </Typography.Title>
          <Typography.Paragraph style={{ fontSize: 18 }}>{p.employerName}</Typography.Paragraph>
          <Typography.Paragraph style={{ fontSize: 18 }}>
            {t(destKey(p.destination))} · {wageText(p.wageMinFen, p.wageMaxFen)} 元/月 · {p.startOn}
          </Typography.Paragraph>
          <div style={{ marginBottom: 16 }}>
            {p.housing ? <Tag>{t('labour.mobile.housing')}</Tag> : null}
            {p.meals ? <Tag>{t('labour.mobile.meals')}</Tag> : null}
            {p.skills.map((s) => (
              <Tag key={s}>{s}</Tag>
            ))}
          </div>
          {current ? (
            <Alert
              type="success"
              showIcon
              title={t('labour.mobile.applied', { status: t(statusKey(current.status)) })}
            />
          ) : (
            <Button
              type="primary"
              size="large"
              block
              style={{ height: 56, fontSize: 20 }}
              loading={apply.isPending}
              onClick={() => apply.mutate({ postId: p.id })}
            >
              {t('labour.mobile.apply')}
            </Button>
          )}
          {apply.error ? <Alert style={{ marginTop: 12 }} type="error" showIcon title={apply.error.message} /> : null}
        </Card>
      ) : null}
      {post.error ? <Alert type="error" showIcon title={post.error.message} style={{ marginBottom: 16 }} /> : null}
      <Card size="small" title={t('labour.mobile.mine')}>
        <List
          dataSource={mine.data?.items ?? []}
          renderItem={(a) => (
            <List.Item>
              <span style={{ fontSize: 16 }}>{a.postTitle}</span>
              <Tag>{t(statusKey(a.status))}</Tag>
            </List.Item>
          )}
        />
      </Card>
    </>
  );
}

/** `/jobs/:id` and `/jobs`: the worker's phone page (external sign-in by phone; no other worker's data). */
export function WorkerPostPage() {
  const { id } = useParams();
  return (
    <Layout style={{ minHeight: '100vh', padding: 12, maxWidth: 560, margin: '0 auto' }}>
      <div style={{ display: 'flex', justifyContent: 'flex-end', marginBottom: 8 }}>
        <LangSwitch />
      </div>
      <AccountGate>{() => <WorkerPost id={id ?? null} />}</AccountGate>
    </Layout>
  );
}
