import { Card, Descriptions, Flex, Typography } from 'antd';
import type { PairingDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { ConfirmationTag, dateRange, IllustrativeTag, KindTag, StatusTag } from './pairing-tags';

function Party({ party }: { party: PairingDto['east'] }) {
  return (
    <Flex vertical>
      <Typography.Text strong>{party.name}</Typography.Text>
      {party.regionPath ? <Typography.Text type="secondary">{party.regionPath}</Typography.Text> : null}
      {party.person ? (
        <Typography.Text data-testid="pairing-person">
          {party.person.name} · {party.person.idMasked}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

/** The pairing's facts: parties with their region paths, dates, status, county confirmation. */
export function PairingFactsCard({ pairing: p }: { pairing: PairingDto }) {
  const { t, lang } = useT();
  return (
    <Card
      size="small"
      title={
        <Typography.Title level={2} className="xz-card-title">
          {t('pairing.facts')}
        </Typography.Title>
      }
      style={{ marginBottom: 16 }}
    >
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 1, md: 2 }}
        items={[
          {
            key: 'kind',
            label: t('pairing.kind'),
            children: (
              <>
                <KindTag kind={p.kind} lang={lang} />
                {p.isIllustrative ? <IllustrativeTag t={t} /> : null}
              </>
            ),
          },
          { key: 'county', label: t('pairing.county'), children: p.countyName },
          { key: 'east', label: t('pairing.east'), children: <Party party={p.east} /> },
          { key: 'west', label: t('pairing.west'), children: <Party party={p.west} /> },
          { key: 'dates', label: t('pairing.dates'), children: dateRange(p, t) },
          { key: 'status', label: t('pairing.status'), children: <StatusTag status={p.status} lang={lang} /> },
          {
            key: 'confirmation',
            label: t('pairing.confirmation'),
            children: <ConfirmationTag at={p.westConfirmedAt} t={t} />,
          },
          { key: 'lastRecord', label: t('pairing.lastRecord'), children: p.lastRecordOn ?? '—' },
          { key: 'note', label: t('pairing.note'), span: 'filled', children: p.note ?? '—' },
        ]}
      />
    </Card>
  );
}
