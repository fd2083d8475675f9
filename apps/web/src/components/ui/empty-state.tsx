import type { ReactNode } from 'react';

export type EmptyStateProps = { title: ReactNode; children?: ReactNode; action?: ReactNode };

/** Says what is missing and what to do about it. */
export function EmptyState({ title, children, action }: EmptyStateProps) {
  return (
    <div className="empty-state" role="status">
      <p className="empty-state-title">{title}</p>
      {children ? <div className="empty-state-body">{children}</div> : null}
      {action ? <div className="empty-state-action">{action}</div> : null}
    </div>
  );
}
