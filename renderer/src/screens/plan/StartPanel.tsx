import { Button } from '../../ui/Button.tsx';

/** A client without a plan: what the plan is for, and one way in. */
export function StartPanel({ person, onStart }: { person: string; onStart: () => void }) {
  return (
    <div className="plan-start">
      <h3>No plan yet</h3>
      <p className="prose">
        Write it with {person}, the screen turned toward them: what brings them here in their own
        words, the goals you set together, the options you discuss and what they choose. Nothing is
        saved until you save the draft.
      </p>
      <div className="row">
        <Button variant="primary" onClick={onStart}>
          Start the plan together
        </Button>
      </div>
    </div>
  );
}
