import { Form, Radio } from 'antd';
import { Select } from '../../../components/select';
import { useT } from '../../../app/i18n';
import { useUnitOptions } from '../../org-admin/api/use-units.query';
import type { PartyMode } from '../utils/pairing-form';
import { RegionPicker, type RegionRoot } from './region-picker';

type Props = { side: 'east' | 'west'; roots: readonly RegionRoot[] };

/** One party of a pairing: a unit of that side, or a region below the side's roots (district / counties in scope). */
export function PartyField({ side, roots }: Props) {
  const { t } = useT();
  const form = Form.useFormInstance();
  const mode = Form.useWatch<PartyMode | undefined>(`${side}Mode`, form);
  const units = useUnitOptions(side);
  const isEast = side === 'east';

  return (
    <fieldset className="xz-fieldset">
      <legend>{t(isEast ? 'pairings.form.east' : 'pairings.form.west')}</legend>
      <Form.Item name={`${side}Mode`} style={{ marginBottom: 8 }}>
        <Radio.Group
          optionType="button"
          aria-label={t(isEast ? 'pairings.form.east' : 'pairings.form.west')}
          options={[
            { value: 'unit', label: t('pairings.form.byUnit') },
            { value: 'region', label: t('pairings.form.byRegion') },
          ]}
        />
      </Form.Item>
      {mode === 'unit' ? (
        <Form.Item
          name={`${side}UnitId`}
          label={t(isEast ? 'pairings.form.eastUnit' : 'pairings.form.westUnit')}
          rules={[{ required: true, message: t('pairings.form.unitRequired') }]}
        >
          <Select
            loading={units.isPending}
            showSearch={{ optionFilterProp: 'label' }}
            options={(units.data ?? []).map((u) => ({
              value: u.id,
              label: u.isIllustrative ? `${u.name}（${t('common.illustrative')}）` : u.name,
            }))}
          />
        </Form.Item>
      ) : (
        <Form.Item
          name={`${side}Region`}
          label={t(isEast ? 'pairings.form.eastRegion' : 'pairings.form.westRegion')}
          extra={t('pairings.form.regionHint')}
          rules={[{ required: true, message: t('pairings.form.regionRequired') }]}
        >
          <RegionPicker roots={roots} />
        </Form.Item>
      )}
    </fieldset>
  );
}
