import fs from 'node:fs';
import { ARTIFACTS } from './env';

export default function globalSetup(): void {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
}
