import { useState } from 'react';
import { Alert, Button, Drawer, Flex, Form, Grid, InputNumber, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import type { WarningSettingsDto } from '@xiezuo/domain';
import { notify } from '../../../app/error-notifier';
import { useT, type MessageKey } from '../../../app/i18n';
import { useSaveWarningSettings, useWarningSettings } from '../api/use-warning-settings';
import {
  changedFields,
  SETTINGS_FIELDS,
  SETTINGS_LIMITS,
  settingsProblems,
  settingsToValues,
  valuesToSettings,
  type SettingsField,
  type SettingsValues,
} from '../utils/warning-settings-form';

const UNIT: Record<SettingsField, MessageKey> = {
  behindPercent: 'warn.settings.unit.percent',
  ratioTolerance: 'warn.settings.unit.points',
  awaitingDays: 'warn.settings.unit.days',
  disputeDays: 'warn.settings.unit.days',
  dormantMonths: 'warn.settings.unit.months',
};

/** The thresholds as a form (no clamping: a value out of range is said so, in words): editable by the office (the DTO's `abilities.edit`), read-only for everyone else. */
function SettingsForm({
  saved,
  save,
  onDone,
}: {
  saved: WarningSettingsDto;
  save: ReturnType<typeof useSaveWarningSettings>;
  onDone: () => void;
}) {
  const { t } = useT();
  const [v, setV] = useState<SettingsValues>(() => settingsToValues(saved));
  const [isSubmitted, setSubmitted] = useState(false);
  const problems = settingsProblems(v);
  const isEditable = saved.abilities.edit;
  const isDirty = changedFields(v, saved).length > 0;
  const submit = () => {
    setSubmitted(true);
    if (Object.keys(problems).length) return;
    save.mutate(valuesToSettings(v), {
      onSuccess: () => {
        notify('success', t('warn.settings.saved'));
        onDone();
      },
    });
  };
  return (
    <Form layout="vertical" onFinish={submit} requiredMark={false} disabled={!isEditable}>
      <Typography.Paragraph type="secondary">{t('warn.settings.intro')}</Typography.Paragraph>
      {!isEditable ? (
        <Alert type="info" showIcon title={t('warn.settings.readOnly')} style={{ marginBottom: 16 }} />
      ) : null}
      {save.error ? (
        <Alert type="error" showIcon role="alert" title={save.error.message} style={{ marginBottom: 16 }} />
      ) : null}
      {SETTINGS_FIELDS.map((f) => {
        const p = isSubmitted || v[f] !== settingsToValues(saved)[f] ? problems[f] : undefined;
        const id = `warning-settings-${f}`;
        const lim = SETTINGS_LIMITS[f];
        const help = p ? (
          <span id={`${id}-error`}>{t(`warn.settings.err.${p}`, { min: lim.min, max: lim.max })}</span>
        ) : undefined;
        return (
          <Form.Item
            key={f}
            label={t(`warn.settings.${f}`)}
            htmlFor={id}
            extra={<span id={`${id}-help`}>{t(`warn.settings.${f}.help`)}</span>}
            validateStatus={p ? 'error' : undefined}
            help={help}
          >
            <InputNumber
              id={id}
              value={v[f]}
              step={1}
              suffix={t(UNIT[f])}
              style={{ width: 200 }}
              aria-invalid={p ? true : undefined}
              aria-describedby={p ? `${id}-error ${id}-help` : `${id}-help`}
              onChange={(x) => setV((prev) => ({ ...prev, [f]: x === null ? null : Number(x) }))}
            />
          </Form.Item>
        );
      })}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {saved.updatedAt
          ? t('warn.settings.updatedAt', { at: dayjs(saved.updatedAt).format('YYYY-MM-DD HH:mm') })
          : t('warn.settings.defaults')}
      </Typography.Paragraph>
      {isEditable ? (
        <Flex gap={8} justify="flex-end">
          <Button onClick={onDone}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={save.isPending} disabled={!isDirty}>
            {t('warn.settings.save')}
          </Button>
        </Flex>
      ) : null}
    </Form>
  );
}

/** 预警阈值: a drawer over the warnings list; saving recomputes every list at once. */
export function WarningSettingsDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useT();
  const screens = Grid.useBreakpoint();
  const settings = useWarningSettings(open);
  // the drawer owns the save: the form is remounted with the saved values before the mutation's callbacks run
  const save = useSaveWarningSettings();
  const close = () => {
    save.reset();
    onClose();
  };
  return (
    <Drawer
      open={open}
      onClose={close}
      title={t('warn.settings.title')}
      size={screens.sm ? 460 : '100%'}
      destroyOnHidden
    >
      {settings.data ? (
        <SettingsForm key={settings.data.updatedAt ?? 'defaults'} saved={settings.data} save={save} onDone={close} />
      ) : settings.error ? (
        <Alert type="error" showIcon title={settings.error.message} />
      ) : (
        <div role="status">
          <Spin description={t('common.loading')} />
        </div>
      )}
    </Drawer>
  );
}
