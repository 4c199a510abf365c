import type { Preferences } from '../../../../shared/domain/plans.ts';
import { Card } from '../../ui/Card.tsx';
import { Choice } from '../../ui/Choice.tsx';
import { ClientWordsField } from '../../ui/ClientWords.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { FORMAT_LABELS, involvementOptions } from './planText.ts';
import type { SectionProps } from './sectionProps.ts';

const FORMATS = (Object.keys(FORMAT_LABELS) as Preferences['format'][]).map((value) => ({
  value,
  label: FORMAT_LABELS[value],
}));

export function PreferencesSection({ content, onChange, person, err }: SectionProps) {
  const prefs = content.preferences;
  const set = (patch: Partial<Preferences>) =>
    onChange({ ...content, preferences: { ...prefs, ...patch } });
  return (
    <Card level={3} title="Preferences" description={`How ${person} would like therapy to go.`}>
      <div className="plan-pair">
        <TextField
          label="How often"
          hint="For example: weekly, every other week."
          value={prefs.frequency}
          onChange={(event) => set({ frequency: event.target.value })}
          error={err('preferences.frequency')}
        />
        <TextField
          label="Kind of therapy"
          hint="For example: talk therapy with homework."
          value={prefs.modality}
          onChange={(event) => set({ modality: event.target.value })}
          error={err('preferences.modality')}
        />
      </div>
      <Choice
        legend="In person or telehealth"
        look="segmented"
        options={FORMATS}
        value={prefs.format}
        onChange={(format) => set({ format })}
        error={err('preferences.format')}
      />
      <Choice
        legend={`How involved ${person} wants to be in decisions`}
        inline
        options={involvementOptions(person)}
        value={prefs.involvement}
        onChange={(involvement) => set({ involvement })}
        error={err('preferences.involvement')}
      />
      <div className="plan-pair">
        <ClientWordsField
          person={person}
          label={`What helps, in ${person}’s words`}
          value={prefs.helps}
          onChange={(helps) => set({ helps })}
          error={err('preferences.helps')}
        />
        <ClientWordsField
          person={person}
          label={`What doesn’t help, in ${person}’s words`}
          value={prefs.doesNotHelp}
          onChange={(doesNotHelp) => set({ doesNotHelp })}
          error={err('preferences.doesNotHelp')}
        />
      </div>
    </Card>
  );
}
