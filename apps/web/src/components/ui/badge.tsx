import type { ReactNode } from 'react';

export type BadgeProps = {
  children: ReactNode;
  color?: string;
  tone?: 'neutral' | 'info' | 'warning' | 'success' | 'danger';
  title?: string;
};

export function Badge({ children, color, tone = 'neutral', title }: BadgeProps) {
  return (
    <span className={`badge badge-${tone}`} title={title} style={color ? { borderColor: color, color } : undefined}>
      {color ? <span className="badge-swatch" style={{ backgroundColor: color }} aria-hidden="true" /> : null}
      {children}
    </span>
  );
}
