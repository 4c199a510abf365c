import { useEffect, useState } from 'react';
import type { EstimateWarningRow } from '../../../../shared/domain/estimates.ts';
import { formatMoney } from '../../../../shared/money.ts';
import { call } from '../../api.ts';
import { Alert } from '../../ui/Alert.tsx';
import { estimateWarningText } from './estimate-words.ts';

export interface EstimateWarningsProps {
  day: string;
  currency: string;
}

/** The clients seen this day whose billing nears or passes their Good Faith Estimate plus $400. */
export function EstimateWarnings({ day, currency }: EstimateWarningsProps) {
  const [rows, setRows] = useState<{ day: string; warnings: EstimateWarningRow[] } | null>(null);
  const money = (cents: number) => formatMoney(cents, currency);

  useEffect(() => {
    let live = true;
    // A warning that cannot be read is not worth an error on this screen: the client's billing
    // tab shows it too.
    call('estimates.warnings', { day }).then(
      ({ warnings }) => live && setRows({ day, warnings }),
      () => live && setRows({ day, warnings: [] }),
    );
    return () => {
      live = false;
    };
  }, [day]);

  const warnings = rows?.day === day ? rows.warnings : [];
  if (warnings.length === 0) return null;
  return (
    <Alert tone="info" title="Good Faith Estimates to look at" className="eod-estimates">
      <ul className="documents-warnings">
        {warnings.map((w) => (
          <li key={w.clientId}>
            <strong>{w.clientName}</strong>
            {w.warning === 'exceeded'
              ? ' is over the estimate plus $400. '
              : ' is nearing the estimate plus $400. '}
            {estimateWarningText(w, money)}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
