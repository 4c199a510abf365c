import { useCallback, useEffect, useState } from 'react';
import {
  CLAIM_STATUS_LABELS,
  type Claim,
  type ClaimCandidates,
  type ClaimList,
  type ClaimSettings,
  type ClaimStatus,
} from '../../../../shared/domain/claims.ts';
import type { PracticeProfile } from '../../../../shared/domain/settings.ts';
import { call } from '../../api.ts';
import { toShownError } from '../../errors.ts';
import type { Navigate } from '../../shell/routes.ts';
import { Alert, StatusMessage } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { Tabs } from '../../ui/Tabs.tsx';
import { plural } from '../clients/format.ts';
import { todayIn } from '../schedule/time.ts';
import { ClaimPaymentDialog } from './ClaimPaymentDialog.tsx';
import { ClaimSettingsDialog } from './ClaimSettingsDialog.tsx';
import { ClaimsTable, type ClaimAction } from './ClaimsTable.tsx';
import { DenyDialog } from './DenyDialog.tsx';
import { NewClaimsPanel } from './NewClaimsPanel.tsx';
import './claims.css';

export interface ClaimsScreenProps {
  practice: PracticeProfile;
  onNavigate: Navigate;
}

const TAB_ORDER: readonly ClaimStatus[] = ['ready', 'exported', 'paid', 'denied'];

const EMPTY: Record<ClaimStatus, string> = {
  ready: 'No claims are waiting to be sent. Make them from the insurance charges under New claims.',
  exported:
    'No claims are out with an insurer. Send ready claims as an 837P file, or mark them sent.',
  paid: 'No claims are paid yet. When an insurer pays, post the payment on the sent claim.',
  denied: 'No denied claims.',
};

type Open = { kind: 'deny' | 'pay'; claim: Claim } | { kind: 'settings' } | null;

/**
 * Insurance claims: make them from insurance charges, send them as an 837P file (or print the
 * CMS-1500), and follow each to paid or denied.
 */
