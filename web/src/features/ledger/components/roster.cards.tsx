import type { ReactNode } from 'react';
import { Flex, Typography } from 'antd';
import { useT } from '../../../app/i18n';
import type { RosterRow } from '../utils/roster';

type Cell = (r: RosterRow, i: number) => ReactNode;
type Props = {
  rows: RosterRow[];
  many: boolean;
  cells: {
    idNumber: Cell;
    name: Cell;
    phone: Cell;
    isPoor: (r: RosterRow, i: number, text?: string) => ReactNode;
    remove: Cell;
  };
};

/** The roster on a phone: one stacked card per person with visible labels, instead of a table that scrolls sideways. */
export function RosterCards({ rows, many, cells }: Props) {
  const { t } = useT();
  if (!rows.length) return <Typography.Text type="secondary">{t('ledger.roster.empty')}</Typography.Text>;
  return (
    <ol className="xz-roster-cards">
      {rows.map((r, i) => (
        <li key={r.key} className="xz-roster-card">
          <Flex justify="space-between" align="center">
            <Typography.Text type="secondary">#{i + 1}</Typography.Text>
            {many ? cells.remove(r, i) : null}
          </Flex>
          <div className="xz-roster-card__label">{t('ledger.roster.idNumber')}</div>
          {cells.idNumber(r, i)}
          <div className="xz-roster-card__label">{t('ledger.roster.name')}</div>
          {cells.name(r, i)}
          <div className="xz-roster-card__label">{t('ledger.roster.phone')}</div>
          {cells.phone(r, i)}
          <div style={{ marginTop: 8 }}>{cells.isPoor(r, i, t('ledger.roster.isPoor'))}</div>
        </li>
      ))}
    </ol>
  );
}
