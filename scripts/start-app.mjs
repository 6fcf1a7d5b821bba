// `npm start`: builds the app and launches it in Electron.
import { spawn, spawnSync } from 'node:child_process';
import { electronRuntime, runtimeMissingMessage } from './electron-runtime.mjs';

const built = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const electron = electronRuntime();
if (!electron) {
  console.error(`error: ${runtimeMissingMessage}`);
  process.exit(1);
}
const app = spawn(electron, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
app.on('close', (code) => process.exit(code ?? 0));
