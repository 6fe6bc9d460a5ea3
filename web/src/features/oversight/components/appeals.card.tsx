import { useState } from 'react';
import { Button, Card, Flex, Form, Input, Modal, Table, Tag, Typography } from 'antd';
import { APPEAL_STATUS_LABELS, type AppealDto, type AppealStatus, type AssessmentSchemeDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { EmptyState } from '../../../components/empty-state';
import { useAppeals } from '../api/use-assessment.query';
import { useDecideAppeal } from '../api/use-assessment-mutations';

const STATUS_COLOR: Record<AppealStatus, string> = { pending: 'gold', accepted: 'green', rejected: 'default' };

/** Appeals in scope; the office decides each with a note (buttons from the appeal's `abilities`). */
export function AppealsCard({ year, scheme }: { year: number; scheme: AssessmentSchemeDto | undefined }) {
  const { t, lang } = useT();
  const appeals = useAppeals(year);
  const decide = useDecideAppeal(year);
  const [deciding, setDeciding] = useState<{ appeal: AppealDto; accept: boolean } | null>(null);
  const [note, setNote] = useState('');
  const itemName = (code: string | null) =>
    code ? (scheme?.items.find((i) => i.code === code)?.name[lang] ?? code) : t('asmt.whole');
  const submit = () =>
    deciding &&
    decide.mutate(
      { id: deciding.appeal.id, accept: deciding.accept, note: note.trim() },
      {
        onSuccess: () => {
          setDeciding(null);
          setNote('');
        },
      },
    );
  return (
    <Card
      size="small"
      style={{ marginTop: 16 }}
      title={
        <Typography.Title level={2} className="xz-card-title">
          {t('asmt.appeals')}
        </Typography.Title>
      }
    >
      <Table<AppealDto>
        rowKey="id"
        size="small"
        loading={appeals.isFetching}
        dataSource={appeals.data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <EmptyState description={t('asmt.appeals.empty')} /> }}
        columns={[
          { title: t('asmt.appeals.col.unit'), key: 'unit', render: (_v, a) => a.unit.name },
          { title: t('asmt.appeals.col.item'), key: 'item', render: (_v, a) => itemName(a.itemCode) },
          { title: t('asmt.appeals.col.reason'), dataIndex: 'reason', key: 'reason' },
          {
            title: t('asmt.appeals.col.status'),
            dataIndex: 'status',
            key: 'status',
            render: (s: AppealStatus) => <Tag color={STATUS_COLOR[s]}>{APPEAL_STATUS_LABELS[s][lang]}</Tag>,
          },
          {
            title: t('asmt.appeals.col.decision'),
            key: 'decision',
            render: (_v, a) =>
              a.abilities.decide ? (
                <Flex gap={4}>
                  <Button size="small" onClick={() => setDeciding({ appeal: a, accept: true })}>
                    {t('asmt.appeals.accept')}
                  </Button>
                  <Button size="small" danger onClick={() => setDeciding({ appeal: a, accept: false })}>
                    {t('asmt.appeals.reject')}
                  </Button>
                </Flex>
              ) : (
                (a.decisionNote ?? '—')
              ),
          },
        ]}
      />
      <Modal
        open={deciding !== null}
        title={
          deciding
            ? `${deciding.accept ? t('asmt.appeals.accept') : t('asmt.appeals.reject')} · ${deciding.appeal.unit.name}`
            : ''
        }
        okButtonProps={{ disabled: note.trim().length < 2, danger: deciding?.accept === false }}
        confirmLoading={decide.isPending}
        onOk={submit}
        onCancel={() => setDeciding(null)}
        destroyOnHidden
      >
        <Form layout="vertical">
          <Form.Item label={t('asmt.appeals.note')} htmlFor="appeal-note">
            <Input.TextArea
              id="appeal-note"
              rows={3}
              maxLength={1000}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
