import { useState } from 'react';
import { Alert, App, Drawer, Grid, Skeleton, Tag } from 'antd';
import type { OrgOverviewDto, PlanDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { EmptyState } from '../../../components/empty-state';
import type { RecordTypesDto } from '../api/plans.types';
import { IndicatorEditor } from './indicator-editor';

type Props = {
  plan: PlanDto;
  editing: string | null;
  recordTypes: RecordTypesDto | undefined;
  org: OrgOverviewDto | undefined;
  onClose: () => void;
};

/** The indicator editor in a drawer; `editing` is an indicator code, `new`, or null when closed (kept in the URL). */
export function IndicatorEditorDrawer({ plan, editing, recordTypes, org, onClose }: Props) {
  const { t, lang } = useT();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [conflict, setConflict] = useState<{ version: number | null } | null>(null);
  const isNew = editing === 'new';
  const indicator = editing && !isNew ? (plan.indicators.find((i) => i.code === editing) ?? null) : null;
  const close = () => {
    setConflict(null);
    onClose();
  };
  const title = isNew ? t('plans.editor.new') : indicator ? t('plans.editOf', { name: indicator.name[lang] }) : '';
  return (
    <Drawer
      open={editing !== null}
      onClose={close}
      size={screens.md ? 860 : '100%'}
      title={title}
      extra={indicator ? <Tag>{t('plans.editor.version', { version: indicator.version })}</Tag> : null}
      destroyOnHidden
    >
      {conflict ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          closable
          onClose={() => setConflict(null)}
          style={{ marginBottom: 16 }}
          title={t('plans.editor.conflict', { version: conflict.version ?? '—' })}
        />
      ) : null}
      {editing === null ? null : !recordTypes || !org ? (
        <Skeleton active />
      ) : !isNew && !indicator ? (
        <EmptyState description={t('common.loadFailed')} />
      ) : (
        <IndicatorEditor
          key={`${editing}:${indicator?.version ?? 0}`}
          plan={plan}
          indicator={indicator}
          recordTypes={recordTypes}
          org={org}
          onCancel={close}
          onConflict={(version) => setConflict({ version })}
          onDone={(code) => {
            void message.success(
              t('plans.editor.saved', { name: plan.indicators.find((i) => i.code === code)?.name[lang] ?? code }),
            );
            close();
          }}
        />
      )}
    </Drawer>
  );
}
