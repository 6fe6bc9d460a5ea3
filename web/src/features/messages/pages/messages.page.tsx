import { Button, Col, Flex, Pagination, Row, Segmented } from 'antd';
import { useT } from '../../../app/i18n';
import { useUrlParams } from '../../../app/use-url-params';
import { PageHeader } from '../../../components/page-header';
import { useMarkRead } from '../api/use-mark-read.mutation';
import { useMessages } from '../api/use-messages.query';
import { ChannelPrefsCard } from '../components/channel-prefs.card';
import { MessageList } from '../components/message-list';

/** 消息中心: my messages (unread filter and page in the URL), mark read, and where messages reach me. */
export function MessagesPage({ staff = true }: { staff?: boolean }) {
  const { t } = useT();
  const { params, update } = useUrlParams();
  const unread = params.get('unread') === '1';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useMessages({ unread, page, pageSize: 20 });
  const markRead = useMarkRead();
  return (
    <>
      <PageHeader title={t('messages.title')} subtitle={t('messages.subtitle')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Flex wrap gap={8} justify="space-between" className="xz-ledger-toolbar">
            <Segmented
              aria-label={t('messages.unreadOnly')}
              value={unread ? 'unread' : 'all'}
              onChange={(v) => update({ unread: v === 'unread' ? 1 : null, page: null })}
              options={[
                { value: 'all', label: t('messages.all') },
                { value: 'unread', label: `${t('messages.unread')} ${list.data?.unread ?? ''}`.trim() },
              ]}
            />
            <Button
              disabled={!list.data?.unread}
              loading={markRead.isPending}
              onClick={() => markRead.mutate({ all: true })}
            >
              {t('messages.markAllRead')}
            </Button>
          </Flex>
          <MessageList items={list.data?.items ?? []} loading={list.isPending} />
          <Pagination
            current={page}
            pageSize={20}
            total={list.data?.total ?? 0}
            hideOnSinglePage
            onChange={(p) => update({ page: p === 1 ? null : p })}
            style={{ marginTop: 12 }}
          />
        </Col>
        <Col xs={24} lg={8}>
          <ChannelPrefsCard staff={staff} />
        </Col>
      </Row>
    </>
  );
}
