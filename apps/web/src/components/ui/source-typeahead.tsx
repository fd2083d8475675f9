import { useI18n } from '../../lib/i18n';
import { localName, sourceSearchQueryOptions, type SourceSummary } from '../../lib/lookups';
import { CampBadge } from './camp-badge';
import { Typeahead, type TypeaheadProps } from './typeahead';

export type SourceTypeaheadProps = Omit<TypeaheadProps<SourceSummary>, 'queryFor' | 'getKey' | 'renderOption'>;

/** A search over the source registry; each option shows the source's name and its camp. */
export function SourceTypeahead(props: SourceTypeaheadProps) {
  const { lang } = useI18n();
  return (
    <Typeahead<SourceSummary>
      {...props}
      queryFor={sourceSearchQueryOptions}
      getKey={(item) => item.id}
      renderOption={(item) => (
        <>
          <bdi>{localName(item, lang)}</bdi>
          <CampBadge camp={item.camp} />
        </>
      )}
    />
  );
}
