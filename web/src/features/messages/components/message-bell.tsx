import { lazy, Suspense, useState } from 'react';
import { Badge, Button, Drawer, Flex } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useT } from '../../../app/i18n';
import { useMessages, useUnreadCount } from '../api/use-messages.query';
import { useMarkRead } from '../api/use-mark-read.mutation';
import '../messages.css';

// the list loads when the bell is first opened, not with the shell every page loads
const MessageList = lazy(() => import('./message-list').then((m) => ({ default: m.MessageList })));

/** The header's bell: unread count from the server; opens the latest messages, each one tap from its page. */
export function MessageBell({ compact }: { compact: boolean }) {
  const { t } = useT();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const unread = useUnreadCount();
  const latest = useMessages({ pageSize: 8 }, open);
  const markRead = useMarkRead();
  const n = unread.data?.unread ?? 0;
  return (
    <>
      <Badge count={n} size="small" offset={[-6, 6]}>
        <Button
          type="text"
          icon={<BellOutlined />}
          aria-label={t('messages.bell', { n })}
          className="xz-bell"
          onClick={() => setOpen(true)}
        />
      </Badge>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        placement={compact ? 'bottom' : 'right'}
        size={compact ? 560 : 420}
        title={t('messages.latest')}
        extra={
          <Flex gap={8}>
            <Button
              size="small"
              disabled={!n}
              loading={markRead.isPending}
              onClick={() => markRead.mutate({ all: true })}
            >
              {t('messages.markAllRead')}
            </Button>
          </Flex>
        }
        footer={
          <Button
            block
            onClick={() => {
              setOpen(false);
              void navigate('/messages');
            }}
          >
            {t('messages.all')}
          </Button>
        }
      >
        <Suspense fallback={null}>
          <MessageList items={latest.data?.items ?? []} loading={latest.isPending} onOpen={() => setOpen(false)} />
        </Suspense>
      </Drawer>
    </>
  );
}
