import { useState } from 'react';
import { Button, DatePicker, Flex, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { WorkingDateDto } from '@xiezuo/domain';
import { notify } from '../../../app/error-notifier';
import { useT } from '../../../app/i18n';
import { useSetWorkingDate } from '../api/use-working-date';

/** The office's editor of the working date: a day, or back to following today. */
export function WorkingDateEditor({ current }: { current: WorkingDateDto }) {
  const { t } = useT();
  const set = useSetWorkingDate();
  const [picked, setPicked] = useState<Dayjs>(dayjs(current.workingDate));
  const save = (date: string | null) =>
    set.mutate(
      { workingDate: date, version: current.version },
      { onSuccess: (r) => notify('success', t('settings.workingDate.saved', { date: r.workingDate })) },
    );
  return (
    <Flex vertical gap={8} style={{ maxWidth: 280 }}>
      <Typography.Text type="secondary">{t('settings.workingDate.hint')}</Typography.Text>
      <DatePicker
        value={picked}
        onChange={(d) => d && setPicked(d)}
        allowClear={false}
        aria-label={t('settings.workingDate.title')}
      />
      <Flex gap={8}>
        <Button type="primary" loading={set.isPending} onClick={() => save(picked.format('YYYY-MM-DD'))}>
          {t('settings.workingDate.save')}
        </Button>
        <Button disabled={current.isToday} onClick={() => save(null)}>
          {t('settings.workingDate.today')}
        </Button>
      </Flex>
    </Flex>
  );
}
