import { Tabs } from 'antd';
import { useT } from '../../../app/i18n';
import { useUrlParams } from '../../../app/use-url-params';
import { PageHeader } from '../../../components/page-header';
import { GroupsTab } from '../components/groups.tab';
import { RegionsTab } from '../components/regions.tab';
import { UnitsTab } from '../components/units.tab';
import { parseSort, parseTab, parseYear } from '../utils/org-params';

/** Read-only organisation view; tab, year, searches, filters and the selected region are all in the URL. */
export function OrgPage() {
  const { t } = useT();
  const { get, update } = useUrlParams();
  const tab = parseTab(get('tab'));

  return (
    <>
      <PageHeader title={t('org.title')} subtitle={t('org.subtitle')} />
      <Tabs
        activeKey={tab}
        onChange={(key) => update({ tab: key === 'groups' ? null : key }, { push: true })}
        destroyOnHidden
        items={[
          {
            key: 'groups',
            label: t('org.tab.groups'),
            children: <GroupsTab year={parseYear(get('year'))} onYear={(y) => update({ year: y })} />,
          },
          {
            key: 'units',
            label: t('org.tab.units'),
            children: (
              <UnitsTab
                view={{ q: get('q') ?? '', types: get('type'), sort: parseSort(get('sort')) }}
                onView={(v) =>
                  update({
                    ...(v.q !== undefined && { q: v.q }),
                    ...(v.types && { type: v.types.join(',') }),
                    ...(v.sort !== undefined && { sort: v.sort }),
                  })
                }
              />
            ),
          },
          {
            key: 'regions',
            label: t('org.tab.regions'),
            children: <RegionsTab q={get('rq') ?? ''} selected={get('region')} onChange={(p) => update(p)} />,
          },
        ]}
      />
    </>
  );
}
