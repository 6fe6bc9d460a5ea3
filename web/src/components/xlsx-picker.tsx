import { Button, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';

const XLSX = /\.xlsx$/i;

/** What was picked: an .xlsx file, a file refused for not being one, or nothing yet. */
export type XlsxPick = { file: File } | { refused: true } | null;
export const pickedFile = (p: XlsxPick): File | null => (p && 'file' in p ? p.file : null);

/** Picks one .xlsx file for an upload (nothing is sent here); names it, or says in red why another file was refused. */
export function XlsxPicker({
  pick,
  onPick,
  pickLabel,
  notXlsx,
}: {
  pick: XlsxPick;
  onPick: (p: XlsxPick) => void;
  pickLabel: string;
  notXlsx: string;
}) {
  return (
    <>
      <Upload
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        maxCount={1}
        showUploadList={false}
        beforeUpload={(f) => {
          const ok = XLSX.test(f.name);
          onPick(ok ? { file: f } : { refused: true });
          return ok ? false : Upload.LIST_IGNORE;
        }}
      >
        <Button icon={<UploadOutlined />}>{pickLabel}</Button>
      </Upload>
      {pick ? (
        <Typography.Text type={'file' in pick ? undefined : 'danger'}>
          {'file' in pick ? pick.file.name : notXlsx}
        </Typography.Text>
      ) : null}
    </>
  );
}
