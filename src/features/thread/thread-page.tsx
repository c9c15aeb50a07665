import { useParams } from 'react-router';
import { isVendorId, registry } from '../../providers/index.ts';
import { NotFoundPage } from '../home/not-found-page.tsx';
import { Thread } from './thread.tsx';

/** `/<vendor>/<id>`: one transcript. The id is one percent-encoded path segment. */
export function ThreadPage() {
  const { vendor, conversationId } = useParams();
  if (!isVendorId(vendor) || !conversationId) return <NotFoundPage />;
  return (
    <Thread
      key={`${vendor}/${conversationId}`}
      provider={registry[vendor]}
      conversationId={conversationId}
    />
  );
}
