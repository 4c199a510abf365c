import type { ConsentKind } from '../../../../../shared/domain/clients.ts';

/**
 * Short, plain starting texts. They are not legal advice: the counselor edits them to match their
 * own forms and their state's rules before the client signs.
 */
export function consentTemplate(kind: ConsentKind, counselor: string): string {
  const who = counselor || 'my counselor';
  switch (kind) {
    case 'treatment':
      return [
        `I agree to take part in counseling with ${who}.`,
        'I understand that counseling is voluntary and that I may stop at any time.',
        'What I share is kept confidential, except where the law requires otherwise: if I am at serious risk of harming myself or someone else, or if a child or vulnerable adult may be at risk of abuse.',
        'I have been told about fees, cancellations and how my records are kept, and I have been able to ask questions.',
      ].join('\n\n');
    case 'telehealth':
      return [
        `I agree to counseling with ${who} by secure video or phone.`,
        'I understand that technology can fail, that I should join from a private place, and that we may decide to meet in person if telehealth is not working well for me.',
        'At each session I will say where I am, so that help can be sent in an emergency.',
      ].join('\n\n');
    case 'release':
      return [
        `I allow ${who} to share the information described below with the person or organization named below, to coordinate my care.`,
        'This release ends on the date below. I may revoke it sooner at any time, except for information already shared.',
      ].join('\n\n');
  }
}
