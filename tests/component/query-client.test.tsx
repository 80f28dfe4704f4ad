import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../src/app/query-client';
import { DatasetLoadError } from '../../src/data/load-dataset';

let fetches = 0;
async function failingFile(): Promise<never> {
  fetches++;
  throw new DatasetLoadError({ kind: 'http', status: 500 });
}

function Reader({ name }: { name: string }) {
  const query = useQuery({ queryKey: ['file'], queryFn: failingFile });
  return <p>{`${name}: ${query.status}`}</p>;
}

/** A page whose second reader of the same file mounts later, as a lazy panel does. */
function Page() {
  const [later, setLater] = useState(false);
  return (
    <>
      <Reader name="first" />
      {later ? <Reader name="later" /> : null}
      <button type="button" onClick={() => setLater(true)}>
        Mount
      </button>
    </>
  );
}

describe('the query client', () => {
  it('does not fetch a failed file again when another part of the page mounts later', async () => {
    fetches = 0;
    render(
      <QueryClientProvider client={createQueryClient()}>
        <Page />
      </QueryClientProvider>,
    );
    expect(await screen.findByText('first: error')).toBeInTheDocument();
    screen.getByRole('button', { name: 'Mount' }).click();
    expect(await screen.findByText('later: error')).toBeInTheDocument();
    // The failure stays on screen: no second download took it away.
    expect(screen.getByText('first: error')).toBeInTheDocument();
    expect(fetches).toBe(1);
  });
});
