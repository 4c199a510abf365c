import { useState } from 'react';
import type { PracticeProfile } from '../../../../shared/domain/settings.ts';
import { formatMoney } from '../../../../shared/money.ts';
import type { Navigate } from '../../shell/routes.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { Tabs } from '../../ui/Tabs.tsx';
import { todayIn } from '../schedule/time.ts';
import { AgingTab } from './AgingTab.tsx';
import { IncomeTab } from './IncomeTab.tsx';
import { YearEndTab } from './YearEndTab.tsx';
import './reports.css';

export interface ReportsScreenProps {
  practice: PracticeProfile;
  onNavigate: Navigate;
}

type Tab = 'aging' | 'income' | 'yearEnd';

const TABS = [
  { key: 'aging', label: 'Aging' },
  { key: 'income', label: 'Income' },
  { key: 'yearEnd', label: 'Year end' },
] as const;

/**
 * Money reports: what is owed and for how long, what came in, and the year at a glance. Each is
 * read from the ledger as it stands (nothing here changes it) and can be saved as CSV.
 */
export function ReportsScreen({ practice }: ReportsScreenProps) {
  const [tab, setTab] = useState<Tab>('aging');
  const today = todayIn(practice.timeZone);
  const money = (cents: number) => formatMoney(cents, practice.currency);

  return (
    <div className="stack reports">
      <PageHeader
        title="Reports"
        description={`What is owed, what came in, and the year at a glance, in ${practice.currency}.`}
      />
      <Tabs label="Reports" tabs={TABS} selected={tab} onSelect={setTab}>
        {tab === 'aging' && <AgingTab today={today} money={money} />}
        {tab === 'income' && <IncomeTab today={today} money={money} />}
        {tab === 'yearEnd' && <YearEndTab today={today} money={money} />}
      </Tabs>
    </div>
  );
}
