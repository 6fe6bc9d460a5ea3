import { Button, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useT } from '../../../app/i18n';
import { useAttachEvidence } from '../api/use-attach-evidence.mutation';

/** Attach a PDF or image as evidence; the server checks type and size. */
export function EvidenceUpload({ recordId }: { recordId: string }) {
  const { t } = useT();
  const attach = useAttachEvidence(recordId);
  return (
    <Upload
      accept=".pdf,.png,.jpg,.jpeg"
      showUploadList={false}
      customRequest={({ file, onSuccess, onError }) => {
        attach.mutate(file as File, { onSuccess: () => onSuccess?.({}), onError: (e) => onError?.(e as Error) });
      }}
    >
      <Button size="small" icon={<UploadOutlined />} loading={attach.isPending}>
        {t('ledger.detail.attach')}
      </Button>
    </Upload>
  );
}
