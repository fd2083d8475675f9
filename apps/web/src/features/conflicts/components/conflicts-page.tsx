import { useConflicts, conflictName } from '../../../lib/conflict/get-conflicts';
import { format, useI18n, useMessages } from '../../../lib/i18n';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Spinner } from '../../../components/ui/spinner';
import { packUrl } from '../api/conflicts';
import { conflictMessages } from '../messages';
import { CampForm } from './camp-form';
import { CreateConflictForm } from './create-conflict-form';
import { PackImport } from './pack-import';

/** Admin: the conflicts with their camps (edited inline), a new conflict, pack import and export. */
export function ConflictsPage() {
  const t = useMessages(conflictMessages);
  const { lang } = useI18n();
  const { data: conflicts, error, isPending } = useConflicts();
  return (
    <div className="page" data-testid="conflicts-page">
      <header className="page-header">
        <h1>{t.title}</h1>
        <p className="muted">{t.intro}</p>
      </header>
      <section className="panel">
        <h2>{t.importTitle}</h2>
        <PackImport />
      </section>
      <section className="panel">
        <h2>{t.createTitle}</h2>
        <CreateConflictForm />
      </section>
      {error ? <ErrorMessage error={error} /> : null}
      {isPending ? <Spinner label={t.loading} /> : null}
      {(conflicts ?? []).map((conflict) => {
        const name = conflictName(conflict, lang);
        return (
          <section className="panel" key={conflict.id} data-testid={`conflict-${conflict.id}`}>
            <h2>
              <bdi>{name}</bdi> <code dir="ltr">{conflict.id}</code>
              {conflict.isDefault ? <span className="badge"> {t.isDefault}</span> : null}
            </h2>
            <p className="muted">
              {t.period}: <bdi dir="ltr">{conflict.periodFrom}</bdi> –{' '}
              <bdi dir="ltr">{conflict.periodTo ?? t.ongoing}</bdi> · {format(t.version, { v: conflict.packVersion })} ·{' '}
              <a
                href={packUrl(conflict.id)}
                download={`${conflict.id}.yaml`}
                data-testid={`pack-export-${conflict.id}`}
              >
                {t.exportPack}
              </a>
            </p>
            <h3>{format(t.camps, { name })}</h3>
            {[...conflict.camps]
              .sort((a, b) => a.order - b.order)
              .map((camp) => (
                <CampForm
                  key={`${camp.id}:${camp.nameEn}:${camp.nameAr}:${camp.color}:${camp.role}:${camp.order}`}
                  conflict={conflict.id}
                  camp={camp}
                />
              ))}
            <h3>{t.addCamp}</h3>
            <CampForm conflict={conflict.id} />
          </section>
        );
      })}
    </div>
  );
}
