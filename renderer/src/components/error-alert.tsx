import { useTranslation } from 'react-i18next';

interface ErrorAlertProps {
  title: string;
  message: string;
  hint?: string;
  onDismiss?: () => void;
}

/** A failure the user must notice: role="alert" makes screen readers announce it at once. */
export function ErrorAlert({ title, message, hint, onDismiss }: ErrorAlertProps) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="alert alert-error">
      <div className="alert-body">
        <p className="alert-title">{title}</p>
        <p>{message}</p>
        {hint ? <p className="alert-hint">{hint}</p> : null}
      </div>
      {onDismiss ? (
        <button type="button" className="button button-quiet" onClick={onDismiss}>
          {t('errors.dismiss')}
        </button>
      ) : null}
    </div>
  );
}
