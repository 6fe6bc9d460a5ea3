import { Badge, List, Typography } from 'antd';
import type { MessageDto } from '@xiezuo/domain';
import { useNavigate } from 'react-router';
import { useT } from '../../../app/i18n';
import { useMarkRead } from '../api/use-mark-read.mutation';
import { sentAt } from '../utils/sent-at';
import '../messages.css';

/** Messages as a list; tapping one marks it read and opens its page (the record, the order…). */
export function MessageList({
  items,
  onOpen,
  loading,
}: {
  items: MessageDto[];
  onOpen?: () => void;
  loading?: boolean;
}) {
  const { t } = useT();
  const navigate = useNavigate();
  const markRead = useMarkRead();
  const open = (m: MessageDto) => {
    if (!m.readAt) markRead.mutate({ ids: [m.id] });
    onOpen?.();
    if (m.link) void navigate(m.link);
  };
  return (
    <List<MessageDto>
      className="xz-messages"
      loading={loading}
      dataSource={items}
      locale={{ emptyText: t('messages.empty') }}
      renderItem={(m) => (
        <List.Item
          className={m.readAt ? 'xz-message' : 'xz-message xz-message--unread'}
          onClick={() => open(m)}
          onKeyDown={(e) => (e.key === 'Enter' ? open(m) : undefined)}
          tabIndex={0}
          role="link"
          aria-label={m.title}
        >
          <List.Item.Meta
            title={
              <span>
                {m.readAt ? null : <Badge status="processing" aria-label={t('messages.unread')} />} {m.title}
              </span>
            }
            description={
              <>
                <Typography.Paragraph className="xz-message__body" ellipsis={{ rows: 2 }}>
                  {m.body}
                </Typography.Paragraph>
                <Typography.Text type="secondary">{sentAt(m.createdAt)}</Typography.Text>
              </>
            }
          />
        </List.Item>
      )}
    />
  );
}
