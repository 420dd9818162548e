interface Props {
  /** Years that have events: the quick picks. */
  readonly years: readonly number[];
  readonly firstYear: number;
  readonly lastYear: number;
  readonly from: number | null;
  readonly to: number | null;
  readonly onChange: (from: number | null, to: number | null) => void;
}

/** A year range (two selects) plus one-click picks of the years that have events. */
export function YearFilter({ years, firstYear, lastYear, from, to, onChange }: Props) {
  const options: number[] = [];
  for (let y = firstYear; y <= lastYear; y++) options.push(y);
  const single = from !== null && from === to ? from : null;
  const read = (value: string) => (value === '' ? null : Number(value));
  return (
    <fieldset className="year-filter">
      <legend>Years</legend>
      <div className="year-range">
        <label>
          From{' '}
          <select
            value={from ?? ''}
            onChange={(e) => {
              const f = read(e.target.value);
              onChange(f, to !== null && f !== null && to < f ? f : to);
            }}
          >
            <option value="">any</option>
            {options.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          To{' '}
          <select
            value={to ?? ''}
            onChange={(e) => {
              const t = read(e.target.value);
              onChange(from !== null && t !== null && from > t ? t : from, t);
            }}
          >
            <option value="">any</option>
            {options.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="year-picks" role="group" aria-label="Years with events">
        {years.map((y) => (
          <button
            key={y}
            type="button"
            className="chip"
            aria-pressed={single === y}
            onClick={() => (single === y ? onChange(null, null) : onChange(y, y))}
          >
            {y}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
