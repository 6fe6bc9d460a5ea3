import { Suspense, useState } from 'react';
import { Button, Drawer, Grid, Layout, Menu, Spin, Typography } from 'antd';
import { MenuOutlined } from '@ant-design/icons';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useCurrentSession } from '../features/auth/session-context';
import { menuEntriesFor, selectedMenuKey } from './app-menu';
import { ErrorBoundary } from './error-boundary';
import { useT } from './i18n';
import { LangSwitch } from './lang-switch';
import { UserMenu } from './user-menu';
import { MessageBell } from '../features/messages/components/message-bell';
import { WorkingDateBadge } from '../features/settings/components/working-date.badge';
import './app-layout.css';

function SideMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useT();
  const session = useCurrentSession();
  const location = useLocation();
  const navigate = useNavigate();
  const items = menuEntriesFor(session.abilities).map((e) => ({ key: e.path, icon: e.icon, label: t(e.label) }));
  return (
    <nav aria-label={t('nav.main')}>
      <Menu
        mode="inline"
        theme="dark"
        items={items}
        selectedKeys={[selectedMenuKey(location.pathname)]}
        onClick={({ key }) => {
          void navigate(key);
          onNavigate?.();
        }}
      />
    </nav>
  );
}

function Brand({ collapsed }: { collapsed: boolean }) {
  const { t } = useT();
  return (
    <div className="xz-brand" aria-hidden={collapsed}>
      <span className="xz-brand__mark">协</span>
      {collapsed ? null : <span className="xz-brand__name">{t('app.short')}</span>}
    </div>
  );
}

/** The signed-in shell: side menu from the caller's abilities (a drawer on phones), header, main content. */
export function AppLayout() {
  const { t } = useT();
  const session = useCurrentSession();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const isPhone = screens.md === false;
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);

  return (
    <Layout className="xz-shell">
      <a className="xz-skip" href="#main-content">
        {t('nav.skip')}
      </a>
      {isPhone ? (
        <Drawer
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          placement="left"
          size={240}
          title={t('app.short')}
          styles={{ body: { padding: 0, background: '#001529' } }}
        >
          <SideMenu onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      ) : (
        <Layout.Sider
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          breakpoint="lg"
          width={220}
          collapsedWidth={64}
          className="xz-sider"
        >
          <Brand collapsed={collapsed} />
          <SideMenu />
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header className="xz-header">
          {isPhone ? (
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label={t('nav.openMenu')}
              aria-expanded={drawerOpen}
              onClick={() => setDrawerOpen(true)}
            />
          ) : null}
          <Typography.Text strong className="xz-header__tenant" ellipsis>
            {isPhone ? session.user.tenant.name : `${session.user.tenant.name} · ${t('app.subtitle')}`}
          </Typography.Text>
          <div className="xz-header__tools">
            <WorkingDateBadge compact={isPhone} />
            <MessageBell compact={isPhone} />
            <LangSwitch />
            <UserMenu compact={isPhone} />
          </div>
        </Layout.Header>
        <Layout.Content id="main-content" tabIndex={-1} className="xz-content">
          <ErrorBoundary resetKey={location.pathname}>
            <Suspense
              fallback={
                <div className="xz-content__loading" role="status">
                  <Spin description={t('common.loading')} />
                </div>
              }
            >
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
