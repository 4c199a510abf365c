/**
 * Word lists for the sample practice. Everything is invented: surnames are made-up compounds,
 * towns do not exist, phone numbers use the 555-01xx range reserved for fiction and e-mail
 * addresses use example.com, so no sample record can be mistaken for a real person.
 */

export const FIRST_NAMES = [
  'Ada',
  'Alden',
  'Amara',
  'Ari',
  'Bea',
  'Bram',
  'Cali',
  'Cass',
  'Dara',
  'Dev',
  'Eli',
  'Elin',
  'Ember',
  'Ezra',
  'Fern',
  'Finn',
  'Gale',
  'Gus',
  'Hana',
  'Hollis',
  'Ida',
  'Iris',
  'Jonah',
  'Jude',
  'Kai',
  'Kira',
  'Lark',
  'Leo',
  'Lina',
  'Mara',
  'Milo',
  'Nell',
  'Nico',
  'Noor',
  'Oren',
  'Otto',
  'Pia',
  'Quinn',
  'Rafe',
  'Remy',
  'Rhea',
  'Rio',
  'Sage',
  'Sela',
  'Soren',
  'Tali',
  'Teo',
  'Tova',
  'Uma',
  'Vera',
  'Wes',
  'Wren',
  'Xan',
  'Yara',
  'Yuri',
  'Zadie',
  'Zeke',
  'Juno',
  'Maren',
  'Idris',
] as const;

export const MIDDLE_NAMES = ['', '', '', 'Lee', 'Ray', 'Jo', 'Mae', 'Jay', 'Ann', 'Kit'] as const;

const SURNAME_STARTS = [
  'Ash',
  'Birch',
  'Bright',
  'Cinder',
  'Clover',
  'Copper',
  'Dapple',
  'Elder',
  'Fallow',
  'Fern',
  'Glen',
  'Hazel',
  'Heather',
  'Juniper',
  'Larch',
  'Marsh',
  'Meadow',
  'Moss',
  'Oak',
  'Pebble',
  'Quill',
  'Rowan',
  'Rush',
  'Sorrel',
  'Stone',
  'Thistle',
  'Willow',
  'Wren',
  'Yarrow',
  'Amber',
] as const;
const SURNAME_ENDS = [
  'brook',
  'by',
  'cote',
  'dale',
  'field',
  'ford',
  'gate',
  'grove',
  'hurst',
  'lane',
  'ley',
  'mere',
  'more',
  'ridge',
  'shaw',
  'stead',
  'ton',
  'vale',
  'well',
  'wick',
] as const;
/** 600 made-up surnames (30 × 20), in a fixed order. */
export const SURNAMES: readonly string[] = SURNAME_STARTS.flatMap((start) =>
  SURNAME_ENDS.map((end) => `${start}${end}`),
);

export const PRONOUNS = [
  ['she/her', 45],
  ['he/him', 40],
  ['they/them', 12],
  ['', 3],
] as const;

export const TOWNS = [
  'Maple Hollow',
  'Riverbend Falls',
  'Quillon',
  'Larkspur Junction',
  'Eastmere',
  'Owlbrook',
  'Fernhaven',
  'Thistledown',
  'Cobble Creek',
  'Wimbleford',
] as const;
export const STREETS = [
  'Lantern Way',
  'Orchard Row',
  'Kestrel Lane',
  'Millpond Road',
  'Juniper Court',
  'Old Mill Street',
  'Harbor View Drive',
  'Cedar Loop',
  'Bluebell Avenue',
  'Foxglove Terrace',
] as const;

export const RELATIONSHIPS = ['Partner', 'Spouse', 'Parent', 'Sibling', 'Friend', 'Roommate'];
export const REFERRALS = [
  'Primary care referral',
  'A friend',
  'Insurance directory',
  'School counselor',
  'Employee assistance program',
  'Found the practice online',
  'Former client',
] as const;

