import type { ReactNode } from 'react';
import { Typography } from 'antd';
import './page-header.css';

/** Page title (the page's only h1), an optional line of explanation, and actions on the right. */
export function PageHeader({ title, subtitle, extra }: { title: ReactNode; subtitle?: ReactNode; extra?: ReactNode }) {
  return (
    <header className="xz-page-header">
      <div className="xz-page-header__text">
        <Typography.Title level={1} className="xz-page-header__title">
          {title}
        </Typography.Title>
        {subtitle ? <Typography.Text type="secondary">{subtitle}</Typography.Text> : null}
      </div>
      {extra ? <div className="xz-page-header__extra">{extra}</div> : null}
    </header>
  );
}
