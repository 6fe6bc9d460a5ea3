import { Select } from '../../../components/select';
import { PAIRING_KIND_LABELS } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { usePairings } from '../api/use-pairings.query';

type Props = {
  county: string | null;
  value?: string | null;
  onChange?: (v: string | null) => void;
  disabled?: boolean;
  id?: string;
  placeholder?: string;
};

/** The active pairings of the chosen county (`GET /api/pairings?county=`), labelled kind: east — west. */
export function PairingSelect({ county, value, onChange, disabled, id, placeholder }: Props) {
  const { t, lang } = useT();
  const pairings = usePairings(county);
  return (
    <Select
      id={id}
      placeholder={placeholder}
      disabled={disabled || !county}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      loading={county !== null && pairings.isPending}
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      options={(pairings.data ?? []).map((p) => ({
        value: p.id,
        label: t('ledger.pairing.label', {
          kind: PAIRING_KIND_LABELS[p.kind][lang],
          east: p.east.name,
          west: p.west.name,
        }),
      }))}
    />
  );
}
