import { Alert, Button, Card, Radio, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { PostDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { useMatches, usePost, usePosts, usePush } from '../api/labour.api';
import { destKey, factorKey, reasonText, statusKey, wageText } from '../utils/labour-format';

/** The push composer: the chosen recipients, the SMS as it will read, the channel; then the outcome counted. */
function PushComposer({ post, workerIds }: { post: PostDto; workerIds: string[] }) {
  const { t } = useT();
  const push = usePush();
  const [channel, setChannel] = useState<'sms' | 'wecom' | 'inapp'>('sms');
  return (
    <Card size="small" title={t('labour.push.title')} style={{ marginTop: 16 }}>
      <Typography.Paragraph>{t('labour.push.preview', { count: workerIds.length })}</Typography.Paragraph>
      <Typography.Paragraph
        code
      >{`{姓名}您好，为您推荐岗位：${post.title.slice(0, 12)}，详情及申请：{短链接}`}</Typography.Paragraph>
      <Space>
        <Radio.Group value={channel} onChange={(e) => setChannel(e.target.value)}>
          <Radio.Button value="sms">SMS</Radio.Button>
          <Radio.Button value="wecom">WeCom</Radio.Button>
          <Radio.Button value="inapp">App</Radio.Button>
        </Radio.Group>
        <Button
          type="primary"
          disabled={!workerIds.length}
          loading={push.isPending}
          onClick={() => push.mutate({ postId: post.id, workerIds, channel })}
        >
          {t('labour.push.send')}
        </Button>
      </Space>
      {push.data ? (
        <Alert
          style={{ marginTop: 12 }}
          type="success"
          showIcon
          title={t('labour.push.done', { queued: push.data.queued, ...push.data.skipped })}
        />
      ) : null}
      {push.error ? <Alert style={{ marginTop: 12 }} type="error" showIcon title={push.error.message} /> : null}
    </Card>
  );
}

/** One post with its ranked workers (score and reasons with their weights) and the push composer. */
function PostDetail({ id }: { id: string }) {
  const { t } = useT();
  const post = usePost(id);
  const matches = useMatches(id);
  const [chosen, setChosen] = useState<string[]>([]);
  if (!post.data) return null;
  return (
    <Card title={`${post.data.title} · ${post.data.employerName}`} style={{ marginTop: 16 }}>
      <Typography.Title level={5}>{t('labour.post.matches')}</Typography.Title>
      <Table
        size="small"
        rowKey="workerId"
        loading={matches.isPending}
        dataSource={matches.data?.items ?? []}
        pagination={false}
        rowSelection={{ selectedRowKeys: chosen, onChange: (keys) => setChosen(keys as string[]) }}
        columns={[
          { title: t('labour.col.name'), dataIndex: 'name' },
          { title: t('labour.col.county'), dataIndex: 'countyCode' },
          { title: t('labour.col.score'), dataIndex: 'score', align: 'right' },
          {
            title: t('labour.col.reasons'),
            dataIndex: 'reasons',
            render: (rs: { factor: string; weight: number; value: number }[]) =>
              rs.map((r) => (
                <Tag key={r.factor} color={r.value > 0 ? (r.weight >= 0 ? 'green' : 'orange') : undefined}>
                  {reasonText(t(factorKey(r.factor)), r)}
                </Tag>
              )),
          },
        ]}
      />
      <PushComposer post={post.data} workerIds={chosen} />
    </Card>
  );
}

/** 岗位: the posts list; choosing one opens its ranked workers (the selection is in the URL). */
export function PostsPage() {
  const { t } = useT();
  const [params, setParams] = useSearchParams();
  const [page, setPage] = useState(1);
  const posts = usePosts({ page, pageSize: 10 });
  const selected = params.get('id');
  return (
    <>
      <Typography.Title level={3}>{t('labour.posts.title')}</Typography.Title>
      <Table
        size="small"
        rowKey="id"
        loading={posts.isPending}
        dataSource={posts.data?.items ?? []}
        onRow={(r) => ({ onClick: () => setParams({ id: r.id }), style: { cursor: 'pointer' } })}
        rowClassName={(r) => (r.id === selected ? 'ant-table-row-selected' : '')}
        pagination={{ current: page, pageSize: 10, total: posts.data?.total ?? 0, onChange: setPage }}
        columns={[
          { title: t('labour.col.title'), dataIndex: 'title' },
          { title: t('labour.col.employer'), dataIndex: 'employerName' },
          { title: t('labour.col.destination'), dataIndex: 'destination', render: (d: string) => t(destKey(d)) },
          { title: t('labour.col.openings'), key: 'o', render: (_, r) => `${r.hired}/${r.openings}` },
          { title: t('labour.col.wage'), key: 'w', render: (_, r) => wageText(r.wageMinFen, r.wageMaxFen) },
          { title: t('labour.col.status'), dataIndex: 'status', render: (s: string) => <Tag>{t(statusKey(s))}</Tag> },
        ]}
      />
      {selected ? <PostDetail key={selected} id={selected} /> : null}
    </>
  );
}
