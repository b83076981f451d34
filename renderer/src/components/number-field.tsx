import { useTranslation } from 'react-i18next';
import { localValidation } from '../form-validation';

interface NumberFieldProps {
  id: string;
  label: string;
  value: number | '';
  min: number;
  max: number;
  onChange: (value: number) => void;
  hint?: string;
}

/** A labelled whole-number setting, with an optional hint read out with the field; refused in the app's language. */
export function NumberField({ id, label, value, min, max, onChange, hint }: NumberFieldProps) {
  const { t } = useTranslation();
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={min}
        max={max}
        required
        {...localValidation(t)}
        aria-describedby={hint ? `${id}-hint` : undefined}
        value={value}
        onChange={(event) => onChange(Number(event.target.value))}
      />
      {hint ? (
        <p id={`${id}-hint`} className="muted">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
