import { useState } from 'react';
import { Alert, App, Button, Flex, Result, Skeleton } from 'antd';
import { ArrowLeftOutlined, CheckCircleOutlined, EditOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { PAIRING_KIND_LABELS } from '@xiezuo/domain';
import { isApiError } from '../../../api/api-error';
import { notify } from '../../../app/error-notifier';
import { useT } from '../../../app/i18n';
import { PageHeader } from '../../../components/page-header';
import { useConfirmPairing } from '../api/use-confirm-pairing.mutation';
import { usePairing } from '../api/use-pairing.query';
import { useHasAbility } from '../../auth/session-context';
import { AgreementsSection } from '../components/agreements.section';
import { EditPairingDialog } from '../components/edit-pairing.dialog';
import { PairingFactsCard } from '../components/pairing-facts.card';
import { PairingRecordsSection } from '../components/pairing-records.section';

/** One pairing: its facts, the county's confirmation (county officer of that county), agreements and ledger records. */
export function PairingDetailPage() {
  const { t, lang } = useT();
  const { modal } = App.useApp();
  const { id = '' } = useParams();
  const pairing = usePairing(id);
  const confirm = useConfirmPairing();
  const isManager = useHasAbility('org.manage');
  const [editing, setEditing] = useState(false);
  const back = (
    <Link to="/pairings">
      <ArrowLeftOutlined /> {t('pairing.back')}
    </Link>
  );

  if (pairing.isPending) return <Skeleton active />;
  if (pairing.error) {
    const missing =
      isApiError(pairing.error) && ['NOT_FOUND', 'BAD_REQUEST', 'VALIDATION_FAILED'].includes(pairing.error.code);
    return missing ? (
      <Result
        status="404"
        title={<h1 className="xz-status-title">404</h1>}
        subTitle={t('pairing.notFound')}
        extra={back}
      />
    ) : (
      <Alert type="error" showIcon title={pairing.error.message} />
    );
  }
  const p = pairing.data;

  const askConfirm = () => {
    void modal.confirm({
      title: t('pairing.confirm'),
      content: t('pairing.confirmAsk'),
      onOk: () =>
        confirm
          .mutateAsync(p.id)
          .then(() => notify('success', t('pairing.confirmDone')))
          .catch(() => undefined),
    });
  };

  return (
    <>
      <Flex style={{ marginBottom: 8 }}>{back}</Flex>
      <PageHeader
        title={`${p.east.name} — ${p.west.name}`}
        subtitle={`${PAIRING_KIND_LABELS[p.kind][lang]} · ${p.countyName}`}
        extra={
          <Flex wrap gap={8}>
            {p.abilities.edit || isManager ? (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('pairing.edit')}
              </Button>
            ) : null}
            {p.abilities.confirm ? (
              <Button type="primary" icon={<CheckCircleOutlined />} loading={confirm.isPending} onClick={askConfirm}>
                {t('pairing.confirm')}
              </Button>
            ) : null}
          </Flex>
        }
      />
      {p.abilities.edit || isManager ? (
        <EditPairingDialog pairing={p} open={editing} onClose={() => setEditing(false)} />
      ) : null}
      <PairingFactsCard pairing={p} />
      <AgreementsSection pairing={p} />
      <PairingRecordsSection pairingId={p.id} />
    </>
  );
}
