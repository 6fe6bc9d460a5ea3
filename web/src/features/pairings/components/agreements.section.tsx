import { useState } from 'react';
import { Alert, Button, Card, Collapse, Skeleton, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { PairingDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { EmptyState } from '../../../components/empty-state';
import { useHasAbility } from '../../auth/session-context';
import { useAgreements } from '../api/use-agreements.query';
import { agreementPanel } from './agreement.panel';
import { AgreementFormDialog } from './agreement-form.dialog';

/** Agreements under a pairing; adding one and uploading signed files follow the pairing's abilities (or org.manage). */
export function AgreementsSection({ pairing }: { pairing: PairingDto }) {
  const { t } = useT();
  const isManager = useHasAbility('org.manage');
  const canAdd = pairing.abilities.addAgreement || isManager;
  const agreements = useAgreements(pairing.id);
  const [adding, setAdding] = useState(false);
  const items = agreements.data?.items ?? [];

  let body;
  if (agreements.isPending) body = <Skeleton active />;
  else if (agreements.error) body = <Alert type="error" showIcon title={agreements.error.message} />;
  else if (!items.length) body = <EmptyState description={t('pairing.noAgreements')} />;
  // a few agreements open at once; a long list (a 区县结对 has one per district bureau) starts folded
  else
    body = (
      <Collapse
        items={items.map((a) => agreementPanel(a, canAdd, t))}
        defaultActiveKey={items.length <= 2 ? items.map((a) => a.id) : []}
      />
    );

  return (
    <Card
      size="small"
      title={
        <Typography.Title level={2} className="xz-card-title">
          {t('pairing.agreements', { n: agreements.data?.total ?? items.length })}
        </Typography.Title>
      }
      extra={
        canAdd ? (
          <Button type="primary" size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('pairing.addAgreement')}
          </Button>
        ) : null
      }
      style={{ marginBottom: 16 }}
    >
      {body}
      {canAdd ? <AgreementFormDialog pairingId={pairing.id} open={adding} onClose={() => setAdding(false)} /> : null}
    </Card>
  );
}
