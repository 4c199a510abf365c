import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  bandFor,
  DIFFICULTY_OPTIONS,
  MEASURE_KINDS,
  MEASURES,
  measureAnswers,
  measureInput,
  RESPONSE_OPTIONS,
  scoreMeasure,
  type Answer,
  type MeasureKind,
} from '../../shared/measures.ts';

/** Answers that add up to `total`, filled from the first item: three points each until spent. */
function answersSumming(kind: MeasureKind, total: number): Answer[] {
  let left = total;
  return MEASURES[kind].items.map(() => {
    const value = Math.min(3, left) as Answer;
    left -= value;
    return value;
  });
}

const EXPECTED_BANDS: Record<MeasureKind, [total: number, label: string][]> = {
  phq9: [
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'moderately severe'],
    [19, 'moderately severe'],
    [20, 'severe'],
    [27, 'severe'],
  ],
  gad7: Array.from({ length: 22 }, (_, total) => [
    total,
    total <= 4 ? 'minimal' : total <= 9 ? 'mild' : total <= 14 ? 'moderate' : 'severe',
  ]),
};

describe('wording', () => {
  test('PHQ-9 stem, items and functional question are the published wording', () => {
    const phq9 = MEASURES.phq9;
    expect(phq9.stem).toBe(
      'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
    );
    expect(phq9.items).toHaveLength(9);
    expect(phq9.items[0]).toBe('Little interest or pleasure in doing things');
    expect(phq9.items[1]).toBe('Feeling down, depressed, or hopeless');
    expect(phq9.items[2]).toBe('Trouble falling or staying asleep, or sleeping too much');
    expect(phq9.items[5]).toBe(
      'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
    );
    expect(phq9.items[6]).toBe(
      'Trouble concentrating on things, such as reading the newspaper or watching television',
    );
    expect(phq9.items[7]).toBe(
      'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
    );
    expect(phq9.items[8]).toBe(
      'Thoughts that you would be better off dead or of hurting yourself in some way',
    );
    expect(phq9.difficulty.question).toBe(
      'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
    );
  });

  test('GAD-7 stem, items and functional question are the published wording', () => {
    const gad7 = MEASURES.gad7;
    expect(gad7.stem).toBe(
      'Over the last 2 weeks, how often have you been bothered by the following problems?',
    );
    expect(gad7.items).toEqual([
      'Feeling nervous, anxious or on edge',
      'Not being able to stop or control worrying',
      'Worrying too much about different things',
      'Trouble relaxing',
      'Being so restless that it is hard to sit still',
      'Becoming easily annoyed or irritable',
      'Feeling afraid as if something awful might happen',
    ]);
    expect(gad7.difficulty.question).toBe(
      'If you checked off any problems, how difficult have these made it for you to do your work, take care of things at home, or get along with other people?',
    );
  });

  test('both forms share the four answers, scored 0 to 3 in order', () => {
    expect(RESPONSE_OPTIONS.map((o) => [o.value, o.label])).toEqual([
      [0, 'Not at all'],
      [1, 'Several days'],
      [2, 'More than half the days'],
      [3, 'Nearly every day'],
    ]);
    expect(DIFFICULTY_OPTIONS.map((o) => [o.value, o.label])).toEqual([
      [0, 'Not difficult at all'],
      [1, 'Somewhat difficult'],
      [2, 'Very difficult'],
      [3, 'Extremely difficult'],
    ]);
    for (const kind of MEASURE_KINDS) {
      expect(MEASURES[kind].options).toBe(RESPONSE_OPTIONS);
      expect(MEASURES[kind].difficulty.options).toBe(DIFFICULTY_OPTIONS);
    }
  });

  test('no item carries stray whitespace or a trailing full stop', () => {
    for (const kind of MEASURE_KINDS) {
      for (const item of MEASURES[kind].items) {
        expect(item).toBe(item.trim());
        expect(item).not.toMatch(/\.$|\s{2}/);
      }
    }
  });
});

describe('definitions', () => {
  test.each(MEASURE_KINDS)('%s bands cover 0..max without gaps or overlaps', (kind) => {
    const { bands, max, items } = MEASURES[kind];
    expect(max).toBe(items.length * 3);
    expect(bands[0]!.min).toBe(0);
    expect(bands.at(-1)!.max).toBe(max);
    for (let i = 1; i < bands.length; i++) {
      expect(bands[i]!.min).toBe(bands[i - 1]!.max + 1);
    }
  });

  test('the safety item is PHQ-9 item 9 and only that', () => {
    expect(MEASURES.phq9.safetyItem).toBe(8);
    expect(MEASURES.gad7.safetyItem).toBeNull();
  });
});

describe('bandFor', () => {
  for (const kind of MEASURE_KINDS) {
    test.each(EXPECTED_BANDS[kind])(`${kind} total %i is %s`, (total, label) => {
      expect(bandFor(kind, total).label).toBe(label);
    });
  }

  test.each([
    ['phq9', -1],
    ['phq9', 28],
    ['phq9', 4.5],
    ['phq9', Number.NaN],
    ['gad7', 22],
  ] as const)('refuses %s total %d', (kind, total) => {
    expect(() => bandFor(kind, total)).toThrow(RangeError);
  });
});

