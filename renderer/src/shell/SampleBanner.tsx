import { useEffect, useState } from 'react';
import { SAMPLE_PASSPHRASE } from '../../../shared/channels/sample.ts';
import { call } from '../api.ts';
import './SampleBanner.css';

/**
 * A stripe above every screen while the open vault is the sample practice, so nobody mistakes
 * its invented records for real ones. Asked once per unlock (the Shell mounts anew each time).
 */
export function SampleBanner() {
  const [sample, setSample] = useState(false);
  useEffect(() => {
    let live = true;
    call('sample.status').then(
      (status) => live && setSample(status.sample),
      // Not knowing is not a reason to block a screen: without an answer, no stripe.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  if (!sample) return null;
  return (
    <p className="sample-banner" role="note">
      <strong>Sample practice — invented data.</strong> Every client, note and payment here is made
      up. Your own records are kept apart, in their own vault.
    </p>
  );
}

/** Whether Accord was started on the sample practice (the desktop shell adds `?sample`). */
export function startedOnSample(): boolean {
  return new URLSearchParams(window.location.search).has('sample');
}

/** For the unlock screen of the sample practice: its passphrase is no secret. */
export function SamplePassphraseHint() {
  if (!startedOnSample()) return null;
  return (
    <p className="sample-banner sample-hint" role="note">
      This is the sample practice. Its passphrase is: <code>{SAMPLE_PASSPHRASE}</code>
    </p>
  );
}
