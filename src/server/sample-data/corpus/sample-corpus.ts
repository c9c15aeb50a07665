/**
 * A tiny in-memory corpus in the shapes of the real corpus files (convert.ts), for converter
 * tests that must run without the shared corpus.
 */
import type { CorpusFile } from './convert.ts';

/** The system prompt of the tau-bench sample. */
export const SAMPLE_SYSTEM_PROMPT = '# Airline Agent Policy\n\nBe helpful.';
const tauBench = [
  {
    task_id: 3,
    trial: 0,
    info: { task: { user_id: 'mia_li_3668' } },
    traj: [
      { role: 'system', content: SAMPLE_SYSTEM_PROMPT },
      { role: 'user', content: 'Hi! I want to book a flight.' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          {
            id: 'call_A',
            type: 'function',
            function: { name: 'get_user_details', arguments: '{"user_id":"mia_li_3668"}' },
          },
        ],
      },
      {
        role: 'tool',
        tool_call_id: 'call_A',
        name: 'get_user_details',
        content: '{"name": "Mia"}',
      },
      {
        role: 'assistant',
        content: 'Checking again.',
        tool_calls: [
          {
            id: 'call_A',
            type: 'function',
            function: { name: 'search_direct_flight', arguments: '{"origin":"JFK"}' },
          },
        ],
      },
      { role: 'tool', tool_call_id: 'call_A', name: 'search_direct_flight', content: '' },
      { role: 'assistant', content: 'Done.' },
      { role: 'user', content: '###STOP###' },
    ],
  },
];
const at = (s: number): string => `2025-10-05T07:52:${String(s).padStart(2, '0')}.055084`;
const tau2 = {
  info: { environment_info: { domain_name: 'telecom' }, agent_info: { llm: 'xai/grok-3' } },
  simulations: [
    {
      id: 'dac64168-f4bf-4bc8-b02b-7599eb73ea8e',
      task_id: 't1',
      messages: [
        {
          role: 'assistant',
          content: 'Hi! How can I help you today?',
          tool_calls: null,
          timestamp: at(1),
        },
        {
          role: 'user',
          content: '',
          tool_calls: [{ id: 'call_U', name: 'run_speed_test', arguments: {}, requestor: 'user' }],
          timestamp: at(2),
        },
        {
          role: 'tool',
          id: 'call_U',
          content: 'Download 0.2 Mbps',
          requestor: 'user',
          timestamp: at(3),
        },
        {
          role: 'assistant',
          content: '',
          tool_calls: [
            { id: 'call_1', name: 'get_line', arguments: { id: 'L1' } },
            { id: 'call_2', name: 'get_plan', arguments: { id: 'P1' } },
          ],
          timestamp: at(4),
        },
        {
          role: 'tool',
          id: 'call_1',
          content: '{"line_id": "L1"}',
          requestor: 'assistant',
          timestamp: at(5),
        },
        {
          role: 'tool',
          id: 'call_2',
          content: 'Error: plan not found',
          error: true,
          requestor: 'assistant',
          timestamp: at(6),
        },
        { role: 'assistant', content: 'Your line is fine.', tool_calls: null, timestamp: at(7) },
      ],
    },
  ],
};
const arena = [
  {
    uid: 'a1',
    model: 'gpt-4-0314',
    tstamp: 1711397284.101236,
    messages: [
      { role: 'user', content: 'Write a haiku' },
      { role: 'assistant', content: { answer: '```text\nold pond\n```' } },
    ],
  },
  {
    uid: 'a2',
    model: 'gpt-4-0314',
    tstamp: 1711397290.5,
    messages: [
      { role: 'user', content: '日本語で説明して' },
      { role: 'assistant', content: { answer: 'はい。' } },
    ],
  },
]
  .map((row) => JSON.stringify(row))
  .join('\n');

/**
 * One small file per corpus format (arena-hard JSON Lines plus the ignored question file,
 * tau-bench, tau2-bench) with the quirks of the real data: null content, a reused tool id,
 * an empty result, `###STOP###`, user-side tool calls, a tool error, a Japanese question.
 */
export const SAMPLE_CORPUS_FILES: CorpusFile[] = [
  { path: 'arena-hard-auto/v0.1/gpt-4-0314.jsonl', text: arena },
  { path: 'arena-hard-auto/v0.1/question.jsonl', text: '{"uid":"a1","prompt":"ignored"}' },
  { path: 'tau-bench/gpt-4o-airline.json', text: JSON.stringify(tauBench) },
  { path: 'tau2-bench/sim.json', text: JSON.stringify(tau2) },
];
