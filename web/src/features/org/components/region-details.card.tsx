import { Alert, Card, Descriptions, Skeleton, Typography } from 'antd';
import type { RegionDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { EmptyState } from '../../../components/empty-state';
import { useRegion } from '../api/use-region.query';

/** The selected region: name, code, level, its parents and how many sub-regions it has. */
export function RegionDetailsCard({ code }: { code: string | null }) {
  const { t } = useT();
  const region = useRegion(code);
  const title = (
    <Typography.Title level={2} className="xz-card-title">
      {t('org.region.details')}
    </Typography.Title>
  );

  let body;
  if (!code) body = <EmptyState description={t('org.region.pick')} />;
  else if (region.isPending) body = <Skeleton active />;
  else if (region.error) body = <Alert type="error" showIcon title={region.error.message} />;
  else {
    const { region: r, path, children } = region.data;
    const level = (l: RegionDto['level']) => t(`org.level.${l}`);
    body = (
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'name', label: t('org.region.name'), children: <Typography.Text strong>{r.name}</Typography.Text> },
          {
            key: 'code',
            label: t('org.region.code'),
            children: (
              <Typography.Text copyable className="xz-mono">
                {r.code}
              </Typography.Text>
            ),
          },
          {
            key: 'level',
            label: t('org.region.level'),
            children: `${level(r.level)} · ${t(r.side === 'east' ? 'org.side.east' : 'org.side.west')}`,
          },
          {
            key: 'path',
            label: t('org.region.path'),
            children: path.length ? path.map((p) => p.name).join(' / ') : '—',
          },
          {
            key: 'children',
            label: t('org.region.children'),
            children: t('org.region.childrenCount', { n: children.length }),
          },
        ]}
      />
    );
  }
  return (
    <Card size="small" title={title}>
      {body}
    </Card>
  );
}
