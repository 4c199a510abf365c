import { useEffect, useId, useRef, useState, type PointerEvent } from 'react';
import { Button } from './Button.tsx';
import './SignaturePad.css';

/** The pad's drawing size in canvas pixels; CSS scales it, keeping this aspect ratio. */
const WIDTH = 800;
const HEIGHT = 240;
// Paper and ink, fixed in both themes: the saved image must read the same wherever it is shown.
const PAPER = '#ffffff';
const INK = '#1b2a4a';

function paper(canvas: HTMLCanvasElement | null) {
  const ctx = canvas?.getContext('2d');
  if (!ctx) return;
  ctx.fillStyle = PAPER;
  ctx.fillRect(0, 0, WIDTH, HEIGHT);
}

export interface SignaturePadProps {
  label: string;
  hint?: string;
  error?: string | undefined;
  /** A PNG data URL after each stroke, or null once cleared. */
  onChange: (png: string | null) => void;
}

/**
 * A surface to sign on with a mouse, pen or finger (pointer events). It is not reachable by
 * keyboard: forms that use it also offer a typed signature.
 */
export function SignaturePad({ label, hint, error, onChange }: SignaturePadProps) {
  const id = useId();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const last = useRef<{ x: number; y: number } | null>(null);
  const [signed, setSigned] = useState(false);

  const context = () => {
    const ctx = canvasRef.current?.getContext('2d');
    if (!ctx) return null;
    ctx.lineWidth = 3.2;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.strokeStyle = INK;
    ctx.fillStyle = INK;
    return ctx;
  };

  useEffect(() => paper(canvasRef.current), []);

  // A pointer's position in canvas pixels, whatever size CSS gives the canvas.
  const point = (canvas: HTMLCanvasElement, at: { clientX: number; clientY: number }) => {
    const rect = canvas.getBoundingClientRect();
    return {
      x: ((at.clientX - rect.left) * WIDTH) / rect.width,
      y: ((at.clientY - rect.top) * HEIGHT) / rect.height,
    };
  };

  const start = (event: PointerEvent<HTMLCanvasElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    const ctx = context();
    if (!ctx) return;
    const p = point(event.currentTarget, event);
    ctx.beginPath();
    ctx.arc(p.x, p.y, ctx.lineWidth / 2, 0, Math.PI * 2);
    ctx.fill();
    last.current = p;
  };

  const draw = (event: PointerEvent<HTMLCanvasElement>) => {
    const ctx = context();
    if (!last.current || !ctx) return;
    // Fast strokes deliver several positions per event; using them all keeps curves smooth.
    const canvas = event.currentTarget;
    const coalesced = event.nativeEvent.getCoalescedEvents?.() ?? [];
    const points = (coalesced.length > 0 ? coalesced : [event]).map((e) => point(canvas, e));
    ctx.beginPath();
    ctx.moveTo(last.current.x, last.current.y);
    for (const p of points) ctx.lineTo(p.x, p.y);
    ctx.stroke();
    last.current = points[points.length - 1] ?? last.current;
  };

  const end = () => {
    if (!last.current) return;
    last.current = null;
    setSigned(true);
    const canvas = canvasRef.current;
    if (canvas) onChange(canvas.toDataURL('image/png'));
  };

  const clear = () => {
    paper(canvasRef.current);
    setSigned(false);
    onChange(null);
  };

  return (
    <div className={['signature-pad', error ? 'is-invalid' : ''].filter(Boolean).join(' ')}>
      <p className="field-label" id={`${id}-label`}>
        {label}
      </p>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div className="signature-surface">
        <canvas
          ref={canvasRef}
          width={WIDTH}
          height={HEIGHT}
          role="img"
          aria-labelledby={`${id}-label`}
          aria-describedby={
            [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') ||
            undefined
          }
          onPointerDown={start}
          onPointerMove={draw}
          onPointerUp={end}
          onPointerCancel={end}
        />
        {!signed && (
          <span className="signature-placeholder" aria-hidden="true">
            Sign here
          </span>
        )}
      </div>
      <div className="signature-actions">
        <p className="field-live" aria-live="polite">
          {signed ? 'Signature drawn.' : ''}
        </p>
        <Button variant="quiet" onClick={clear} aria-disabled={!signed || undefined}>
          Clear signature
        </Button>
      </div>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
