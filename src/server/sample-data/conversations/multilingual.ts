/**
 * International delivery chat in Japanese, Arabic and Russian with emoji (astral-plane
 * characters, ZWJ sequences, flags) before a Moveworks citation, so code-point offsets
 * differ from UTF-16 ones.
 */
import { defineScript } from '../define.ts';

const JA_ANSWER =
  'ご注文 #7731 は 3月31日に成田の通関を通過しました 🇯🇵📦。4月8日までに東京のご住所へお届け予定です。追跡番号は JP-4471-0098 です。';

/** Multilingual conversation (vendor-neutral script). */
export const multilingual = defineScript(
  {
    key: 'multilingual',
    title: '国際配送 / international delivery #7731',
    channel: 'web',
    twilioId:
      'conversations__IS7d6c5b4a39281706f5e4d3c2b1a09f8e/CH1a2b3c4d5e6f708192a3b4c5d6e7f809',
    twilioIdentity: 'user_id:haruka.sato',
    endUser: 'web:haruka.sato',
    twilioShape: 'output',
  },
  '2026-04-06T01:12:50Z',
  (b) => {
    b.user('こんにちは！注文 #7731 はいつ東京に届きますか？🙏')
      .tools([
        {
          name: 'track_shipment',
          args: { order_id: '7731', locale: 'ja-JP' },
          result: {
            status: 'customs_cleared',
            port: 'NRT',
            eta: '2026-04-08',
            tracking: 'JP-4471-0098',
          },
          prose: '追跡結果：**通関済み**（成田）、お届け予定 4月8日。',
        },
      ])
      .assistant(JA_ANSWER, {
        format: 'markdown',
        citations: [
          {
            title: '配送状況 — JP-4471-0098',
            url: 'https://track.acme.example/JP-4471-0098',
            body: '成田 通関済み 👩‍💻 2026-03-31',
            after: '4月8日までに東京のご住所へお届け予定です。',
          },
        ],
      })
      .user(
        'ありがとうございます！Also, can you send the invoice in Arabic for my colleague Omar? 👨‍💼',
      )
      .assistant(
        'بالتأكيد! الفاتورة رقم INV-7731 بقيمة ١٢٬٤٠٠ ين ياباني ستصل إلى بريدك الإلكتروني خلال دقائق. 📄\n\n(Sure — the Arabic invoice INV-7731 for ¥12,400 is on its way.)',
      )
      .user('And one more item ships to our Moscow office: Москва, ул. Тверская, д. 7, кв. 12')
      .tools([
        {
          name: 'validate_address',
          args: { country: 'RU', line1: 'ул. Тверская, д. 7, кв. 12', city: 'Москва' },
          result: { valid: true, normalized: 'ул. Тверская, д. 7, кв. 12, Москва, 125009' },
          prose: 'Адрес проверен: **ул. Тверская, д. 7, кв. 12, Москва, 125009** ✅',
        },
      ])
      .assistant(
        'Адрес подтверждён: ул. Тверская, д. 7, кв. 12, Москва, 125009 ✅\nThe second parcel will ship from our Frankfurt hub within 2 business days 🚚💨.',
      )
      .user('完璧です！😊👍🏽')
      .assistant('どういたしまして！良い一日を 🌸 / Have a great day! 🌍');
  },
);
