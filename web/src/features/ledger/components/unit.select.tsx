import { Select } from '../../../components/select';
import type { Side } from '@xiezuo/domain';
import { useUnits } from '../api/use-units.query';

type Props = {
  side: Side;
  /** Units already known by name (the reporter's own, a record's), shown before the list arrives. */
  known?: readonly { id: string; name: string }[];
  value?: string | null;
  onChange?: (v: string | null) => void;
  disabled?: boolean;
  id?: string;
  placeholder?: string;
  allowClear?: boolean;
  className?: string;
  'aria-label'?: string;
};

/** A searchable select of one side's units (`GET /api/units?side=`). */
export function UnitSelect({ side, known = [], value, onChange, allowClear = true, ...rest }: Props) {
  const units = useUnits(side);
  const list = units.data ?? [];
  const extra = known.filter((k) => !list.some((u) => u.id === k.id));
  return (
    <Select
      {...rest}
      showSearch={{ optionFilterProp: 'label' }}
      allowClear={allowClear}
      loading={units.isPending}
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      options={[...extra, ...list].map((u) => ({ value: u.id, label: u.name }))}
    />
  );
}
