/**
 * Turns a handler's outcome into a contract Result: schema failures become `invalid_input`
 * naming the field, WallboardTokenErrors keep their code, anything else becomes `internal`.
 */
import type { z } from 'zod';
import { isWallboardError } from '../../../core/errors';
import type { Logger } from '../../../core/ports';
import type { IpcError, Result } from '../contract';

/** A checked-in call: input is `unknown` until the schema accepts it. */
export type IpcHandler = (input: unknown) => Promise<Result<unknown>>;

/** A success result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** A failure result. */
export function failure(error: IpcError): { ok: false; error: IpcError } {
  return { ok: false, error };
}

/** The first schema issue as a sentence that names the field. */
export function invalidInput(error: z.ZodError): IpcError {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join('.') ?? '';
  const reason = issue?.message ?? 'is not valid';
  return {
    code: 'invalid_input',
    message: field === '' ? `Invalid request: ${reason}` : `Invalid request: ${field}: ${reason}`,
    ...(field === '' ? {} : { field }),
  };
}

/** The IPC error for a thrown value: its own code if expected, else a fixed `internal` one. */
export function ipcErrorOf(error: unknown): IpcError {
  if (isWallboardError(error)) return { code: error.code, message: error.message };
  return {
    code: 'internal',
    message: 'Something went wrong inside Wallboard Token. The log file has the details.',
  };
}

/** Maps a thrown error to a failure, logging an unexpected one (the logger redacts it). */
export function errorResult(
  call: string,
  error: unknown,
  logger: Logger,
): { ok: false; error: IpcError } {
  if (!isWallboardError(error)) logger.error('an IPC call failed unexpectedly', { call, error });
  return failure(ipcErrorOf(error));
}

/** Validates `input` with `schema`, runs `run`, and never rejects. */
export function handler<S extends z.ZodType, T>(
  call: string,
  schema: S,
  run: (input: z.output<S>) => Promise<T>,
  logger: Logger,
): IpcHandler {
  return async (input) => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) return failure(invalidInput(parsed.error));
    try {
      return ok(await run(parsed.data));
    } catch (error) {
      return errorResult(call, error, logger);
    }
  };
}
