import type { ReactNode } from 'react';
import {
  AimOutlined,
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BookOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  FileTextOutlined,
  HeartOutlined,
  HomeOutlined,
  MedicineBoxOutlined,
  ReadOutlined,
  MoneyCollectOutlined,
  NodeIndexOutlined,
  ScheduleOutlined,
  ShoppingCartOutlined,
  SettingOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import type { Ability } from '@xiezuo/domain';
import type { MessageKey } from './i18n';

type MenuEntry = { path: string; label: MessageKey; icon: ReactNode; ability: Ability | null; orAbility?: Ability };

// The side menu is derived only from the abilities the server returned; an entry without its ability is not shown.
const ENTRIES: readonly MenuEntry[] = [
  { path: '/', label: 'nav.home', icon: <HomeOutlined />, ability: null },
  { path: '/org', label: 'nav.org', icon: <ApartmentOutlined />, ability: 'org.read' },
  { path: '/dashboard', label: 'nav.dashboard', icon: <DashboardOutlined />, ability: 'business.read' },
  { path: '/plans', label: 'nav.plans', icon: <AimOutlined />, ability: 'business.read' },
  { path: '/tasks', label: 'nav.tasks', icon: <ScheduleOutlined />, ability: 'business.read' },
  { path: '/warnings', label: 'nav.warnings', icon: <AlertOutlined />, ability: 'business.read' },
  { path: '/supervision', label: 'nav.supervision', icon: <FileDoneOutlined />, ability: 'business.read' },
  { path: '/assessment', label: 'nav.assessment', icon: <TrophyOutlined />, ability: 'business.read' },
  { path: '/pairings', label: 'nav.pairings', icon: <NodeIndexOutlined />, ability: 'business.read' },
  { path: '/telemedicine', label: 'nav.telemedicine', icon: <MedicineBoxOutlined />, ability: 'business.read' },
  { path: '/cohorts', label: 'nav.cohorts', icon: <ReadOutlined />, ability: 'business.read' },
  { path: '/labour', label: 'nav.labour', icon: <TeamOutlined />, ability: 'business.read' },
  { path: '/consumption', label: 'nav.consumption', icon: <ShoppingCartOutlined />, ability: 'business.read' },
  { path: '/ledger', label: 'nav.ledger', icon: <BookOutlined />, ability: 'business.read' },
  { path: '/funds', label: 'nav.funds', icon: <MoneyCollectOutlined />, ability: 'business.read' },
  { path: '/reports', label: 'nav.reports', icon: <FileTextOutlined />, ability: 'business.read' },
  {
    path: '/charity',
    label: 'nav.charity',
    icon: <HeartOutlined />,
    ability: 'business.read',
    orAbility: 'charity.custody',
  },
  { path: '/audit', label: 'nav.audit', icon: <AuditOutlined />, ability: 'audit.read' },
  { path: '/users', label: 'nav.users', icon: <TeamOutlined />, ability: 'users.read' },
  { path: '/system', label: 'nav.system', icon: <SettingOutlined />, ability: 'config.read' },
];

/** Menu entries the caller may open. */
export function menuEntriesFor(abilities: readonly Ability[]): MenuEntry[] {
  return ENTRIES.filter(
    (e) => e.ability === null || abilities.includes(e.ability) || (e.orAbility && abilities.includes(e.orAbility)),
  );
}

/** The entry a path belongs to (`/audit?page=2` → `/audit`). */
export function selectedMenuKey(pathname: string): string {
  const first = pathname.split('/')[1] ?? '';
  return first ? `/${first}` : '/';
}
