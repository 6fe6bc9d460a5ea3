import type { ReactNode } from 'react';
import { Button, Card, Col, Flex, Form, Input, InputNumber, Row, Tag } from 'antd';
import { Select } from '../../../components/select';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import {
  ASSESSMENT_ITEM_KIND_LABELS,
  ASSESSMENT_ITEM_KINDS,
  DEFAULT_TIMELINESS_DAYS,
  isAdjustmentKind,
  isTimelinessKind,
  type AssessmentItemKind,
} from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { problemAt, withKind, type SchemeField, type SchemeProblem, type SchemeRow } from '../utils/scheme-form';

type Props = {
  row: SchemeRow;
  index: number;
  count: number;
  problems: readonly SchemeProblem[];
  /** Problems are shown once the person tried to save, or on a field they changed. */
  isShown: (field: SchemeField) => boolean;
  onChange: (row: SchemeRow, field: SchemeField | 'kind') => void;
  onRemove: () => void;
  onMove: (delta: -1 | 1) => void;
};

/** One item of the scheme: code, names, scoring rule, weight, cap and (for timeliness) the window in days. */
export function SchemeItemCard({ row, index, count, problems, isShown, onChange, onRemove, onMove }: Props) {
  const { t, lang } = useT();
  const id = (f: string) => `scheme-${row.key}-${f}`;
  const name = row.nameZh.trim() || row.code || t('asmt.scheme.item', { n: index + 1 });

  /** A labelled field whose error (if shown) is tied to the control by aria-describedby. */
  const field = (
    f: SchemeField,
    label: string,
    control: (a11y: { id: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }) => ReactNode,
    extra?: string,
  ) => {
    const p = isShown(f) ? problemAt(problems, index, f) : undefined;
    const errorId = `${id(f)}-error`;
    return (
      <Form.Item
        label={label}
        htmlFor={id(f)}
        validateStatus={p ? 'error' : undefined}
        help={p ? <span id={errorId}>{t(`asmt.scheme.err.${p.code}`)}</span> : undefined}
        extra={extra}
        style={{ marginBottom: 8 }}
      >
        {control({ id: id(f), ...(p ? { 'aria-invalid': true, 'aria-describedby': errorId } : {}) })}
      </Form.Item>
    );
  };
  const num = (v: number | string | null) => (v === null || v === '' ? null : Number(v));
  const defaultDays = isTimelinessKind(row.kind) ? DEFAULT_TIMELINESS_DAYS[row.kind] : null;

  return (
    <Card
      size="small"
      className="xz-scheme-item"
      title={
        <Flex gap={8} align="center" wrap>
          <span>{t('asmt.scheme.item', { n: index + 1 })}</span>
          <Tag color={isAdjustmentKind(row.kind) ? 'purple' : 'blue'}>
            {isAdjustmentKind(row.kind) ? t('asmt.scheme.adjustmentKind') : t('asmt.scheme.scoredKind')}
          </Tag>
        </Flex>
      }
      extra={
        <Flex gap={4}>
          <Button
            size="small"
            type="text"
            icon={<ArrowUpOutlined />}
            disabled={index === 0}
            onClick={() => onMove(-1)}
            aria-label={t('asmt.scheme.up', { name })}
          />
          <Button
            size="small"
            type="text"
            icon={<ArrowDownOutlined />}
            disabled={index === count - 1}
            onClick={() => onMove(1)}
            aria-label={t('asmt.scheme.down', { name })}
          />
          <Button
            size="small"
            type="text"
            icon={<DeleteOutlined />}
            onClick={onRemove}
            aria-label={t('asmt.scheme.removeLabel', { name })}
          >
            {t('asmt.scheme.remove')}
          </Button>
        </Flex>
      }
    >
      <Row gutter={[12, 0]}>
        <Col xs={24} sm={12} xl={4}>
          {field('nameZh', t('asmt.scheme.nameZh'), (a) => (
            <Input
              {...a}
              value={row.nameZh}
              maxLength={100}
              onChange={(e) => onChange({ ...row, nameZh: e.target.value }, 'nameZh')}
            />
          ))}
        </Col>
        <Col xs={24} sm={12} xl={4}>
          {field('nameEn', t('asmt.scheme.nameEn'), (a) => (
            <Input
              {...a}
              value={row.nameEn}
              maxLength={100}
              onChange={(e) => onChange({ ...row, nameEn: e.target.value }, 'nameEn')}
            />
          ))}
        </Col>
        <Col xs={24} sm={12} xl={4}>
          <Form.Item label={t('asmt.scheme.kind')} htmlFor={id('kind')} style={{ marginBottom: 8 }}>
            <Select<AssessmentItemKind>
              id={id('kind')}
              value={row.kind}
              onChange={(k) => onChange(withKind(row, k), 'kind')}
              options={ASSESSMENT_ITEM_KINDS.map((k) => ({ value: k, label: ASSESSMENT_ITEM_KIND_LABELS[k][lang] }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} xl={4}>
          {field('code', t('asmt.scheme.code'), (a) => (
            <Input
              {...a}
              value={row.code}
              maxLength={40}
              className="xz-mono"
              onChange={(e) => onChange({ ...row, code: e.target.value }, 'code')}
            />
          ))}
        </Col>
        <Col xs={8} sm={4} xl={2}>
          {field('weight', t('asmt.scheme.weight'), (a) => (
            <InputNumber
              {...a}
              value={row.weight}
              step={1}
              style={{ width: '100%' }}
              onChange={(v) => onChange({ ...row, weight: num(v) }, 'weight')}
            />
          ))}
        </Col>
        <Col xs={8} sm={4} xl={3}>
          {field('cap', t('asmt.scheme.cap'), (a) => (
            <InputNumber
              {...a}
              value={row.cap}
              step={1}
              placeholder={t('asmt.scheme.capHint')}
              style={{ width: '100%' }}
              onChange={(v) => onChange({ ...row, cap: num(v) }, 'cap')}
            />
          ))}
        </Col>
        {defaultDays !== null ? (
          <Col xs={8} sm={4} xl={3}>
            {field('days', t('asmt.scheme.days'), (a) => (
              <InputNumber
                {...a}
                value={row.days}
                step={1}
                placeholder={String(defaultDays)}
                style={{ width: '100%' }}
                onChange={(v) => onChange({ ...row, days: num(v) }, 'days')}
              />
            ))}
          </Col>
        ) : null}
      </Row>
    </Card>
  );
}