export const PAYERS = [
  { name: 'Prairie Mutual Health (sample)', id: 'SMPL1' },
  { name: 'Lakeshore Benefit Plan (sample)', id: 'SMPL2' },
  { name: 'Northfield Care Alliance (sample)', id: 'SMPL3' },
  { name: 'Bluestem Health Cooperative (sample)', id: 'SMPL4' },
] as const;

/** Themes a client brings, with the words a client might use and the clinical wording. */
export const THEMES = [
  {
    key: 'worry',
    words: 'I can’t switch off my worrying, especially at night.',
    clinical: 'Persistent, hard-to-control worry with sleep-onset difficulty.',
    goal: 'Feel calmer and sleep through the night',
    goalClinical: 'Reduce anxiety symptoms to the mild range (GAD-7 below 10).',
    objective: 'Fall asleep within 30 minutes on most nights',
    measure: 'gad7',
  },
  {
    key: 'low-mood',
    words: 'Everything feels heavy and I’ve stopped doing things I used to enjoy.',
    clinical: 'Depressed mood with anhedonia and withdrawal from activities.',
    goal: 'Get back to the things that matter to me',
    goalClinical: 'Reduce depressive symptoms (PHQ-9 below 10) and increase valued activity.',
    objective: 'Do one planned, enjoyable activity three times a week',
    measure: 'phq9',
  },
  {
    key: 'grief',
    words: 'Since my father died I don’t know how to be around people.',
    clinical: 'Prolonged grief with social withdrawal.',
    goal: 'Remember my dad without falling apart',
    goalClinical: 'Process the loss and re-engage with social supports.',
    objective: 'Spend time with a friend or relative every week',
    measure: 'phq9',
  },
  {
    key: 'work-stress',
    words: 'Work takes everything out of me and I snap at my family.',
    clinical: 'Occupational stress with irritability affecting home life.',
    goal: 'Leave work at work',
    goalClinical: 'Develop stress-management skills and boundaries around work.',
    objective: 'Use a wind-down routine after work four days a week',
    measure: 'gad7',
  },
  {
    key: 'panic',
    words: 'I get these attacks where I think I’m dying, so I avoid the store.',
    clinical: 'Panic attacks with situational avoidance.',
    goal: 'Go grocery shopping on my own again',
    goalClinical: 'Reduce panic frequency and avoidance through graded exposure.',
    objective: 'Complete one step of the exposure ladder each week',
    measure: 'gad7',
  },
  {
    key: 'relationship',
    words: 'My partner and I keep having the same fight over and over.',
    clinical: 'Recurrent relational conflict with communication difficulties.',
    goal: 'Talk with my partner without it turning into a fight',
    goalClinical: 'Improve conflict-resolution and communication skills.',
    objective: 'Use a time-out and return to the talk within an hour',
    measure: 'phq9',
  },
  {
    key: 'adjustment',
    words: 'Since the move nothing feels like mine and I can’t settle.',
    clinical: 'Adjustment difficulties after relocation, with low mood and worry.',
    goal: 'Feel at home in the new city',
    goalClinical: 'Improve adjustment and build new routines and supports.',
    objective: 'Join one local group or class this season',
    measure: 'phq9',
  },
] as const;
export type Theme = (typeof THEMES)[number];

/** ICD-10-CM codes that fit each theme (all present in the app's catalogue). */
export const THEME_CODES: Record<Theme['key'], readonly string[]> = {
  worry: ['F41.1', 'F41.9', 'F51.01'],
  'low-mood': ['F32.1', 'F33.1', 'F32.0', 'F34.1'],
  grief: ['F43.81', 'F43.21', 'Z63.4'],
  'work-stress': ['F43.22', 'Z56.6', 'F43.23'],
  panic: ['F41.0', 'F40.01', 'F41.1'],
  relationship: ['Z63.0', 'F43.23', 'F43.20'],
  adjustment: ['F43.23', 'F43.21', 'Z60.0'],
};

