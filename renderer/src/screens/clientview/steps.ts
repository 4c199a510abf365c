/** The pages of Client view, in the order counselor and client usually go through them. */
export const STEPS = [
  { key: 'concerns', title: 'What brings you here' },
  { key: 'goals', title: 'Your goals' },
  { key: 'options', title: 'Your options' },
  { key: 'helps', title: 'What helps you' },
  { key: 'measure', title: 'How have you been?' },
  { key: 'agreement', title: 'Your agreement' },
] as const;

export type StepKey = (typeof STEPS)[number]['key'];
