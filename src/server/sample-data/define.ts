/** Assembles hand-written scripts and derives the ids they do not spell out. */
import { scriptBuilder, type ScriptBuilder } from './builder.ts';
import { base62, createRng, uuid4 } from './random.ts';
import type { Script } from './script.ts';

/** Script fields a conversation file writes by hand; ids other than Twilio's are derived. */
export type ScriptMeta = Omit<Script, 'turns' | 'ids'> & {
  twilioId: string;
  telnyxId?: string;
  moveworksId?: string;
};

/**
 * Assembles a {@link Script}: derives the Telnyx UUID and Moveworks `conv_` id from the key
 * unless given, and runs `write` to add the turns.
 */
export function defineScript(
  meta: ScriptMeta,
  startIso: string,
  write: (b: ScriptBuilder) => void,
): Script {
  const { twilioId, telnyxId, moveworksId, ...rest } = meta;
  const b = scriptBuilder(meta.key, startIso, meta.channel === 'voice' ? 'voice' : 'chat');
  write(b);
  return {
    ...rest,
    ids: { twilio: twilioId, ...derivedIds(meta.key, telnyxId, moveworksId) },
    turns: b.turns,
  };
}

/** Deterministic Telnyx UUID and Moveworks `conv_<base62 ×22>` for a script key. */
export function derivedIds(
  key: string,
  telnyxId?: string,
  moveworksId?: string,
): { telnyx: string; moveworks: string } {
  const rng = createRng(`ids:${key}`);
  const telnyx = uuid4(rng);
  const moveworks = `conv_${base62(rng, 22)}`;
  return { telnyx: telnyxId ?? telnyx, moveworks: moveworksId ?? moveworks };
}
