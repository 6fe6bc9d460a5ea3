import { Tag } from 'antd';
import { TELEMED_STATUS_LABELS, type Lang, type TelemedStatus } from '@xiezuo/domain';

const COLOURS: Record<TelemedStatus, string> = {
  requested: 'orange',
  assigned: 'blue',
  scheduled: 'geekblue',
  answered: 'purple',
  closed: 'green',
  cancelled: 'default',
};

/** A request's status, coloured by how far it has come. */
export function TelemedStatusTag({ status, lang }: { status: TelemedStatus; lang: Lang }) {
  return <Tag color={COLOURS[status]}>{TELEMED_STATUS_LABELS[status][lang]}</Tag>;
}
