/** All hand-written sample conversations, in the order the sample backend lists them. */
import type { Script } from '../script.ts';
import { appointment } from './appointment.ts';
import { bigPayload } from './big-payload.ts';
import { billing } from './billing.ts';
import { hostile } from './hostile.ts';
import { multilingual } from './multilingual.ts';
import { orderStatus } from './order-status.ts';
import { passwordReset } from './password-reset.ts';
import { refund } from './refund.ts';
import { specialChars } from './special-chars.ts';
import { toolHeavy } from './tool-heavy.ts';
import { warrantyLegacy } from './warranty-legacy.ts';

export { appointment, billing, multilingual, orderStatus, passwordReset, refund };
export { bigPayload, hostile, specialChars, toolHeavy, warrantyLegacy };

/**
 * The hand-written scripts. They are module constants built once at import; encoders never
 * mutate them, so sharing them between builds keeps the dataset deterministic.
 */
export const HAND_WRITTEN: readonly Script[] = [
  orderStatus,
  refund,
  passwordReset,
  appointment,
  billing,
  multilingual,
  toolHeavy,
  specialChars,
  warrantyLegacy,
  hostile,
  bigPayload,
];
