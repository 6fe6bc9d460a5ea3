import { useState } from 'react';
import type { FormInstance } from 'antd';
import type { RecordInput, RecordPatch, RecordTypeDecl } from '@xiezuo/domain';
import { isApiError } from '../../../api/api-error';
import { useT } from '../../../app/i18n';
import type { RecordDetail } from '../api/ledger.types';
import { useCreateRecord, useUpdateRecord } from '../api/use-save-record.mutation';
import { fromFormValues } from '../utils/field-controls';
import { changedContent, type RecordContent } from '../utils/record-changes';
import { toPeopleInput, type RosterRow } from '../utils/roster';
import { validationIssues } from '../../../components/server-form-errors';
import { messageIn, placeErrors, type FieldIssue } from '../utils/server-errors';
import type { RecordFormShape } from './record-form.body';
import type { RowErrors } from './roster.editor';

const ROSTER_CODES: Record<string, 'FORMAT' | 'BIRTH_DATE' | 'CHECKSUM' | 'PHONE' | 'DUPLICATE'> = {
  FORMAT: 'FORMAT',
  BIRTH_DATE: 'BIRTH_DATE',
  CHECKSUM: 'CHECKSUM',
  PHONE: 'PHONE',
  DUPLICATE_ON_RECORD: 'DUPLICATE',
};
const ZOD_CODES = [
  'too_small',
  'too_big',
  'invalid_type',
  'invalid_value',
  'invalid_format',
  'unrecognized_keys',
] as const;

/** The content of a record as the form holds it. */
export function contentOf(decl: RecordTypeDecl, v: RecordFormShape): RecordContent {
  return {
    occurredOn: v.occurredOn ?? '',
    regionCode: v.regionCode ?? null,
    pairingId: v.pairingId ?? null,
    values: fromFormValues(decl, v.values ?? {}),
    note: v.note?.trim() || null,
  };
}

/** Saves a new record (POST with Idempotency-Key) or an edit (PATCH with version), placing any server problem on its control or row. */
export function useRecordSave(opts: {
  decl: RecordTypeDecl;
  record: RecordDetail | null;
  form: FormInstance<RecordFormShape>;
  onSaved: (r: RecordDetail) => void;
  onConflict: () => void;
}) {
  const { t, lang } = useT();
  const { decl, record, form } = opts;
  const create = useCreateRecord();
  const update = useUpdateRecord(record?.id ?? '');
  const [summary, setSummary] = useState<string[] | null>(null);
  const [rowErrors, setRowErrors] = useState<RowErrors>(new Map());

  const describe = (i: FieldIssue): string => {
    const roster = i.code ? ROSTER_CODES[i.code] : undefined;
    if (roster) return t(`ledger.roster.problem.${roster}`);
    const zod = ZOD_CODES.find((c) => c === i.code);
    if (zod && lang === 'zh') return t(`ledger.err.${zod}`);
    return messageIn(i.message, lang);
  };

  const onError = (error: unknown, sent: RosterRow[]) => {
    if (!isApiError(error)) return setSummary([t('common.unexpectedError')]);
    if (error.code === 'CONFLICT') return opts.onConflict();
    if (error.code !== 'VALIDATION_FAILED') return setSummary([error.message]);
    const placed = placeErrors(validationIssues(error.details), describe);
    // paths come from the server (`values.title`), so they are not typed against the form's shape
    (form as FormInstance).setFields(placed.form);
    const byKey: RowErrors = new Map();
    for (const [index, errs] of placed.rows) if (sent[index]) byKey.set(sent[index].key, errs);
    setRowErrors(byKey);
    const n = placed.form.length + placed.rows.size + placed.roster.length + placed.other.length;
    setSummary([t('ledger.form.serverProblems', { n }), ...placed.roster, ...placed.other]);
  };

  /** `people`: the rows to send, or null to keep the stored roster (edits). */
  const save = (v: RecordFormShape, people: RosterRow[] | null) => {
    setSummary(null);
    setRowErrors(new Map());
    const content = contentOf(decl, v);
    const sent = people ?? [];
    if (!record) {
      const body: RecordInput = {
        type: decl.code,
        eastUnitId: v.eastUnitId ?? '',
        countyCode: v.countyCode ?? null,
        ...content,
        people: toPeopleInput(sent),
      };
      create.mutate(body, { onSuccess: opts.onSaved, onError: (e) => onError(e, sent) });
      return;
    }
    const before: RecordContent = {
      occurredOn: record.occurredOn,
      regionCode: record.regionCode,
      pairingId: record.pairingId,
      values: record.values,
      note: record.note,
    };
    const patch: RecordPatch = {
      version: record.version,
      ...changedContent(before, content),
      ...(people ? { people: toPeopleInput(people) } : {}),
    };
    if (Object.keys(patch).length === 1) return opts.onSaved(record);
    update.mutate(patch, { onSuccess: opts.onSaved, onError: (e) => onError(e, sent) });
  };

  return { save, summary, setSummary, rowErrors, isSaving: create.isPending || update.isPending };
}
