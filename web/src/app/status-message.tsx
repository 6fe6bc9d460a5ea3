import type { ReactNode } from 'react';
import { CloseCircleFilled } from '@ant-design/icons';

/**
 * A page-sized message (load failed, page crashed) without antd's Result and its illustrations: it is in the shell every
 * page loads, and it must render even when a chunk could not be fetched.
 */
export function StatusMessage({
  title,
  subtitle,
  extra,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  extra?: ReactNode;
}) {
  return (
    <div className="xz-status-message" role="alert">
      <CloseCircleFilled className="xz-status-message__icon" aria-hidden />
      <div className="xz-status-message__title">{title}</div>
      {subtitle ? <p className="xz-status-message__subtitle">{subtitle}</p> : null}
      {extra ? <div className="xz-status-message__extra">{extra}</div> : null}
    </div>
  );
}
