import {
  createContext,
  useContext,
  useEffect,
  useId,
  useRef,
  type ReactNode,
  type RefObject,
} from 'react';
import { Button } from '../../ui/Button.tsx';

/**
 * True once the editor has first rendered: an item that mounts after that was just added (or
 * restored), and its first field takes the focus, so typing can go on without the mouse.
 */
export const EditorStarted = createContext<RefObject<boolean>>({ current: false });

export interface PlanItemProps {
  /** "Goal 2": names the group for screen readers and heads the box. */
  title: string;
  /** Beside the title, e.g. a status badge. */
  aside?: ReactNode;
  onRemove: () => void;
  className?: string;
  children: ReactNode;
}

/** One item of a plan section (a concern, a goal, an option), as a named group of fields. */
export function PlanItem({ title, aside, onRemove, className, children }: PlanItemProps) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const started = useContext(EditorStarted);
  useEffect(() => {
    if (started.current) ref.current?.querySelector<HTMLElement>('textarea, input')?.focus();
  }, [started]);
  return (
    <div
      ref={ref}
      role="group"
      aria-labelledby={id}
      className={['plan-item', className ?? ''].filter(Boolean).join(' ')}
    >
      <div className="plan-item-head">
        <h4 id={id} className="plan-item-title">
          {title}
        </h4>
        {aside}
        <Button variant="quiet" className="button-small plan-item-remove" onClick={onRemove}>
          Remove<span className="sr-only"> {title.toLowerCase()}</span>
        </Button>
      </div>
      {children}
    </div>
  );
}

/** The "add another" button under a section's items. */
export function AddButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <Button className="plan-add" onClick={onClick}>
      <span aria-hidden="true">+</span> {children}
    </Button>
  );
}
