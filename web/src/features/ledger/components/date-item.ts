import dayjs, { type Dayjs } from 'dayjs';

/** Form.Item props that keep an ISO date string in the form while the DatePicker works with dayjs. */
export const isoDateItem = {
  getValueProps: (v: unknown) => ({ value: typeof v === 'string' && v ? dayjs(v) : null }),
  normalize: (d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null),
};
