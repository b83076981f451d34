import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContractClient } from '../contract-client-context';
import { errorMessage } from '../error-message';

interface InitialsFieldProps {
  initials: string;
  onSaved: (initials: string) => void;
}

/** Who is at the keyboard: the initials every contact is recorded with. Saved when the field is left. */
export function InitialsField({ initials, onSaved }: InitialsFieldProps) {
  const { t } = useTranslation();
  const client = useContractClient();
  const id = useId();
  const hintId = useId();
  const [value, setValue] = useState(initials);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => setValue(initials), [initials]);

  const save = async () => {
    if (value.trim() === initials) return;
    try {
      const saved = await client.call('recallSettings:update', { initials: value.trim() });
      setMessage(t('worklist.initialsSaved'));
      onSaved(saved.initials);
    } catch (caught) {
      setMessage(errorMessage(caught, t));
    }
  };

  return (
    <div className="filter-field initials-field">
      <label htmlFor={id}>{t('worklist.initials')}</label>
      <input
        id={id}
        type="text"
        value={value}
        maxLength={6}
        size={6}
        aria-describedby={hintId}
        onChange={(event) => setValue(event.target.value)}
        onBlur={() => void save()}
        onKeyDown={(event) => {
          if (event.key === 'Enter') void save();
        }}
      />
      <span id={hintId} className="muted small">
        {message ?? t('worklist.initialsHint')}
      </span>
    </div>
  );
}
