import { Outlet } from 'react-router';
import { Spinner } from '../../components/ui/spinner';
import { DocumentTitle } from './document-title';

/** Every route sits under this one: the document title follows the matched page. */
export function RootLayout() {
  return (
    <>
      <DocumentTitle />
      <Outlet />
    </>
  );
}

/**
 * Shown while the first page's lazy chunk loads. Without it react-router warns on every load that no
 * HydrateFallback was provided (the router is not initialised until a lazy route resolves).
 */
export function PageLoading() {
  return (
    <div className="page-center">
      <Spinner />
    </div>
  );
}
