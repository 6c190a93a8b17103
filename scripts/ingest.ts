/** `npm run ingest -- --out FILE PATH...`: Arabic report files or folders → a dataset JSON (see src/ingest/cli.ts). */
import { main } from '../src/ingest/cli';

process.exitCode = main(process.argv.slice(2));
