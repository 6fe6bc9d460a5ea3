import { useCallback, useMemo, useState } from 'react';
import { Button, Input, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { UserAdminDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { intParam, useUrlParams } from '../../../app/use-url-params';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { useCurrentSession, useHasAbility } from '../../auth/session-context';
import type { InitialPassword } from '../api/initial-password';
import { useUsers } from '../api/use-users.query';
import { CreateUserDialog } from '../components/create-user.dialog';
import { EditRolesDialog } from '../components/edit-roles.dialog';
import { InitialPasswordModal } from '../components/initial-password.modal';
import { UserActions } from '../components/user-actions';
import { userColumns } from '../components/user-columns';

/** Users and roles: searchable, paged list (users.read); create, roles, activation, unlock, reset (users.manage). */
export function UsersPage() {
  const { t, lang } = useT();
  const session = useCurrentSession();
  const canManage = useHasAbility('users.manage');
  const { get, update } = useUrlParams();
  const q = get('q') ?? '';
  const page = intParam(get('page'), 1);
  const pageSize = intParam(get('pageSize'), 20);
  const users = useUsers(q, page, pageSize);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserAdminDto | null>(null);
  const [password, setPassword] = useState<InitialPassword | null>(null);

  const actions = useCallback(
    (u: UserAdminDto) => (
      <UserActions user={u} isSelf={u.id === session.user.id} onEditRoles={setEditing} onPassword={setPassword} />
    ),
    [session.user.id],
  );
  const columns = useMemo(
    () => userColumns({ t, lang, selfId: session.user.id, actions: canManage ? actions : null }),
    [t, lang, session.user.id, canManage, actions],
  );

  return (
    <>
      <PageHeader
        title={t('users.title')}
        subtitle={t('users.subtitle')}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('users.create')}
            </Button>
          ) : null
        }
      />
      <Input.Search
        key={q}
        allowClear
        aria-label={t('users.search')}
        placeholder={t('users.search')}
        defaultValue={q}
        onSearch={(v) => update({ q: v.trim() || null, page: null })}
        style={{ maxWidth: 360, marginBottom: 12 }}
      />
      <Table<UserAdminDto>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={users.data?.items ?? []}
        loading={users.isFetching}
        scroll={{ x: 1040 }}
        pagination={{
          current: page,
          pageSize,
          total: users.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: ['20', '50', '100'],
          showTotal: (n) => t('common.total', { n }),
          onChange: (p, s) => update({ page: p === 1 ? null : p, pageSize: s === 20 ? null : s }),
        }}
        locale={{ emptyText: users.error ? users.error.message : <EmptyState description={t('users.empty')} /> }}
      />
      {canManage ? (
        <>
          <CreateUserDialog
            open={creating}
            onClose={() => setCreating(false)}
            onCreated={(r) => {
              setCreating(false);
              setPassword(r);
            }}
          />
          <EditRolesDialog user={editing} onClose={() => setEditing(null)} />
          <InitialPasswordModal result={password} onClose={() => setPassword(null)} />
        </>
      ) : null}
    </>
  );
}
