import type { HTMLAttributes, ReactNode, TableHTMLAttributes } from 'react';

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

export type TableCaptionProps = HTMLAttributes<HTMLTableCaptionElement>;

export function TableCaption(props: TableCaptionProps) {
  return <caption className="visually-hidden" {...props} />;
}
