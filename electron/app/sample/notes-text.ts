import { NOTE_TEMPLATES, type NoteTemplate } from '../../../shared/domain/notes.ts';
import type { Random } from './random.ts';
import type { Theme } from './words.ts';

/**
 * Session-note text of about 2 KB, built from varied template sentences so that search, excerpts
 * and exports see realistic prose. The content is invented and says so nowhere else: the client
 * is a sample client of a sample practice.
 */

const SKILLS = [
  'paced breathing',
  'a thought record',
  'the five-senses grounding exercise',
  'scheduling a worry time',
  'an activity plan for the week',
  'the exposure ladder',
  'a wind-down routine',
  'naming the feeling before reacting',
  'a self-compassion break',
  'problem-solving steps',
];
const MOODS = [
  'tired but engaged',
  'brighter than last week',
  'quiet and reflective',
  'tense at first, then settled',
  'frustrated',
  'hopeful',
  'flat',
  'animated',
];
const EVENTS = [
  'a difficult conversation with a manager',
  'a family gathering over the weekend',
  'a week of poor sleep',
  'a good day out with a friend',
  'a setback at work',
  'an anniversary that brought up memories',
  'a disagreement with their partner',
  'finishing a project they had avoided',
  'a medical appointment that went well',
  'a visit from a sibling',
];

const SUBJECTIVE = [
  'Client reported {event} and described feeling {mood} about it.',
  'Client said, “{words}” and added that this week was {better} than the last.',
  'Client described practising {skill} on {days} days and found it {useful}.',
  'Client rated their week at {rating} out of 10 and named {event} as the main moment.',
  'Client shared that sleep was {better} and that appetite was unchanged.',
  'Client reported no thoughts of self-harm and named two people they could call if things got worse.',
  'Client brought a written list of situations from the week and wanted to start with {event}.',
];
const OBJECTIVE = [
  'Client arrived on time, appropriately dressed, and appeared {mood}.',
  'Speech was normal in rate and volume; thought process was linear and goal-directed.',
  'Affect was congruent with mood, with a full range during the session.',
  'Client engaged well, made good eye contact and used examples from the week.',
  'Completed the {measure} in session; scores were discussed together.',
  'No signs of acute distress; client was oriented and attentive throughout.',
];
const ASSESSMENT = [
  'Client is making {progress} progress toward the goal: “{goal}”.',
  'Symptoms appear {better} compared with the start of treatment, consistent with the recent {measure}.',
  'Client’s use of {skill} is becoming more consistent, which supports the current plan.',
  'Avoidance remains the main barrier; client is motivated and insight is good.',
  'Risk remains low; protective factors include supportive relationships and future plans.',
  '{event} was a stressor this week, and client coped without falling back on old patterns.',
];
const PLAN = [
  'Continue weekly sessions; next session at the usual time.',
  'Homework: practise {skill} on at least {days} days and note what helps.',
  'Review the {measure} again in four weeks.',
  'Client will try one step toward “{objective}” before the next session.',
  'Revisit the treatment plan at the next review with the client’s own words.',
  'Client agreed to call the practice if things get worse before the next session.',
];
const INTERVENTION = [
  'Reviewed homework and practised {skill} in session.',
  'Used Socratic questioning to explore the thoughts behind {event}.',
  'Role-played an upcoming situation and planned how to respond.',
  'Provided psychoeducation about the cycle of avoidance and relief.',
  'Validated the client’s feelings about {event} and reflected their strengths.',
  'Built the next steps of the plan together, in the client’s words.',
];
const RESPONSE = [
  'Client responded well and said the practice felt {useful}.',
  'Client was initially hesitant, then tried {skill} and reported feeling calmer.',
  'Client engaged actively and suggested their own next step.',
  'Client found the discussion of {event} hard but said it helped to say it aloud.',
];

const POOLS: Record<string, readonly string[]> = {
  subjective: SUBJECTIVE,
  data: [...SUBJECTIVE, ...OBJECTIVE],
  behavior: [...SUBJECTIVE, ...OBJECTIVE],
  objective: OBJECTIVE,
  assessment: ASSESSMENT,
  plan: PLAN,
  intervention: INTERVENTION,
  response: RESPONSE,
  narrative: [...SUBJECTIVE, ...INTERVENTION, ...ASSESSMENT, ...PLAN],
};

export interface NoteContext {
  theme: Theme;
  measure: string;
}

function fill(random: Random, template: string, ctx: NoteContext): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    switch (key) {
      case 'event':
        return random.pick(EVENTS);
      case 'mood':
        return random.pick(MOODS);
      case 'skill':
        return random.pick(SKILLS);
      case 'words':
        return ctx.theme.words;
      case 'goal':
        return ctx.theme.goal;
      case 'objective':
        return ctx.theme.objective;
      case 'measure':
        return ctx.measure;
      case 'better':
        return random.pick(['a little better', 'about the same', 'better', 'harder']);
      case 'useful':
        return random.pick([
          'useful',
          'somewhat useful',
          'hard to keep up',
          'surprisingly helpful',
        ]);
      case 'progress':
        return random.pick(['steady', 'some', 'slow but real', 'good']);
      case 'days':
        return String(random.int(2, 6));
      case 'rating':
        return String(random.int(3, 8));
      default:
        return key;
    }
  });
}

/** The sections of a note of `template`, about `targetChars` long in all. */
export function noteFields(
  random: Random,
  template: NoteTemplate,
  ctx: NoteContext,
  targetChars = 2000,
): Record<string, string> {
  const keys = NOTE_TEMPLATES[template].fields.map((f) => f.key);
  const perSection = Math.floor(targetChars / keys.length);
  return Object.fromEntries(
    keys.map((key) => {
      const pool = POOLS[key] ?? SUBJECTIVE;
      const sentences: string[] = [];
      let length = 0;
      while (length < perSection) {
        const sentence = fill(random, random.pick(pool), ctx);
        sentences.push(sentence);
        length += sentence.length + 1;
      }
      return [key, sentences.join(' ')];
    }),
  );
}
