import { useMemo, useState, type ReactNode } from 'react';
import { Alert, Button, Flex, Form, Input, InputNumber, Modal, Typography, Upload } from 'antd';
import { Select } from '../../../components/select';
import { DeleteOutlined, PaperClipOutlined } from '@ant-design/icons';
import { ASSESSMENT_ITEM_KIND_LABELS, type AdjustmentDto, type AssessmentSchemeDto } from '@xiezuo/domain';
import { notify } from '../../../app/error-notifier';
import { useT } from '../../../app/i18n';
import { useAddAdjustment, useAttachAdjustmentFile } from '../api/use-assessment-mutations';
import {
  adjustmentBody,
  adjustmentItems,
  adjustmentProblems,
  capUse,
  checkEvidenceFile,
  type AdjustmentField,
  type AdjustmentValues,
} from '../utils/adjustment-form';

type Props = {
  year: number;
  scheme: AssessmentSchemeDto;
  units: readonly { id: string; name: string }[];
  adjustments: readonly AdjustmentDto[];
  initialUnit: string | null;
  onClose: () => void;
};

const EMPTY: AdjustmentValues = { unitId: null, itemCode: null, points: null, reason: '', evidence: '' };

/** 登记加减分: unit, bonus or deduction item, points (with what the cap still allows), reason, reference and a file. */
export function AdjustmentDialog({ year, scheme, units, adjustments, initialUnit, onClose }: Props) {
  const { t, lang } = useT();
  const [v, setV] = useState<AdjustmentValues>({ ...EMPTY, unitId: initialUnit });
  const [touched, setTouched] = useState<ReadonlySet<AdjustmentField>>(new Set());
  const [isSubmitted, setSubmitted] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<'type' | 'size' | null>(null);
  const add = useAddAdjustment(year);
  const attach = useAttachAdjustmentFile(year);
  const items = useMemo(() => adjustmentItems(scheme.items), [scheme.items]);
  const problems = adjustmentProblems(v);
  const item = items.find((i) => i.code === v.itemCode);
  const cap = item && v.unitId ? capUse(adjustments, item, v.unitId) : null;

  const set = <K extends AdjustmentField>(field: K, value: AdjustmentValues[K]) => {
    setV((prev) => ({ ...prev, [field]: value }));
    setTouched((s) => new Set(s).add(field));
  };
  const field = (
    f: AdjustmentField,
    label: string,
    control: (a11y: { id: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }) => ReactNode,
    extra?: ReactNode,
  ) => {
    const p = isSubmitted || touched.has(f) ? problems.find((x) => x.field === f) : undefined;
    const id = `adjustment-${f}`;
    return (
      <Form.Item
        label={label}
        htmlFor={id}
        validateStatus={p ? 'error' : undefined}
        help={p ? <span id={`${id}-error`}>{t(`asmt.adj.err.${p.code}`)}</span> : undefined}
        extra={extra}
      >
        {control({ id, ...(p ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {}) })}
      </Form.Item>
    );
  };

  const submit = () => {
    setSubmitted(true);
    if (problems.length || fileProblem) return;
    add.mutate(adjustmentBody(v), {
      onSuccess: (created) => {
        const done = () => {
          notify(
            'success',
            t('asmt.adj.saved', { kind: ASSESSMENT_ITEM_KIND_LABELS[created.kind][lang], points: created.points }),
          );
          onClose();
        };
        if (!file) return done();
        attach.mutate(
          { id: created.id, file },
          {
            onSuccess: done,
            onError: (e) => {
              notify('warning', t('asmt.adj.savedNoFile', { reason: e.message }));
              onClose();
            },
          },
        );
      },
    });
  };

  return (
    <Modal
      open
      title={t('asmt.adj.add')}
      okText={t('common.save')}
      onOk={submit}
      confirmLoading={add.isPending || attach.isPending}
      onCancel={onClose}
      destroyOnHidden
      width={600}
      mask={{ closable: false }}
    >
      {add.error ? (
        <Alert type="error" showIcon role="alert" title={add.error.message} style={{ marginBottom: 12 }} />
      ) : null}
      <Form layout="vertical" requiredMark={false} onFinish={submit} component="div">
        {field('unitId', t('asmt.adj.unit'), (a) => (
          <Select
            {...a}
            value={v.unitId ?? undefined}
            onChange={(x: string) => set('unitId', x)}
            showSearch={{ optionFilterProp: 'label' }}
            options={units.map((u) => ({ value: u.id, label: u.name }))}
          />
        ))}
        {field(
          'itemCode',
          t('asmt.adj.item'),
          (a) => (
            <Select
              {...a}
              value={v.itemCode ?? undefined}
              onChange={(x: string) => set('itemCode', x)}
              options={items.map((i) => ({
                value: i.code,
                label: `${i.name[lang]}（${ASSESSMENT_ITEM_KIND_LABELS[i.kind][lang]}）`,
              }))}
            />
          ),
          cap ? <span role="status">{t('asmt.adj.cap', cap)}</span> : undefined,
        )}
        {field('points', t('asmt.adj.points'), (a) => (
          <InputNumber
            {...a}
            value={v.points}
            step={1}
            style={{ width: 160 }}
            onChange={(x) => set('points', x === null ? null : Number(x))}
          />
        ))}
        {field('reason', t('asmt.adj.reason'), (a) => (
          <Input.TextArea
            {...a}
            rows={3}
            maxLength={1000}
            placeholder={t('asmt.adj.reasonHint')}
            value={v.reason}
            onChange={(e) => set('reason', e.target.value)}
          />
        ))}
        {field('evidence', t('asmt.adj.evidence'), (a) => (
          <Input {...a} maxLength={1000} value={v.evidence} onChange={(e) => set('evidence', e.target.value)} />
        ))}
        <Form.Item
          label={t('asmt.adj.file')}
          extra={t('asmt.adj.fileHint')}
          validateStatus={fileProblem ? 'error' : undefined}
          help={fileProblem ? t(`asmt.adj.err.${fileProblem}`) : undefined}
        >
          {file ? (
            <Flex gap={8} align="center">
              <PaperClipOutlined aria-hidden />
              <Typography.Text>{file.name}</Typography.Text>
              <Button
                size="small"
                type="text"
                icon={<DeleteOutlined />}
                onClick={() => setFile(null)}
                aria-label={t('asmt.adj.removeFile')}
              />
            </Flex>
          ) : (
            <Upload
              accept=".pdf,.png,.jpg,.jpeg,.xlsx"
              showUploadList={false}
              beforeUpload={(f) => {
                const refused = checkEvidenceFile(f);
                setFileProblem(refused);
                if (!refused) setFile(f);
                return Upload.LIST_IGNORE;
              }}
            >
              <Button icon={<PaperClipOutlined />}>{t('asmt.adj.choose')}</Button>
            </Upload>
          )}
        </Form.Item>
      </Form>
    </Modal>
  );
}