export const INTERVENTIONS = [
  {
    name: 'Cognitive behavioral therapy',
    benefits: 'Practical tools for noticing and changing unhelpful thoughts.',
    drawbacks: 'Asks for regular practice between sessions.',
    asks: 'About 15 minutes of worksheets most days.',
  },
  {
    name: 'Mindfulness practice',
    benefits: 'Helps you step back from racing thoughts.',
    drawbacks: 'Can feel awkward or slow at first.',
    asks: 'A 10-minute guided practice each day.',
  },
  {
    name: 'Behavioral activation',
    benefits: 'Small planned activities lift mood step by step.',
    drawbacks: 'The first steps can feel forced.',
    asks: 'Planning and doing a few activities each week.',
  },
  {
    name: 'Graded exposure',
    benefits: 'Fear shrinks when you face it in small steps.',
    drawbacks: 'Brings up anxiety on purpose, for a while.',
    asks: 'Practising one step of the ladder between sessions.',
  },
  {
    name: 'Talking with a prescriber about medication',
    benefits: 'Can ease symptoms while skills grow.',
    drawbacks: 'Side effects are possible; it takes weeks to judge.',
    asks: 'A visit with a prescriber and follow-ups.',
  },
  {
    name: 'Couples sessions',
    benefits: 'Both partners hear the same thing and practise together.',
    drawbacks: 'Needs both partners’ time and willingness.',
    asks: 'Some joint sessions alongside individual ones.',
  },
  {
    name: 'Support group',
    benefits: 'Meeting people who have been through the same.',
    drawbacks: 'Sharing in a group can feel exposing.',
    asks: 'An evening a week for about two months.',
  },
  {
    name: 'Sleep routine coaching',
    benefits: 'Simple changes that often help sleep within weeks.',
    drawbacks: 'Asks you to give up screens at night.',
    asks: 'Keeping a sleep diary and a fixed wake-up time.',
  },
] as const;

export const DECLINE_REASONS = [
  'I tried it years ago and it didn’t sit right with me.',
  'I don’t want to take medication right now.',
  'I can’t fit it around my shifts.',
  'Group settings make me too anxious for now.',
  'I want to try the other options first.',
  'It costs more than I can manage at the moment.',
] as const;
export const CHOSEN_REASONS = [
  'It sounds practical and I like having homework.',
  'I want something I can do on my own between sessions.',
  'A friend said it helped them.',
  'I like that it is step by step.',
] as const;
export const DEFER_REASONS = [
  'Let’s come back to this after the holidays.',
  'Maybe once work calms down.',
] as const;
export const DISCONTINUE_REASONS = [
  'This doesn’t feel important to me any more.',
  'I’d rather focus on the other goal.',
  'Things changed at home and this no longer fits.',
] as const;

export const STRENGTHS = [
  'My sense of humour',
  'I keep going even when it’s hard',
  'Close friends I can call',
  'I’m good at planning',
  'My dog gets me outside every day',
  'I’m curious and like learning',
  'My faith community',
  'I care a lot about my kids',
] as const;

export const COMPLETION = [
  'When I can go a month without a bad night and handle setbacks myself.',
  'When I’m back to seeing friends most weeks and enjoying it.',
  'When I can talk about my dad and smile.',
  'When work stays at work most evenings.',
  'When I can do the weekly shop alone.',
] as const;

export const FREQUENCIES = ['Weekly', 'Weekly, then every two weeks', 'Every two weeks'] as const;
export const MODALITIES = [
  'Talk therapy with homework',
  'Skills-focused sessions',
  'Mostly talking things through',
] as const;
export const HELPS = [
  'Clear next steps',
  'Being listened to',
  'Written summaries',
  'Humour',
] as const;
export const DOES_NOT_HELP = [
  'Being rushed',
  'Too much homework',
  'Being told what to do',
  'Long silences',
] as const;

export const WAIVE_REASONS = [
  'Family emergency',
  'First missed session; policy explained',
  'Illness with a doctor’s note',
  'Severe weather',
] as const;
export const DISCHARGE_REASONS = [
  'Goals met; client chose to finish',
  'Client moved out of the area',
  'Client stopped attending; closing letter sent',
  'Referred to a higher level of care',
  'Client chose to take a break from therapy',
] as const;
