import { useState } from 'react';
import { Alert, App, Button, Skeleton } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import type { PlanIndicatorDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { intParam, useUrlParams } from '../../../app/use-url-params';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { useOrgOverview } from '../../org/api/use-org-overview.query';
import { usePublishPlan } from '../api/use-plan-mutations';
import { usePlan, usePlans, useRecordTypes } from '../api/use-plans.query';
import { CopyPlanDialog } from '../components/copy-plan.dialog';
import { ImportPlanDialog } from '../components/import-plan.dialog';
import { IndicatorEditorDrawer } from '../components/indicator-editor.drawer';
import { IndicatorStatusDialog } from '../components/indicator-status.dialog';
import { PlanSections } from '../components/plan-sections';
import { PlansToolbar } from '../components/plans-toolbar';
import { defaultYear, nextFreeYear } from '../utils/plan-view';
import '../components/plans.css';

/** 指标方案: a year's indicators by category with their rules, targets and pacing; the office edits, imports, copies, publishes. */
export function PlansPage() {
  const { t } = useT();
  const { modal, message } = App.useApp();
  const { get, update } = useUrlParams();
  const plans = usePlans();
  const asked = get('year') === null ? null : intParam(get('year'), 0);
  const year = plans.data ? defaultYear(plans.data.items, asked) : null;
  const plan = usePlan(year);
  const org = useOrgOverview();
  const canEdit = plan.data?.abilities.edit ?? false;
  const recordTypes = useRecordTypes();
  const editing = canEdit ? get('edit') : null;
  const [toggling, setToggling] = useState<PlanIndicatorDto | null>(null);
  const [dialog, setDialog] = useState<'import' | 'copy' | null>(null);
  const publish = usePublishPlan(year ?? 0);
  const header = <PageHeader title={t('plans.title')} subtitle={t('plans.subtitle')} />;

  if (plans.isPending || (year !== null && plan.isPending))
    return (
      <>
        {header}
        <Skeleton active paragraph={{ rows: 8 }} />
      </>
    );
  if (plans.isError)
    return (
      <>
        {header}
        <EmptyState
          description={t('common.loadFailed')}
          action={<Button onClick={() => void plans.refetch()}>{t('common.retry')}</Button>}
        />
      </>
    );
  const thisYear = new Date().getFullYear();
  if (year === null) {
    const manage = plans.data.abilities.manage;
    return (
      <>
        {header}
        <EmptyState
          description={t('plans.empty')}
          action={
            manage ? (
              <Button icon={<UploadOutlined />} onClick={() => setDialog('import')}>
                {t('plans.import')}
              </Button>
            ) : null
          }
        />
        <ImportPlanDialog
          open={dialog === 'import'}
          year={thisYear}
          needsReason={false}
          onClose={() => setDialog(null)}
        />
      </>
    );
  }

  const countyName = (code: string) => org.data?.counties.find((c) => c.code === code)?.name ?? code;
  const groups = org.data ? [...(org.data.leadership ? [org.data.leadership] : []), ...org.data.workingGroups] : [];
  const groupName = (code: string) => groups.find((g) => g.code === code)?.name ?? code;
  const confirmPublish = () =>
    void modal.confirm({
      title: t('plans.publish.confirm', { year }),
      content: t('plans.publish.hint'),
      okText: t('plans.publish'),
      onOk: () =>
        publish.mutateAsync(plan.data!.version).then(() => void message.success(t('plans.published', { year }))),
    });

  return (
    <>
      {header}
      <PlansToolbar
        plans={plans.data.items}
        year={year}
        plan={plan.data}
        onYear={(y) => update({ year: y, edit: null })}
        onAdd={() => update({ edit: 'new' }, { push: true })}
        onImport={() => setDialog('import')}
        onCopy={() => setDialog('copy')}
        onPublish={confirmPublish}
        onCreateNext={() => {
          // the next year starts as a copy of the latest plan
          update({ year: Math.max(...plans.data.items.map((p) => p.year)), edit: null });
          setDialog('copy');
        }}
      />
      {plan.data ? (
        <>
          <Alert
            type="info"
            showIcon
            className="xz-plans-note"
            title={
              canEdit
                ? plan.data.status === 'published'
                  ? t('plans.publishedHint')
                  : t('plans.publish.hint')
                : t('plans.readOnly')
            }
          />
          <PlanSections
            items={plan.data.indicators}
            canEdit={canEdit}
            groupName={groupName}
            countyName={countyName}
            onEdit={(i) => update({ edit: i.code }, { push: true })}
            onToggle={setToggling}
          />
          <IndicatorEditorDrawer
            plan={plan.data}
            editing={editing}
            recordTypes={recordTypes.data}
            org={org.data}
            onClose={() => update({ edit: null })}
          />
          <IndicatorStatusDialog plan={plan.data} indicator={toggling} onClose={() => setToggling(null)} />
          <ImportPlanDialog
            open={dialog === 'import'}
            year={year}
            needsReason={plan.data.status === 'published'}
            onClose={() => setDialog(null)}
          />
          <CopyPlanDialog
            open={dialog === 'copy'}
            year={year}
            defaultToYear={nextFreeYear(plans.data.items, year)}
            onClose={() => setDialog(null)}
            onCopied={(to) => {
              setDialog(null);
              void message.success(t('plans.copy.done', { year: to }));
              update({ year: to, edit: null }, { push: true });
            }}
          />
        </>
      ) : (
        <EmptyState
          description={t('common.loadFailed')}
          action={<Button onClick={() => void plan.refetch()}>{t('common.retry')}</Button>}
        />
      )}
    </>
  );
}
