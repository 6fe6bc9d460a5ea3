import type { ReactNode } from 'react';
import { Empty } from 'antd';

/** The one "nothing here" look: a short reason and, optionally, what to do next. */
export function EmptyState({ description, action }: { description: ReactNode; action?: ReactNode }) {
  return (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={description} style={{ padding: '24px 0' }}>
      {action}
    </Empty>
  );
}
