import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Lazily loaded parts (the detail panel, the zoom behaviour) are compiled on first import; on a
// busy 2-core machine that can take over the default 1 s.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => cleanup());
