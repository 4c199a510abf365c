import type { PlanVersion } from '../../../../shared/domain/plans.ts';
import { formatInstantDate } from './planText.ts';

type Signed = NonNullable<PlanVersion['clientSignature']>;

/** A signature as given: the drawn image or the typed name, and when. */
export function SignatureShown({ signed, timeZone }: { signed: Signed; timeZone: string }) {
  const { signature, at } = signed;
  return (
    <div className="signature-shown">
      {signature.kind === 'drawn' ? (
        <img
          className="signature-image"
          src={signature.image}
          alt={`Signature drawn by ${signature.name}`}
        />
      ) : (
        <p className="signature-typed">{signature.name}</p>
      )}
      <p className="muted">
        {signature.kind === 'drawn' ? `${signature.name}, drawn` : 'Typed'} · signed{' '}
        {formatInstantDate(at, timeZone)}
      </p>
    </div>
  );
}
