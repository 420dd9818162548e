import type { Person } from '../domain/dataset-schema';

interface Props {
  readonly people: readonly Person[];
  readonly selected: readonly string[];
  readonly onChange: (leaders: string[]) => void;
}

/** Any of the dataset's people; an event shows if any chosen person took part or is quoted. */
export function LeaderFilter({ people, selected, onChange }: Props) {
  return (
    <fieldset className="leader-filter">
      <legend>Leaders</legend>
      {people.map((p) => {
        const checked = selected.includes(p.id);
        return (
          <label key={p.id} className="chip">
            <input
              type="checkbox"
              checked={checked}
              onChange={() =>
                onChange(checked ? selected.filter((id) => id !== p.id) : [...selected, p.id])
              }
            />
            {p.name}
          </label>
        );
      })}
    </fieldset>
  );
}