export function ClaimsScreen({ practice, onNavigate }: ClaimsScreenProps) {
  const currency = practice.currency;
  const [tab, setTab] = useState<ClaimStatus>('ready');
  const [list, setList] = useState<ClaimList | null>(null);
  const [candidates, setCandidates] = useState<ClaimCandidates | null>(null);
  const [settings, setSettings] = useState<ClaimSettings | null>(null);
  const [selected, setSelected] = useState<number[]>([]);
  const [open, setOpen] = useState<Open>(null);
  const [busyClaim, setBusyClaim] = useState<number | null>(null);
  const [exporting, setExporting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    let live = true;
    Promise.all([
      call('claims.list', { status: tab }),
      call('claims.candidates', {}),
      call('claims.settings', {}),
    ]).then(
      ([claims, waiting, saved]) => {
        if (!live) return;
        setList(claims);
        setCandidates(waiting);
        setSettings(saved);
        setSelected((now) => now.filter((id) => claims.claims.some((c) => c.id === id)));
      },
      (caught: unknown) => live && setError(toShownError(caught).message),
    );
    return () => {
      live = false;
    };
  }, [tab, version]);

  const done = (message: string) => {
    setError(null);
    setStatus(message);
    setOpen(null);
    reload();
  };

  const act = async (action: ClaimAction, claim: Claim) => {
    setError(null);
    setStatus('');
    if (action === 'deny' || action === 'pay') {
      setOpen({ kind: action, claim });
      return;
    }
    setBusyClaim(claim.id);
    try {
      if (action === 'pdf') {
        const saved = await call('claims.cms1500Pdf', { claimId: claim.id });
        setStatus(saved.saved ? `CMS-1500 saved as ${saved.fileName}.` : '');
      } else {
        await call('claims.setStatus', {
          id: claim.id,
          status: 'exported',
          note: 'Sent outside Accord',
        });
        done(`Claim #${claim.id} is marked sent.`);
      }
    } catch (caught) {
      setError(toShownError(caught).message);
    } finally {
      setBusyClaim(null);
    }
  };

  const exportFile = async () => {
    if (exporting || selected.length === 0) return;
    setExporting(true);
    setError(null);
    setStatus('');
    try {
      const saved = await call('claims.exportX12', { claimIds: selected });
      if (saved.saved) {
        setSelected([]);
        done(
          `${plural(saved.count, 'claim')} saved in ${saved.fileName}. Upload it to your clearinghouse.`,
        );
      }
    } catch (caught) {
      const shown = toShownError(caught);
      setError(shown.message);
      if (shown.fields?.submitterId || shown.fields?.receiverId || shown.fields?.receiverName) {
        setOpen({ kind: 'settings' });
      }
    } finally {
      setExporting(false);
    }
  };

  const claims = list?.claims ?? [];
  const tabs = TAB_ORDER.map((key) => ({
    key,
    label: `${CLAIM_STATUS_LABELS[key]}${list ? ` (${list.counts[key]})` : ''}`,
  }));
  const allTicked = claims.length > 0 && selected.length === claims.length;

  return (
    <div className="stack claims">
      <div className="claims-head">
        <PageHeader
          title="Claims"
          description="Make insurance claims, send them to your clearinghouse, and post what the insurer pays."
        />
        <Button onClick={() => setOpen({ kind: 'settings' })} aria-disabled={!settings}>
          Claim settings
        </Button>
      </div>

      {error && <Alert tone="error">{error}</Alert>}
      <StatusMessage>{status}</StatusMessage>

      {candidates && (
        <NewClaimsPanel
          candidates={candidates}
          currency={currency}
          onCreated={(n) => {
            setTab('ready');
            done(`${plural(n, 'claim')} ready to send.`);
          }}
          onEndOfDay={() => onNavigate('endOfDay')}
        />
      )}

      <Tabs label="Claims by status" tabs={tabs} selected={tab} onSelect={setTab}>
        {list && claims.length === 0 && <p className="claims-empty muted">{EMPTY[tab]}</p>}
        {list && claims.length > 0 && (
          <div className="stack-sm">
            {tab === 'ready' && (
              <div className="row claims-send">
                <Button
                  variant="quiet"
                  className="button-small"
                  onClick={() => setSelected(allTicked ? [] : claims.map((c) => c.id))}
                >
                  {allTicked ? 'Clear all' : 'Tick all'}
                </Button>
                <Button
                  variant="primary"
                  busy={exporting}
                  busyLabel="Saving…"
                  aria-disabled={selected.length === 0}
                  onClick={() => void exportFile()}
                >
                  Export 837P file
                </Button>
                <span className="muted">
                  {selected.length === 0
                    ? 'Tick the claims to send.'
                    : `${plural(selected.length, 'claim')} ticked.`}
                </span>
              </div>
            )}
            <ClaimsTable
              status={tab}
              claims={claims}
              currency={currency}
              selected={selected}
              onSelect={(id, on) =>
                setSelected((now) => (on ? [...now, id] : now.filter((x) => x !== id)))
              }
              onAction={(action, claim) => void act(action, claim)}
              busyClaim={busyClaim}
            />
          </div>
        )}
      </Tabs>

      {open?.kind === 'deny' && (
        <DenyDialog
          claim={open.claim}
          onClose={() => setOpen(null)}
          onDone={(c) => done(`Claim #${c.id} is marked denied.`)}
        />
      )}
      {open?.kind === 'pay' && (
        <ClaimPaymentDialog
          claim={open.claim}
          currency={currency}
          today={todayIn(practice.timeZone)}
          onClose={() => setOpen(null)}
          onDone={(c, note) =>
            done(`Payment posted; claim #${c.id} is paid.${note ? ` ${note}` : ''}`)
          }
        />
      )}
      {open?.kind === 'settings' && settings && (
        <ClaimSettingsDialog
          settings={settings}
          onClose={() => setOpen(null)}
          onDone={(saved) => {
            setSettings(saved);
            done('Claim settings saved.');
          }}
        />
      )}
    </div>
  );
}
