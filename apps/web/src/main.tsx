import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CAMPS } from '@claimline/contracts';

function App() {
  return (
    <main>
      <h1>Claimline</h1>
      <ul>
        {CAMPS.map((camp) => (
          <li key={camp.id} style={{ color: camp.color }}>
            {camp.nameEn}
          </li>
        ))}
      </ul>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