describe('scoreMeasure', () => {
  for (const kind of MEASURE_KINDS) {
    test.each(EXPECTED_BANDS[kind])(`${kind} answers summing to %i score as %s`, (total, label) => {
      const answers = answersSumming(kind, total);
      expect(answers.reduce<number>((a, b) => a + b, 0)).toBe(total);
      const score = scoreMeasure(kind, answers);
      expect(score.complete).toBe(true);
      expect(score.total).toBe(total);
      expect(score.severity).toBe(label);
    });
  }

  test('the total is the sum of the answers, whatever their order', () => {
    for (const kind of MEASURE_KINDS) {
      const n = MEASURES[kind].items.length;
      fc.assert(
        fc.property(
          fc.array(fc.constantFrom<Answer>(0, 1, 2, 3), { minLength: n, maxLength: n }),
          (answers) => {
            const score = scoreMeasure(kind, answers);
            const sum = answers.reduce<number>((a, b) => a + b, 0);
            expect(score.total).toBe(sum);
            expect(score.severity).toBe(bandFor(kind, sum).label);
          },
        ),
      );
    }
  });

  test('an incomplete form is kept but not scored', () => {
    const answers: (Answer | null)[] = [3, 3, 3, 3, 3, 3, 3, 3, null];
    expect(scoreMeasure('phq9', answers)).toEqual({
      complete: false,
      total: null,
      severity: null,
      safetyFlag: false,
    });
    expect(scoreMeasure('gad7', Array<null>(7).fill(null))).toEqual({
      complete: false,
      total: null,
      severity: null,
      safetyFlag: false,
    });
    expect(scoreMeasure('gad7', [null, 0, 0, 0, 0, 0, 0]).total).toBeNull();
  });

  test('PHQ-9 item 9 above "Not at all" raises the safety flag, complete or not', () => {
    for (const value of [1, 2, 3] as const) {
      const complete = scoreMeasure('phq9', [0, 0, 0, 0, 0, 0, 0, 0, value]);
      expect(complete.safetyFlag).toBe(true);
      expect(complete.severity).toBe('minimal');

      const partial = scoreMeasure('phq9', [null, null, null, null, null, null, null, null, value]);
      expect(partial).toEqual({ complete: false, total: null, severity: null, safetyFlag: true });
    }
    expect(scoreMeasure('phq9', [3, 3, 3, 3, 3, 3, 3, 3, 0]).safetyFlag).toBe(false);
    expect(scoreMeasure('phq9', [3, 3, 3, 3, 3, 3, 3, 3, null]).safetyFlag).toBe(false);
  });

  test('the GAD-7 never raises the safety flag', () => {
    expect(scoreMeasure('gad7', [3, 3, 3, 3, 3, 3, 3]).safetyFlag).toBe(false);
  });

  test('refuses answers that skipped validation', () => {
    expect(() => scoreMeasure('phq9', [0, 0, 0, 0, 0, 0, 0])).toThrow(RangeError);
    expect(() => scoreMeasure('gad7', [0, 0, 0, 0, 0, 0, 0, 0, 0])).toThrow(RangeError);
    expect(() => scoreMeasure('gad7', [0, 0, 0, 0, 0, 0, 4 as Answer])).toThrow(RangeError);
    expect(() => scoreMeasure('gad7', [0, 0, 0, 0, 0, 0, 1.5 as Answer])).toThrow(RangeError);
  });
});

describe('measureAnswers schema', () => {
  test('accepts a complete or partial form of the right length', () => {
    expect(
      measureAnswers('phq9').parse({
        kind: 'phq9',
        answers: answersSumming('phq9', 12),
        difficulty: 1,
      }),
    ).toEqual({ kind: 'phq9', answers: [3, 3, 3, 3, 0, 0, 0, 0, 0], difficulty: 1 });
    expect(
      measureInput.parse({ kind: 'gad7', answers: [0, null, 1, 2, 3, null, 0], difficulty: null }),
    ).toEqual({ kind: 'gad7', answers: [0, null, 1, 2, 3, null, 0], difficulty: null });
  });

  test('refuses the wrong number of answers', () => {
    for (const answers of [[], [0, 0, 0, 0, 0, 0, 0, 0], Array<number>(10).fill(0)]) {
      const result = measureAnswers('phq9').safeParse({ kind: 'phq9', answers, difficulty: null });
      expect(result.success).toBe(false);
    }
    // A GAD-7's seven answers are not a PHQ-9, and the discriminated input sees that too.
    const gad7Answers = [0, 0, 0, 0, 0, 0, 0];
    expect(
      measureInput.safeParse({ kind: 'phq9', answers: gad7Answers, difficulty: null }).success,
    ).toBe(false);
    const message = measureAnswers('gad7').safeParse({
      kind: 'gad7',
      answers: [0],
      difficulty: null,
    }).error?.issues[0]?.message;
    expect(message).toBe('The GAD-7 has 7 questions; reload the form and try again.');
  });

  test('refuses values that are not one of the four answers', () => {
    for (const bad of [-1, 4, 1.5, '1', true, undefined, Number.NaN]) {
      const answers = [0, 0, 0, 0, 0, 0, bad];
      expect(
        measureAnswers('gad7').safeParse({ kind: 'gad7', answers, difficulty: null }).success,
        String(bad),
      ).toBe(false);
      expect(
        measureAnswers('gad7').safeParse({
          kind: 'gad7',
          answers: [0, 0, 0, 0, 0, 0, 0],
          difficulty: bad,
        }).success,
        `difficulty ${String(bad)}`,
      ).toBe(false);
    }
  });

  test('refuses another kind, a missing difficulty, or extra fields', () => {
    const answers = [0, 0, 0, 0, 0, 0, 0];
    const gad7 = measureAnswers('gad7');
    expect(gad7.safeParse({ kind: 'phq9', answers, difficulty: null }).success).toBe(false);
    expect(gad7.safeParse({ kind: 'gad7', answers }).success).toBe(false);
    expect(gad7.safeParse({ kind: 'gad7', answers, difficulty: null, total: 0 }).success).toBe(
      false,
    );
    expect(measureInput.safeParse({ kind: 'bdi', answers, difficulty: null }).success).toBe(false);
  });
});
