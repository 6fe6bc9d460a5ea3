import { useMemo, useState, type ClipboardEvent } from 'react';
import { Button, Checkbox, Flex, Grid, Input, Table, Typography, type TableProps } from 'antd';
import { DeleteOutlined, PlusOutlined, SnippetsOutlined } from '@ant-design/icons';
import { notify } from '../../../app/error-notifier';
import { useT } from '../../../app/i18n';
import { LOOKUP_LIMIT, usePersonLookups } from '../api/use-person-lookups.query';
import { checkRoster, lookupId, parseRosterPaste, rosterRow, type RosterDraft, type RosterRow } from '../utils/roster';
import type { PersonField } from '../utils/server-errors';
import { IdCell } from './roster-id.cell';
import { RosterCards } from './roster.cards';
import { RosterPasteDialog } from './roster-paste.dialog';

export type RowErrors = Map<string, Partial<Record<PersonField, string>>>;
type Props = {
  mode: 'single' | 'many';
  rows: RosterRow[];
  onChange: (rows: RosterRow[]) => void;
  serverErrors: RowErrors;
  showRequired: boolean;
};

/** Rows of people: typed row by row or pasted from Excel; ID numbers checked here and looked up (masked) on the server. */
export function RosterEditor({ mode, rows, onChange, serverErrors, showRequired }: Props) {
  const { t } = useT();
  const [pasting, setPasting] = useState(false);
  const problems = useMemo(() => checkRoster(rows), [rows]);
  const entries = useMemo(
    () =>
      rows.flatMap((r) => {
        const idNumber = lookupId(r);
        return idNumber ? [{ idNumber, name: r.name }] : [];
      }),
    [rows],
  );
  const lookups = usePersonLookups(entries);
  const many = mode === 'many';
  const compact = Grid.useBreakpoint().md === false;

  const set = (key: string, patch: Partial<RosterDraft>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const append = (drafts: RosterDraft[]) => {
    const kept = rows.filter((r) => r.idNumber.trim() || r.name.trim());
    onChange([...kept, ...drafts.map((d) => rosterRow(d))]);
    notify('success', t('ledger.roster.pasted', { n: drafts.length }));
  };
  // Pasting several Excel rows into an ID cell adds them all (this row is replaced when still empty).
  const onPasteId = (row: RosterRow) => (e: ClipboardEvent<HTMLInputElement>) => {
    const text = e.clipboardData.getData('text');
    if (!many || !/[\t\n]/.test(text.trim())) return;
    const parsed = parseRosterPaste(text);
    if (!parsed.rows.length) return;
    e.preventDefault();
    const at = rows.findIndex((r) => r.key === row.key);
    const replace = !row.idNumber.trim() && !row.name.trim() ? 1 : 0;
    onChange([...rows.slice(0, at + 1 - replace), ...parsed.rows.map((d) => rosterRow(d)), ...rows.slice(at + 1)]);
    notify('success', t('ledger.roster.pasted', { n: parsed.rows.length }));
  };

  const err = (row: RosterRow, i: number, field: PersonField) => {
    const server = serverErrors.get(row.key)?.[field];
    if (server) return server;
    const p = problems[i]?.[field];
    if (
      !p ||
      (p === 'REQUIRED' && !showRequired) ||
      (p === 'FORMAT' && normalisedLength(row.idNumber) < 18 && !showRequired)
    )
      return undefined;
    return t(`ledger.roster.problem.${p}`);
  };

  const remove = (key: string) => onChange(rows.filter((x) => x.key !== key));
  // one renderer per cell, shared by the table (desktop) and the stacked cards (phones)
  const cells = {
    idNumber: (r: RosterRow, i: number) => (
      <IdCell
        row={r}
        error={err(r, i, 'idNumber')}
        lookup={lookups.get(lookupId(r) ?? '')}
        onChange={(v) => set(r.key, { idNumber: v })}
        onPaste={onPasteId(r)}
        index={i}
      />
    ),
    name: (r: RosterRow, i: number) => (
      <CellInput
        value={r.name}
        error={err(r, i, 'name')}
        max={50}
        label={`${t('ledger.roster.name')} ${i + 1}`}
        onChange={(v) => set(r.key, { name: v })}
      />
    ),
    phone: (r: RosterRow, i: number) => (
      <CellInput
        value={r.phone}
        error={err(r, i, 'phone')}
        max={30}
        label={`${t('ledger.roster.phone')} ${i + 1}`}
        onChange={(v) => set(r.key, { phone: v })}
        tel
      />
    ),
    isPoor: (r: RosterRow, i: number, text?: string) => (
      <Checkbox
        checked={r.isPoor}
        aria-label={`${t('ledger.roster.isPoor')} ${i + 1}`}
        onChange={(e) => set(r.key, { isPoor: e.target.checked })}
      >
        {text}
      </Checkbox>
    ),
    remove: (r: RosterRow, i: number) => (
      <Button
        type="text"
        danger
        icon={<DeleteOutlined />}
        aria-label={t('ledger.roster.remove', { n: i + 1 })}
        onClick={() => remove(r.key)}
      />
    ),
  };

  const columns: NonNullable<TableProps<RosterRow>['columns']> = [
    {
      title: '#',
      key: 'n',
      width: 48,
      render: (_v, _r, i) => <Typography.Text type="secondary">{i + 1}</Typography.Text>,
    },
    { title: t('ledger.roster.idNumber'), key: 'idNumber', width: 260, render: (_v, r, i) => cells.idNumber(r, i) },
    { title: t('ledger.roster.name'), key: 'name', width: 150, render: (_v, r, i) => cells.name(r, i) },
    { title: t('ledger.roster.phone'), key: 'phone', width: 170, render: (_v, r, i) => cells.phone(r, i) },
    {
      title: t('ledger.roster.isPoor'),
      key: 'isPoor',
      width: 90,
      align: 'center',
      render: (_v, r, i) => cells.isPoor(r, i),
    },
  ];
  if (many) columns.push({ key: 'remove', width: 48, render: (_v, r, i) => cells.remove(r, i) });

  const poor = rows.filter((r) => r.isPoor).length;
  return (
    <>
      {many ? (
        <Flex wrap gap={8} align="center" justify="space-between" style={{ marginBottom: 8 }}>
          <Typography.Text type="secondary" role="status">
            {t('ledger.roster.count', { n: rows.filter((r) => r.idNumber.trim()).length, poor })}
            {entries.length > LOOKUP_LIMIT ? ` · ${t('ledger.roster.lookupLimit', { n: LOOKUP_LIMIT })}` : ''}
          </Typography.Text>
          <Flex wrap gap={8}>
            <Button icon={<PlusOutlined />} onClick={() => onChange([...rows, rosterRow()])}>
              {t('ledger.roster.add')}
            </Button>
            <Button icon={<SnippetsOutlined />} onClick={() => setPasting(true)}>
              {t('ledger.roster.paste')}
            </Button>
          </Flex>
        </Flex>
      ) : null}
      {compact ? (
        <RosterCards rows={rows} many={many} cells={cells} />
      ) : (
        <Table<RosterRow>
          rowKey="key"
          size="small"
          columns={columns}
          dataSource={rows}
          pagination={rows.length > 100 ? { pageSize: 100, showSizeChanger: false } : false}
          scroll={{ x: 760 }}
          locale={{ emptyText: t('ledger.roster.empty') }}
          className="xz-roster"
        />
      )}
      <RosterPasteDialog open={pasting} onClose={() => setPasting(false)} onAdd={append} />
    </>
  );
}

const normalisedLength = (s: string) => s.replace(/[\s-]/g, '').length;

function CellInput({
  value,
  error,
  max,
  label,
  onChange,
  tel,
}: {
  value: string;
  error?: string;
  max: number;
  label: string;
  onChange: (v: string) => void;
  tel?: boolean;
}) {
  return (
    <>
      <Input
        value={value}
        maxLength={max}
        status={error ? 'error' : undefined}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        inputMode={tel ? 'tel' : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error ? (
        <Typography.Text type="danger" className="xz-roster__note">
          {error}
        </Typography.Text>
      ) : null}
    </>
  );
}
