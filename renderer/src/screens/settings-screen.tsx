import { useTranslation } from 'react-i18next';
import type { StorageStatus } from '../../../shared/backups';
import { BackupsPanel } from '../components/backups-panel';
import { DataSettingsPanel } from '../components/data-settings-panel';
import { DeleteAllPanel } from '../components/delete-all-panel';
import { LanguagePanel } from '../components/language-panel';
import { OutputSettingsEditor } from '../components/output-settings-editor';
import { PrivacyPanel } from '../components/privacy-panel';
import { RecallSettingsPanel } from '../components/recall-settings-panel';
import { ScreenHeading } from '../components/screen-heading';
import type { Language } from '../i18n/setup-i18n';

interface SettingsScreenProps {
  storage: StorageStatus;
  onDataReplaced: () => Promise<void>;
  onDeletedAll: () => Promise<void>;
  onLanguageChange: (language: Language) => void;
}

/** Indstillinger: the recall rules, backups, retention, language, the privacy page and "Slet alle data". */
export function SettingsScreen({ storage, onDataReplaced, onDeletedAll, onLanguageChange }: SettingsScreenProps) {
  const { t } = useTranslation();
  return (
    <>
      <div className="screen-intro">
        <ScreenHeading>{t('settings.title')}</ScreenHeading>
        <p>{t('settings.intro')}</p>
      </div>
      <RecallSettingsPanel />
      <OutputSettingsEditor />
      <BackupsPanel folder={storage.backupFolder} onRestored={onDataReplaced} />
      <DataSettingsPanel onChanged={onDataReplaced} />
      <LanguagePanel onChange={onLanguageChange} />
      <PrivacyPanel storage={storage} />
      <DeleteAllPanel onDeleted={onDeletedAll} />
    </>
  );
}
