import { Link } from 'react-router';

/** Any URL the viewer does not know. */
export function NotFoundPage() {
  return (
    <main className="p-6">
      <h1 className="text-xl font-semibold">No such page</h1>
      <p className="mt-2">
        <Link to="/" className="text-blue-700 underline dark:text-blue-300">
          Back to the vendors
        </Link>
      </p>
    </main>
  );
}
