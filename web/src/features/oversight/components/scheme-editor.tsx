import { useMemo, useRef, useState } from 'react';
import { Alert, Button, Flex, Form, Typography } from 'antd';
import { Select } from '../../../components/select';
import { PlusOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import {
  ASSESSMENT_ITEM_KIND_LABELS,
  ASSESSMENT_ITEM_KINDS,
  type AssessmentItemKind,
  type AssessmentSchemeDto,
} from '@xiezuo/domain';
import { notify } from '../../../app/error-notifier';
import { useT } from '../../../app/i18n';
import { isApiError } from '../../../api/api-error';
import { useAssessmentScheme } from '../api/use-assessment.query';
import type { useSaveScheme } from '../api/use-assessment-mutations';
import {
  isSchemeDirty,
  newRow,
  rowsFromScheme,
  schemeBodyFrom,
  schemeProblems,
  weightSummary,
  type SchemeField,
  type SchemeRow,
} from '../utils/scheme-form';
import { SchemeItemCard } from './scheme-item.card';
import './oversight.css';

/**
 * The office's editor of a year's scheme; remounted (fresh rows) whenever a new version arrives, so the save mutation
 * belongs to the page and outlives it.
 */
export function SchemeEditor({
  year,
  scheme,
  save,
}: {
  year: number;
  scheme: AssessmentSchemeDto;
  save: ReturnType<typeof useSaveScheme>;
}) {
  const { t, lang } = useT();
  const [rows, setRows] = useState<SchemeRow[]>(() => rowsFromScheme(scheme.items));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [isSubmitted, setSubmitted] = useState(false);
  const [addKind, setAddKind] = useState<AssessmentItemKind>('indicator_completion');
  const seq = useRef(0);
  const latest = useAssessmentScheme(year);
  const problems = useMemo(() => schemeProblems(rows), [rows]);
  const summary = weightSummary(rows);
  const isDirty = isSchemeDirty(rows, scheme.items);
  const whole = problems.find((p) => p.row === null);
  // an error of a save of an earlier version (before a reload) is no longer this editor's
  const error = save.error && save.variables?.version === scheme.version ? save.error : null;
  const isConflict = isApiError(error) && error.code === 'CONFLICT';

  const change = (index: number) => (row: SchemeRow, field: SchemeField | 'kind') => {
    setRows((rs) => rs.map((r, i) => (i === index ? row : r)));
    setTouched((s) => new Set(s).add(`${row.key}.${field}`));
  };
  const move = (index: number, delta: -1 | 1) =>
    setRows((rs) => {
      const next = [...rs];
      const [r] = next.splice(index, 1);
      next.splice(index + delta, 0, r!);
      return next;
    });
  const add = () => setRows((rs) => [...rs, newRow(addKind, rs, ++seq.current)]);
  const reset = () => {
    setRows(rowsFromScheme(scheme.items));
    setTouched(new Set());
    setSubmitted(false);
    save.reset();
  };
  const submit = () => {
    setSubmitted(true);
    if (problems.length) return;
    save.mutate(schemeBodyFrom(rows, scheme.version), { onSuccess: () => notify('success', t('asmt.scheme.saved')) });
  };

  const sumText = `${t('asmt.scheme.sum', { sum: summary.scored })}${summary.missing > 0 ? ` · ${t('asmt.scheme.missing', { n: summary.missing })}` : summary.missing < 0 ? ` · ${t('asmt.scheme.over', { n: -summary.missing })}` : ''}`;
  return (
    <Form layout="vertical" onFinish={submit} requiredMark={false} className="xz-scheme-editor">
      <div className="xz-scheme-summary" role="status" aria-live="polite">
        <Typography.Text strong className={summary.missing === 0 ? 'xz-text-ok' : 'xz-text-bad'}>
          {sumText}
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('asmt.scheme.limits', { bonus: summary.bonusMax, deduction: summary.deductionMax })}
        </Typography.Text>
      </div>
      {isSubmitted && problems.length ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 12 }}
          title={
            whole
              ? whole.code === 'weightSum'
                ? t('asmt.scheme.err.weightSum', { sum: whole.sum ?? 0 })
                : t('asmt.scheme.err.empty')
              : t('asmt.scheme.fix')
          }
        />
      ) : null}
      {isConflict ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          style={{ marginBottom: 12 }}
          title={t('asmt.scheme.conflict')}
          action={
            <Button size="small" loading={latest.isFetching} onClick={() => void latest.refetch()}>
              {t('asmt.scheme.reload')}
            </Button>
          }
        />
      ) : error ? (
        <Alert type="error" showIcon role="alert" style={{ marginBottom: 12 }} title={error.message} />
      ) : null}
      <Flex vertical gap={12}>
        {rows.map((r, i) => (
          <SchemeItemCard
            key={r.key}
            row={r}
            index={i}
            count={rows.length}
            problems={problems}
            isShown={(f) => isSubmitted || touched.has(`${r.key}.${f}`)}
            onChange={change(i)}
            onRemove={() => setRows((rs) => rs.filter((_, k) => k !== i))}
            onMove={(d) => move(i, d)}
          />
        ))}
      </Flex>
      <Flex wrap gap={8} align="center" className="xz-scheme-actions">
        <Select<AssessmentItemKind>
          aria-label={t('asmt.scheme.addKind')}
          value={addKind}
          onChange={setAddKind}
          options={ASSESSMENT_ITEM_KINDS.map((k) => ({ value: k, label: ASSESSMENT_ITEM_KIND_LABELS[k][lang] }))}
          style={{ minWidth: 200 }}
        />
        <Button icon={<PlusOutlined />} onClick={add}>
          {t('asmt.scheme.add')}
        </Button>
        <span style={{ flex: 1 }} />
        <Button icon={<UndoOutlined />} onClick={reset} disabled={!isDirty && !isSubmitted}>
          {t('asmt.scheme.reset')}
        </Button>
        <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={save.isPending} disabled={!isDirty}>
          {t('asmt.scheme.save')}
        </Button>
      </Flex>
    </Form>
  );
}
