import { useState } from 'react';
import { Alert, Button, Card, Flex, Form } from 'antd';
import type { RecordTypeDecl } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { useCurrentSession } from '../../auth/session-context';
import type { RecordDetail } from '../api/ledger.types';
import { toFormValues } from '../utils/field-controls';
import { checkRoster, hasProblems, rosterRow, type RosterRow } from '../utils/roster';
import { ownUnits } from '../utils/session-roles';
import { PeopleTable } from './people.table';
import { RecordFormBody, type Locks, type RecordFormShape } from './record-form.body';
import { RosterEditor } from './roster.editor';
import { useRecordSave } from './use-record-save';

type Props = {
  decl: RecordTypeDecl;
  /** The record being edited, or null for a new one. */
  record: RecordDetail | null;
  initial: Partial<RecordFormShape>;
  locks: Locks;
  onSaved: (r: RecordDetail) => void;
  onCancel: () => void;
  onConflict: () => void;
};

const isBlank = (r: RosterRow) => !r.idNumber.trim() && !r.name.trim() && !r.phone.trim();

/** The entry form generated from one record type's declaration: common fields, declared fields, roster, save as draft. */
export function RecordForm({ decl, record, initial, locks, onSaved, onCancel, onConflict }: Props) {
  const { t, lang } = useT();
  const [form] = Form.useForm<RecordFormShape>();
  const roster = decl.roster;
  const [rows, setRows] = useState<RosterRow[]>(() => [rosterRow()]);
  // an edit keeps the stored (masked) roster unless the reporter enters it again
  const [replacing, setReplacing] = useState(record === null);
  const [showRequired, setShowRequired] = useState(false);
  const saver = useRecordSave({ decl, record, form, onSaved, onConflict });
  const session = useCurrentSession();
  const knownUnits = record ? [record.eastUnit] : ownUnits(session.roles);

  const submit = (v: RecordFormShape) => {
    let people: RosterRow[] | null = null;
    if (roster.mode !== 'none' && replacing) {
      people = roster.mode === 'single' ? rows.slice(0, 1) : rows.filter((r) => !isBlank(r));
      if (hasProblems(checkRoster(people)) || (roster.mode === 'single' && people.length !== 1)) {
        setShowRequired(true);
        saver.setSummary([t('ledger.form.fixFirst')]);
        return;
      }
    }
    saver.save(v, people);
  };

  return (
    <Form<RecordFormShape>
      form={form}
      layout="vertical"
      name="ledger-record"
      initialValues={{ ...initial, values: initial.values ?? toFormValues(decl, {}) }}
      onFinish={submit}
      onFinishFailed={() => saver.setSummary([t('ledger.form.fixFirst')])}
      scrollToFirstError={{ block: 'center' }}
      // a long entry form is not sent by Enter in a field (a date typed and confirmed, an IME candidate chosen)
      onKeyDown={(e) => {
        if (e.key === 'Enter' && e.target instanceof HTMLInputElement) e.preventDefault();
      }}
    >
      <RecordFormBody decl={decl} mode={record ? 'edit' : 'new'} locks={locks} knownUnits={knownUnits} />
      {roster.mode !== 'none' ? (
        <Card size="small" title={roster.label[lang]} className="xz-ledger-card">
          {replacing ? (
            <RosterEditor
              mode={roster.mode}
              rows={rows}
              onChange={setRows}
              serverErrors={saver.rowErrors}
              showRequired={showRequired}
            />
          ) : (
            <>
              <Alert
                type="info"
                showIcon
                title={t('ledger.roster.keep', { n: record?.people.length ?? 0 })}
                style={{ marginBottom: 8 }}
              />
              <PeopleTable people={record?.people ?? []} />
            </>
          )}
          {record ? (
            <Button type="link" style={{ paddingInline: 0, marginTop: 8 }} onClick={() => setReplacing((x) => !x)}>
              {replacing ? t('ledger.roster.keepCurrent') : t('ledger.roster.replace')}
            </Button>
          ) : null}
        </Card>
      ) : null}
      {saver.summary ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={saver.summary[0]}
          description={saver.summary.length > 1 ? saver.summary.slice(1).join(lang === 'zh' ? '；' : '; ') : undefined}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Flex gap={8} wrap className="xz-ledger-actions">
        <Button type="primary" htmlType="submit" loading={saver.isSaving}>
          {record ? t('ledger.form.saveChanges') : t('ledger.form.save')}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </Flex>
    </Form>
  );
}
