import { Alert, Input, Typography } from 'antd';
import type { RegionDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { useRegionSearch } from '../api/use-region-search.query';
import './region-search.css';

type Props = { q: string; onSearch: (q: string) => void; selected: string | null; onSelect: (code: string) => void };

/** Search by name or code (`GET /api/regions?q=`); each match shows its code and level and can be picked. */
export function RegionSearch({ q, onSearch, selected, onSelect }: Props) {
  const { t } = useT();
  const search = useRegionSearch(q);
  const items: RegionDto[] = search.data?.items ?? [];

  return (
    <div className="xz-region-search">
      <Input.Search
        allowClear
        aria-label={t('org.region.search')}
        placeholder={t('org.region.search')}
        defaultValue={q}
        loading={search.isFetching}
        onSearch={(v) => onSearch(v.trim())}
      />
      {q && search.error ? <Alert type="error" showIcon title={search.error.message} /> : null}
      {q && search.data ? (
        <section aria-label={t('org.region.results', { n: items.length })}>
          <Typography.Text type="secondary">{t('org.region.results', { n: items.length })}</Typography.Text>
          {items.length === 0 ? (
            <Typography.Paragraph type="secondary">{t('org.region.noResults')}</Typography.Paragraph>
          ) : (
            <ul className="xz-region-search__list">
              {items.map((r) => (
                <li key={r.code}>
                  <button
                    type="button"
                    className="xz-region-search__item"
                    aria-current={r.code === selected ? 'true' : undefined}
                    onClick={() => onSelect(r.code)}
                  >
                    <span>{r.name}</span>
                    <span className="xz-mono xz-region-search__code">
                      {r.code} · {t(`org.level.${r.level}`)}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </div>
  );
}
