import type { ReactNode, TableHTMLAttributes } from 'react';

export type TableProps = TableHTMLAttributes<HTMLTableElement> & { children: ReactNode };

export function Table({ className, children, ...props }: TableProps) {
  return (
    <div className="table-wrap">
      <table className={['table', className ?? ''].filter(Boolean).join(' ')} {...props}>
        {children}
      </table>
    </div>
  );
}
