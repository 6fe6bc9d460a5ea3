import { Alert, Card, Col, Grid, Row, Skeleton, Typography } from 'antd';
import type { RegionDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { useOrgOverview } from '../api/use-org-overview.query';
import { RegionDetailsCard } from './region-details.card';
import { RegionSearch } from './region-search';
import { RegionTree } from './region-tree';

type Props = { q: string; selected: string | null; onChange: (patch: { rq?: string; region?: string | null }) => void };

/** 区划: the tenant's own district and the counties in scope as tree roots, a search, and the selected region. */
export function RegionsTab({ q, selected, onChange }: Props) {
  const { t } = useT();
  const screens = Grid.useBreakpoint();
  const org = useOrgOverview();
  if (org.isPending) return <Skeleton active />;
  if (org.error) return <Alert type="error" showIcon title={org.error.message} />;

  const roots: RegionDto[] = [
    ...(org.data.east ? [org.data.east] : []),
    ...org.data.counties.map((c) => ({
      code: c.code,
      name: c.name,
      level: 'county' as const,
      parentCode: c.parents.at(-1)?.code ?? null,
      side: 'west' as const,
    })),
  ];

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={14}>
        <Card
          size="small"
          title={
            <Typography.Title level={2} className="xz-card-title">
              {t('org.region.tree')}
            </Typography.Title>
          }
        >
          <RegionSearch
            q={q}
            onSearch={(v) => onChange({ rq: v })}
            selected={selected}
            onSelect={(code) => onChange({ region: code })}
          />
          <RegionTree
            roots={roots}
            selected={selected}
            onSelect={(code) => onChange({ region: code })}
            height={screens.lg ? 460 : 360}
          />
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <RegionDetailsCard code={selected} />
      </Col>
    </Row>
  );
}
