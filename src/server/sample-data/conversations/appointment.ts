/**
 * A voice call rescheduling a clinic appointment: Telnyx latency metadata, one assistant turn
 * with text AND parallel tool calls, and a hang-up whose result is not JSON ("Call ended").
 * Personal data for redaction (docs/contract.md, "Export"): the caller's number in E.164 and
 * national formats, an e-mail address and a test card number (Luhn-valid, no real card's), in
 * text, tool arguments and results.
 */
import { defineScript } from '../define.ts';

/** Appointment conversation (vendor-neutral script). */
export const appointment = defineScript(
  {
    key: 'appointment',
    title: 'Reschedule dental cleaning (voice)',
    channel: 'voice',
    twilioId: 'voice:CA3e8b1f0d9c2a47e6b5d4c3a2f1e0d9c8',
    twilioIdentity: 'phone:+15557654321',
    endUser: '+15557654321',
    twilioShape: 'output',
  },
  '2026-03-09T15:19:05Z',
  (b) => {
    b.assistant('Thanks for calling Brightside Dental, this is Ava. How can I help you today?')
      .user(
        'Hi, I need to reschedule my appointment for Thursday. This is Luis, (312) 555-0100 or luis.ortega@example.com.',
      )
      .tools([
        {
          name: 'find_patient',
          args: { phone: '+15557654321', alt_phone: '(312) 555-0100' },
          result: {
            patient_id: 'pt_5521',
            name: 'Luis Ortega',
            email: 'Luis.Ortega@example.com',
            card_on_file: '4111 1111 1111 1111',
            next_visit: '2026-03-12T09:30:00-05:00',
            clinic: 'Oak Park',
          },
          prose: 'Found **Luis Ortega**, booked for a cleaning on Thursday at 9:30 at Oak Park.',
        },
      ])
      .assistant(
        'I see your cleaning on Thursday at nine thirty at our Oak Park office. What day works better for you?',
      )
      .user('Anything next week, mornings. I can do either Oak Park or the downtown office.')
      .tools(
        [
          {
            name: 'find_slots',
            args: {
              clinic: 'oak-park',
              from: '2026-03-16',
              to: '2026-03-20',
              part_of_day: 'morning',
            },
            result: {
              clinic: 'oak-park',
              slots: ['2026-03-17T08:30:00-05:00', '2026-03-19T10:00:00-05:00'],
            },
            prose: 'Oak Park has openings Tuesday 8:30 and Thursday 10:00.',
          },
          {
            name: 'find_slots',
            args: {
              clinic: 'downtown',
              from: '2026-03-16',
              to: '2026-03-20',
              part_of_day: 'morning',
            },
            result: { clinic: 'downtown', slots: ['2026-03-16T09:00:00-05:00'] },
            prose: 'Downtown has one opening, Monday at 9:00.',
          },
        ],
        { text: 'One moment while I check both offices.' },
      )
      // The caller chose before the answer ended: Twilio marks it aborted.
      .assistant(
        'Oak Park has Tuesday at eight thirty or Thursday at ten. Downtown has Monday at nine. Which would you like?',
        { aborted: true },
      )
      .user('Tuesday at 8:30 at Oak Park.')
      .tools([
        {
          name: 'book_appointment',
          args: {
            patient_id: 'pt_5521',
            clinic: 'oak-park',
            start: '2026-03-17T08:30:00-05:00',
            replaces: 'apt_88412',
          },
          result: { appointment_id: 'apt_90217', status: 'confirmed' },
          prose: 'Booked: **Tuesday March 17, 8:30**, Oak Park (appointment `apt_90217`).',
        },
        {
          name: 'send_sms_confirmation',
          args: { phone: '+15557654321', appointment_id: 'apt_90217' },
          result: { queued: true },
          prose: 'A confirmation text is on its way.',
        },
      ])
      .assistant(
        'You’re all set for Tuesday, March seventeenth at eight thirty at Oak Park. I’ve sent a confirmation text. Anything else?',
      )
      .user('No, that’s it. Thank you!')
      .assistant('You’re welcome, Luis. Have a great day!')
      .tools([{ name: 'hangup', args: {}, result: 'Call ended', prose: 'The call has ended.' }]);
  },
);
