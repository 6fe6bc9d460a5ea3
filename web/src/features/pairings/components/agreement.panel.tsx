import { Descriptions, Flex, Table, Typography, type CollapseProps } from 'antd';
import { FileOutlined } from '@ant-design/icons';
import type { AgreementDto } from '@xiezuo/domain';
import type { Translate } from '../../../app/i18n';
import { formatBytes } from '../utils/signed-file';
import { AgreementFileUpload } from './agreement-file.upload';
import { IllustrativeTag } from './pairing-tags';
import './pairings.css';

type Target = AgreementDto['targets'][number];
type Panel = NonNullable<CollapseProps['items']>[number];

function Targets({ targets, t }: { targets: Target[]; t: Translate }) {
  if (!targets.length) return <Typography.Paragraph type="secondary">{t('agreement.noTargets')}</Typography.Paragraph>;
  return (
    <Table<Target>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={targets}
      columns={[
        { title: t('agreement.target.year'), dataIndex: 'year', width: 64 },
        { title: t('agreement.target.description'), dataIndex: 'description' },
        {
          title: t('agreement.target.quantity'),
          key: 'quantity',
          width: 96,
          align: 'right',
          render: (_v, x) => (x.quantity === null ? '—' : `${x.quantity}${x.unit ? ` ${x.unit}` : ''}`),
        },
      ]}
    />
  );
}

function Files({ a, t }: { a: AgreementDto; t: Translate }) {
  if (!a.files.length) return <Typography.Paragraph type="secondary">{t('agreement.noFiles')}</Typography.Paragraph>;
  return (
    <ul className="xz-file-list">
      {a.files.map((f) => (
        <li key={f.id}>
          <a href={`/api/agreements/${a.id}/files/${f.id}`} download={f.filename}>
            <FileOutlined /> {f.filename}
          </a>
          <Typography.Text type="secondary">{formatBytes(f.size)}</Typography.Text>
        </li>
      ))}
    </ul>
  );
}

/** One agreement as a collapsible panel: the header sums it up; inside are parties, commitments, targets and signed files. */
export function agreementPanel(a: AgreementDto, canUpload: boolean, t: Translate): Panel {
  return {
    key: a.id,
    label: (
      <Flex wrap gap={8} align="center">
        <Typography.Text strong>{a.title}</Typography.Text>
        {a.isIllustrative ? <IllustrativeTag t={t} /> : null}
        <Typography.Text type="secondary">
          {a.signedOn} · {t('agreement.yearRange', { from: a.yearFrom, to: a.yearTo })} · {t('agreement.files')}{' '}
          {a.files.length}
        </Typography.Text>
      </Flex>
    ),
    children: (
      <>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            { key: 'signedOn', label: t('agreement.signedOn'), children: a.signedOn },
            {
              key: 'years',
              label: t('agreement.years'),
              children: t('agreement.yearRange', { from: a.yearFrom, to: a.yearTo }),
            },
            { key: 'parties', label: t('agreement.parties'), children: `${a.eastPartyName} — ${a.westPartyName}` },
            ...(a.commitments
              ? [
                  {
                    key: 'commitments',
                    label: t('agreement.commitments'),
                    span: 'filled' as const,
                    children: <span style={{ whiteSpace: 'pre-wrap' }}>{a.commitments}</span>,
                  },
                ]
              : []),
          ]}
        />
        <Typography.Title level={3} className="xz-subheading">
          {t('agreement.targets')}
        </Typography.Title>
        <Targets targets={a.targets} t={t} />
        <Typography.Title level={3} className="xz-subheading">
          {t('agreement.files')}
        </Typography.Title>
        <Files a={a} t={t} />
        {canUpload ? <AgreementFileUpload agreementId={a.id} /> : null}
      </>
    ),
  };
}
