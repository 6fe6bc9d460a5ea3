import { useMemo, useState } from 'react';
import { Button, Col, Descriptions, Empty, Flex, Input, List, Row, Space, Spin, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import {
  COHORT_STUDENT_STATUS_LABELS,
  SUPPORT_KIND_LABELS,
  type CohortDetailDto,
  type CohortStudentDto,
} from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { PageHeader } from '../../../components/page-header';
import { fenToWan, fenToYuan } from '../../ledger/utils/money';
import { useCohort } from '../api/use-cohorts';
import { AddResultDialog, AddStudentDialog, AddSupportDialog } from '../components/student-dialogs';

type Open = { kind: 'student' } | { kind: 'result' | 'support'; student: CohortStudentDto } | null;

/** A student's results and support, shown when the row is expanded. */
function StudentHistory({ s }: { s: CohortStudentDto }) {
  const { t, lang } = useT();
  return (
    <Row gutter={[16, 8]}>
      <Col xs={24} md={12}>
        <List
          size="small"
          header={<Typography.Text strong>{t('cohorts.results')}</Typography.Text>}
          locale={{ emptyText: t('cohorts.noResults') }}
          dataSource={s.results}
          renderItem={(r) => (
            <List.Item>
              {t('cohorts.result', {
                term: r.term,
                score: r.score ?? '—',
                rank: r.rank ?? '—',
                size: r.classSize ?? '—',
              })}
              {r.comment ? <Typography.Text type="secondary"> · {r.comment}</Typography.Text> : null}
            </List.Item>
          )}
        />
      </Col>
      <Col xs={24} md={12}>
        <List
          size="small"
          header={<Typography.Text strong>{t('cohorts.supports')}</Typography.Text>}
          locale={{ emptyText: t('cohorts.noSupports') }}
          dataSource={s.supports}
          renderItem={(x) => (
            <List.Item
              actions={
                x.recordId
                  ? [
                      <Link key="record" to={`/ledger/${x.recordId}`}>
                        {t('cohorts.record')}
                      </Link>,
                    ]
                  : []
              }
            >
              {x.givenOn} · {SUPPORT_KIND_LABELS[x.kind][lang]}
              {x.amountFen !== null ? ` · ${t('cohorts.yuan', { v: fenToYuan(x.amountFen) })}` : ''} · {x.unit.name}
            </List.Item>
          )}
        />
      </Col>
    </Row>
  );
}

function useColumns(c: CohortDetailDto, setOpen: (o: Open) => void) {
  const { t, lang } = useT();
  const last = (s: CohortStudentDto) => s.results.at(-1);
  return [
    {
      key: 'name',
      title: t('cohorts.col.name'),
      dataIndex: 'name',
      sorter: (a: CohortStudentDto, b: CohortStudentDto) => a.name.localeCompare(b.name, 'zh'),
    },
    { key: 'id', title: t('cohorts.col.id'), dataIndex: 'idMasked' },
    {
      key: 'gender',
      title: t('cohorts.col.gender'),
      render: (_: unknown, s: CohortStudentDto) => (s.gender ? t(`cohorts.gender.${s.gender}`) : '—'),
    },
    { key: 'grade', title: t('cohorts.col.grade'), dataIndex: 'grade' },
    {
      key: 'status',
      title: t('cohorts.col.status'),
      render: (_: unknown, s: CohortStudentDto) => <Tag>{COHORT_STUDENT_STATUS_LABELS[s.status][lang]}</Tag>,
    },
    {
      key: 'last',
      title: t('cohorts.col.lastResult'),
      render: (_: unknown, s: CohortStudentDto) => {
        const r = last(s);
        return r ? `${r.term} · ${r.score ?? '—'}` : '—';
      },
    },
    {
      key: 'support',
      title: t('cohorts.col.support'),
      render: (_: unknown, s: CohortStudentDto) =>
        s.supports.length
          ? t('cohorts.yuan', { v: fenToYuan(s.supports.reduce((a, x) => a + (x.amountFen ?? 0), 0)) })
          : '—',
    },
    ...(c.abilities.edit
      ? [
          {
            key: 'actions',
            title: t('cohorts.col.actions'),
            render: (_: unknown, s: CohortStudentDto) => (
              <Space size={4} wrap>
                <Button size="small" onClick={() => setOpen({ kind: 'result', student: s })}>
                  {t('cohorts.addResult')}
                </Button>
                <Button size="small" onClick={() => setOpen({ kind: 'support', student: s })}>
                  {t('cohorts.addSupport')}
                </Button>
              </Space>
            ),
          },
        ]
      : []),
  ];
}

function Roster({ c }: { c: CohortDetailDto }) {
  const { t } = useT();
  const [text, setText] = useState('');
  const [open, setOpen] = useState<Open>(null);
  const columns = useColumns(c, setOpen);
  const rows = useMemo(() => {
    const q = text.trim();
    return q ? c.roster.filter((s) => s.name.includes(q) || s.grade.includes(q)) : c.roster;
  }, [c.roster, text]);
  const close = () => setOpen(null);
  const student = open && open.kind !== 'student' ? open.student : null;
  return (
    <>
      <Flex wrap gap={8} justify="space-between" style={{ marginBottom: 12 }}>
        <Input.Search
          aria-label={t('cohorts.search')}
          placeholder={t('cohorts.search')}
          allowClear
          onChange={(e) => setText(e.target.value)}
          style={{ maxWidth: 280 }}
        />
        {c.abilities.edit ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen({ kind: 'student' })}>
            {t('cohorts.addStudent')}
          </Button>
        ) : null}
      </Flex>
      <Table<CohortStudentDto>
        rowKey="id"
        size="small"
        dataSource={rows}
        columns={columns}
        expandable={{ expandedRowRender: (s) => <StudentHistory s={s} /> }}
        pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
        locale={{ emptyText: t('cohorts.empty') }}
        scroll={{ x: 'max-content' }}
      />
      <AddStudentDialog cohortId={c.id} open={open?.kind === 'student'} onClose={close} />
      <AddResultDialog cohortId={c.id} student={student} open={open?.kind === 'result'} onClose={close} />
      <AddSupportDialog cohortId={c.id} student={student} open={open?.kind === 'support'} onClose={close} />
    </>
  );
}

/** One cohort: its school and county, its counts, and the register with each student's results and support. */
export function CohortDetailPage() {
  const { t } = useT();
  const { id = '' } = useParams();
  const res = useCohort(id);
  const c = res.data;
  if (!c) return res.error ? <Empty description={res.error.message} /> : <Spin />;
  return (
    <>
      <PageHeader title={c.name} subtitle={c.note ?? undefined} />
      <Typography.Paragraph>
        <Link to="/cohorts">{t('cohorts.back')}</Link>
      </Typography.Paragraph>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 3 }}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'school', label: t('cohorts.school'), children: c.school.name },
          { key: 'county', label: t('cohorts.county'), children: c.county.name },
          { key: 'start', label: t('cohorts.startYear'), children: c.startYear },
          { key: 'students', label: t('cohorts.students'), children: c.students },
          { key: 'supported', label: t('cohorts.supported'), children: c.supported },
          { key: 'amount', label: t('cohorts.amount'), children: t('cohorts.wan', { v: fenToWan(c.amountFen) }) },
        ]}
      />
      <Roster c={c} />
    </>
  );
}
