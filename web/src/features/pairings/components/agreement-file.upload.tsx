import { useState } from 'react';
import { Alert, Button, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { notify } from '../../../app/error-notifier';
import { useT } from '../../../app/i18n';
import { isApiError } from '../../../api/api-error';
import { useUploadAgreementFile } from '../api/use-upload-agreement-file.mutation';
import { checkSignedFile } from '../utils/signed-file';

/** 上传签署文件: checked here first (type, 20 MB), then by the server, whose 415/413 answers are shown under the button. */
export function AgreementFileUpload({ agreementId }: { agreementId: string }) {
  const { t } = useT();
  const upload = useUploadAgreementFile();
  const [problem, setProblem] = useState<string | null>(null);

  const send = (file: File) => {
    const refused = checkSignedFile(file);
    if (refused) {
      setProblem(t(refused === 'type' ? 'agreement.fileType' : 'agreement.fileSize'));
      return;
    }
    setProblem(null);
    upload.mutate(
      { agreementId, file },
      {
        onSuccess: () => notify('success', t('agreement.uploaded', { name: file.name })),
        onError: (e) =>
          setProblem(
            isApiError(e)
              ? e.code === 'UNSUPPORTED_MEDIA_TYPE'
                ? t('agreement.fileType')
                : e.code === 'PAYLOAD_TOO_LARGE'
                  ? t('agreement.fileSize')
                  : e.message
              : t('common.unexpectedError'),
          ),
      },
    );
  };

  return (
    <div>
      <Upload
        accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
        showUploadList={false}
        beforeUpload={(file) => {
          send(file);
          return Upload.LIST_IGNORE;
        }}
      >
        <Button
          size="small"
          icon={<UploadOutlined />}
          loading={upload.isPending}
          aria-describedby={`upload-hint-${agreementId}`}
        >
          {t('agreement.upload')}
        </Button>
      </Upload>
      <span id={`upload-hint-${agreementId}`} className="xz-upload-hint">
        {t('agreement.uploadHint')}
      </span>
      {problem ? <Alert type="error" showIcon role="alert" title={problem} style={{ marginTop: 8 }} /> : null}
    </div>
  );
}
