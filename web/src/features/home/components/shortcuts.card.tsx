import { Button, Card, Flex, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { menuEntriesFor } from '../../../app/app-menu';
import { useT } from '../../../app/i18n';
import { useCurrentSession } from '../../auth/session-context';

/** Links to the modules the caller's abilities open. */
export function ShortcutsCard() {
  const { t } = useT();
  const { abilities } = useCurrentSession();
  const navigate = useNavigate();
  const entries = menuEntriesFor(abilities).filter((e) => e.path !== '/');
  return (
    <Card
      title={
        <Typography.Title level={2} className="xz-card-title">
          {t('home.shortcuts')}
        </Typography.Title>
      }
    >
      {entries.length === 0 ? (
        <Typography.Text type="secondary">{t('home.noShortcuts')}</Typography.Text>
      ) : (
        <Flex wrap gap={8}>
          {entries.map((e) => (
            <Button key={e.path} icon={e.icon} onClick={() => void navigate(e.path)}>
              {t(e.label)}
            </Button>
          ))}
        </Flex>
      )}
    </Card>
  );
}
