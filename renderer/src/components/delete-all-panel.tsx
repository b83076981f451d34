import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteAllConfirmationWord } from '../../../shared/privacy-settings';
import { useContractClient } from '../contract-client-context';
import { errorMessage } from '../error-message';
import { ErrorAlert } from './error-alert';

/** "Slet alle data": only after the user has typed the confirmation word. */
export function DeleteAllPanel({ onDeleted }: { onDeleted: () => Promise<void> }) {
  const { t } = useTranslation();
  const client = useContractClient();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const confirmed = typed.trim() === deleteAllConfirmationWord;

  const remove = async (event: FormEvent) => {
    event.preventDefault();
    if (!confirmed) return;
    setBusy(true);
    try {
      await client.call('data:deleteAll', { confirmation: deleteAllConfirmationWord });
      await onDeleted();
    } catch (caught) {
      setFailure(errorMessage(caught, t));
      setBusy(false);
    }
  };

  return (
    <section className="panel panel-danger" aria-labelledby="delete-all-title">
      <h2 id="delete-all-title">{t('deleteAll.title')}</h2>
      <p>{t('deleteAll.body')}</p>
      {failure ? <ErrorAlert title={t('deleteAll.failed')} message={failure} onDismiss={() => setFailure(null)} /> : null}
      <form onSubmit={(event) => void remove(event)}>
        <div className="form-field">
          <label htmlFor="delete-all-word">{t('deleteAll.label', { word: deleteAllConfirmationWord })}</label>
          <input id="delete-all-word" type="text" autoComplete="off" spellCheck={false} value={typed} onChange={(event) => setTyped(event.target.value)} />
        </div>
        <button type="submit" className="button button-danger" disabled={!confirmed || busy}>
          {busy ? t('deleteAll.deleting') : t('deleteAll.button')}
        </button>
      </form>
    </section>
  );
}
