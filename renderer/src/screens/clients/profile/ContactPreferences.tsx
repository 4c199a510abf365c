import { displayName, type Client } from '../../../../../shared/domain/clients.ts';

const CHANNEL: Record<Client['contactPreferences']['preferredChannel'], string> = {
  phone: 'A phone call',
  text: 'A text message',
  email: 'Email',
  none: 'No preference given',
};

function Permission({ ok, yes, no }: { ok: boolean; yes: string; no: string }) {
  return (
    <li className={ok ? 'permission is-ok' : 'permission is-not-ok'}>
      <span className="permission-mark" aria-hidden="true">
        {ok ? '✓' : '✕'}
      </span>
      <span>{ok ? yes : no}</span>
    </li>
  );
}

/** What a counselor must know before calling: shown first on the profile, in words, not colour. */
export function ContactPreferences({ client }: { client: Client }) {
  const prefs = client.contactPreferences;
  return (
    <section className="contact-prefs" aria-labelledby="contact-prefs-title">
      <div className="contact-prefs-head">
        <h2 id="contact-prefs-title">
          Before you contact <bdi>{displayName(client)}</bdi>
        </h2>
        <p>
          Prefers: <strong>{CHANNEL[prefs.preferredChannel]}</strong>
        </p>
      </div>
      <ul className="permissions">
        <Permission
          ok={prefs.voicemailOk}
          yes="OK to leave a voicemail"
          no="Do not leave a voicemail"
        />
        <Permission ok={prefs.textOk} yes="OK to send texts" no="Do not send texts" />
        <Permission ok={prefs.emailOk} yes="OK to send email" no="Do not send email" />
      </ul>
    </section>
  );
}
